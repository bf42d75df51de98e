// Learning goals and the weekly work agenda: progress on punctuality and initiative at
// De Verbindingskamer's café (001_9a0c4fce56949085.txt), then a week plan that serves the open goals.
// Run: npm run build -w @doorstart/ladder && node examples/domain-goals-and-agenda.mjs
import { assessLearningGoals, builtinLearningGoals, planWeekAgenda } from '@doorstart/ladder'

const asOf = '2026-03-01'
const observed = (goal, date, level, observerRole = 'supervisor') => ({ goal, date, observerRole, level })
const facts = {
  observations: [
    observed('punctuality', '2026-01-06', 3), observed('punctuality', '2026-01-20', 3), observed('punctuality', '2026-02-10', 4),
    observed('initiative', '2026-02-03', 2), observed('initiative', '2026-02-17', 3),
  ],
  courses: [],
}
const goals = ['punctuality', 'initiative', 'kitchen-hygiene', 'dutch-at-work'].map((id) => builtinLearningGoals[id])
const progress = assessLearningGoals(goals, facts, { asOf })
for (const goal of progress) console.log(goal.goal, goal.outcome, goal.observations)

const agenda = planWeekAgenda({
  weekStartsOn: '2026-03-02',
  hoursPerWeek: 16,
  openGoals: progress.filter((goal) => goal.outcome !== 'met').map((goal) => goal.goal),
  workplace: 'cafe',
  activities: [
    { id: 'cafe-ochtend-ma', title: { nl: 'Café: ontbijt en koffie' }, kind: 'work', workplace: 'cafe', weekday: 1, start: '08:30', end: '12:30', trains: ['initiative', 'kitchen-hygiene'] },
    { id: 'catering-wo', title: { nl: 'Catering voor een vergadering' }, kind: 'work', workplace: 'cafe', weekday: 3, start: '10:00', end: '14:00', trains: ['kitchen-hygiene'] },
    { id: 'taal-di', title: { nl: 'Taalles Nederlands op de werkvloer' }, kind: 'course', weekday: 2, start: '13:00', end: '15:00', trains: ['dutch-at-work'] },
    { id: 'jobcoach-do', title: { nl: 'Gesprek met de jobcoach' }, kind: 'coaching', weekday: 4, start: '11:00', end: '11:30', trains: [], required: true },
    { id: 'cafe-lunch-vr', title: { nl: 'Café: lunch' }, kind: 'work', workplace: 'cafe', weekday: 5, start: '11:00', end: '15:00', trains: ['initiative'] },
  ],
})
for (const day of agenda.days) {
  for (const item of day.activities) console.log(day.date, item.start, item.end, item.title, item.goals.join(', '))
}
console.log(`planned ${agenda.hoursPlanned} of ${agenda.hoursAgreed} hours; unserved goals: ${agenda.unservedGoals.join(', ') || 'none'}`)
