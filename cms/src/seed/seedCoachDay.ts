// The coach's day in the demo: weekly activities, De Verbindingskamer's participants, and for the
// Rotterdam and Verbindingskamer caseloads learning goals, assessments, observations and reviews,
// dated relative to today so the worklist and the participant page show real-looking work on
// first start. Runs without a user (trusted), after the demo centres and participants exist.
import type { Payload } from 'payload'
import { addDays, addMonths, todayInAmsterdam } from '../dates/calendarDay'
import { completedByHooks } from '../hooks/completedByHooks'
import type { Activity } from '../payload-types'

type Id = number

export interface CoachDaySeed {
  centre: Record<string, Id>
  workplace: Record<string, Id>
  ladder: Record<string, Id>
  goal: Record<string, Id>
  created: { centre: string; workplace: string; coach: Id; participant: Id; trajectory: Id; startDate: string }[]
  coachVerbindingskamer: Id
  supervisorRotterdam: Id
}

const ACTIVITIES: Record<string, { nl: string; en: string; kind: Activity['kind']; workplace?: string; weekdays: number[]; startTime: string; hours: number; goals: string[]; required?: boolean; location?: string }[]> = {
  'lpc-rotterdam-zuid': [
    { nl: 'Werken in de keuken', en: 'Kitchen work', kind: 'work', workplace: 'Keuken Huis van de Wijk', weekdays: [1, 2, 3, 4], startTime: '09:00', hours: 4, goals: ['kitchen-hygiene', 'punctuality'] },
    { nl: 'Werken in de stadstuin', en: 'Work in the city garden', kind: 'work', workplace: 'Stadstuin', weekdays: [1, 2, 3, 4], startTime: '09:00', hours: 4, goals: ['plant-care', 'green-tool-safety'] },
    { nl: 'Middagdienst keuken', en: 'Afternoon shift kitchen', kind: 'work', workplace: 'Keuken Huis van de Wijk', weekdays: [1, 3, 4], startTime: '13:30', hours: 3, goals: ['working-together'] },
    { nl: 'Taalles Nederlands op het werk', en: 'Dutch at work class', kind: 'course', weekdays: [2], startTime: '13:30', hours: 2, goals: ['dutch-at-work'], location: 'Huis van de Wijk, zaal 2' },
    { nl: 'Gesprek met de werkcoach', en: 'Talk with the work coach', kind: 'coaching', weekdays: [3], startTime: '13:00', hours: 0.5, goals: [], required: true, location: 'Huis van de Wijk' },
    { nl: 'Digitale vaardigheden', en: 'Digital skills', kind: 'course', weekdays: [5], startTime: '10:00', hours: 2, goals: ['digital-skills'], location: 'Bibliotheek Zuid' },
  ],
  verbindingskamer: [
    { nl: 'Bediening in het huiskamercafé', en: 'Serving in the café', kind: 'work', workplace: 'Huiskamercafé', weekdays: [1, 2, 3, 4], startTime: '10:00', hours: 4, goals: ['hosting-guests', 'customer-focus'] },
    { nl: 'Koffie zetten aan de bar', en: 'Making coffee at the bar', kind: 'work', workplace: 'Huiskamercafé', weekdays: [2, 4], startTime: '14:30', hours: 2, goals: ['barista-coffee'] },
    { nl: 'Catering en zaal klaarzetten', en: 'Catering and room set-up', kind: 'work', workplace: 'Catering en zaalverhuur', weekdays: [5], startTime: '09:00', hours: 4, goals: ['event-setup', 'kitchen-hygiene'] },
    { nl: 'Horecales: hygiëne', en: 'Hospitality class: hygiene', kind: 'course', weekdays: [3], startTime: '14:30', hours: 2, goals: ['kitchen-hygiene'], location: 'De Verbindingskamer' },
    { nl: 'Gesprek met de jobcoach', en: 'Talk with the job coach', kind: 'coaching', weekdays: [1], startTime: '14:30', hours: 0.5, goals: [], required: true },
  ],
  pluspunt: [
    { nl: 'Fietsenwerkplaats', en: 'Bike workshop', kind: 'work', workplace: 'Fietsenwerkplaats', weekdays: [1, 2, 4], startTime: '10:00', hours: 4, goals: ['bike-repair', 'workshop-tools'] },
    { nl: 'Gesprek met de trajectbegeleider', en: 'Talk with the coach', kind: 'coaching', weekdays: [3], startTime: '11:00', hours: 1, goals: [], required: true },
  ],
  'lucrato-apeldoorn': [
    { nl: 'Groenonderhoud in de wijk', en: 'Green maintenance in the district', kind: 'work', workplace: 'Groen – wijkbeheer', weekdays: [1, 2, 3, 4, 5], startTime: '07:30', hours: 6, goals: ['green-tool-safety', 'punctuality'] },
  ],
}

const GOALS_BY_WORKPLACE: Record<string, string[]> = {
  'Keuken Huis van de Wijk': ['kitchen-hygiene', 'punctuality', 'dutch-at-work'],
  Stadstuin: ['plant-care', 'green-tool-safety'],
  Huiskamercafé: ['hosting-guests', 'barista-coffee', 'punctuality'],
  'Catering en zaalverhuur': ['event-setup', 'kitchen-hygiene'],
}

const ACHIEVED_NOTES = ['Deed het zelfstandig, zonder herinnering.', 'Legde het een nieuwe collega uit.', 'Ook op een drukke dag volgens de afspraken gewerkt.']
const NOTES = ['Op tijd begonnen en werkplek netjes achtergelaten.', 'Vroeg zelf om uitleg bij een nieuwe taak.', 'Werkte goed samen met een collega.', 'Had nog hulp nodig, ging beter dan vorige week.']

export const seedCoachDay = async (payload: Payload, seed: CoachDaySeed): Promise<void> => {
  const today = todayInAmsterdam()
  const ago = (days: number): string => addDays(today, -days)
  const later = (a: string, b: string): string => (a > b ? a : b)

  for (const [slug, activities] of Object.entries(ACTIVITIES)) {
    for (const activity of activities) {
      for (const weekday of activity.weekdays) {
        await payload.create({
          collection: 'activities',
          data: {
            name: { nl: activity.nl, en: activity.en },
            kind: activity.kind,
            workplace: activity.workplace ? seed.workplace[activity.workplace] : null,
            weekday,
            startTime: activity.startTime,
            hours: activity.hours,
            learningGoals: activity.goals.map((goal) => seed.goal[goal]).filter(Boolean),
            required: Boolean(activity.required),
            location: activity.location ?? null,
            centre: seed.centre[slug],
          },
        })
      }
    }
  }

  // De Verbindingskamer: started at different moments, so the worklist has something of each.
  const verbindingskamer: CoachDaySeed['created'] = []
  for (const [index, days] of [95, 80, 345, 20].entries()) {
    const startDate = ago(days)
    const place = index === 2 ? 'Catering en zaalverhuur' : 'Huiskamercafé'
    const participant = await payload.create({
      collection: 'participants',
      data: { centre: seed.centre.verbindingskamer, coach: seed.coachVerbindingskamer, workplace: seed.workplace[place], startDate, hoursPerWeek: 24, workNotes: 'Werkt mee in het café.' },
    })
    const trajectory = await payload.create({
      collection: 'trajectories',
      data: completedByHooks('trajectories', {
        participant: participant.id,
        policy: 'verbindingskamer',
        ladder: seed.ladder.participatieladder,
        startDate,
        events: [{ date: startDate, type: 'intake', note: 'Eerste contact aan de deur, daarna intake.' }],
      }),
    })
    verbindingskamer.push({ centre: 'verbindingskamer', workplace: place, coach: seed.coachVerbindingskamer, participant: participant.id, trajectory: trajectory.id, startDate })
  }

  const caseloads = [...seed.created.filter((row) => row.centre === 'lpc-rotterdam-zuid'), ...verbindingskamer]
  for (const [index, row] of caseloads.entries()) {
    const goals = GOALS_BY_WORKPLACE[row.workplace] ?? ['punctuality']
    // One participant per caseload has no learning goals yet (the worklist flags them).
    const withGoals = index % 4 !== 3
    if (withGoals) {
      await payload.update({
        collection: 'participants',
        id: row.participant,
        data: { learningGoals: goals.map((goal, position) => ({ goal: seed.goal[goal], status: position === 0 && index % 2 === 0 ? 'achieved' : 'active', startedOn: row.startDate })) },
      })
    }
    // Assessments: at the start and, for most, again recently (the growth potential beside it).
    const first = later(row.startDate, ago(330))
    await payload.create({
      collection: 'assessments',
      data: completedByHooks('assessments', { participant: row.participant, ladder: seed.ladder.participatieladder, asOf: first, facts: { socialContactsPerWeek: 2, organisedActivityHoursPerWeek: 0, paidWork: null }, growthPotential: 'onbetaald-werk', trajectory: row.trajectory }),
    })
    if (index % 3 !== 2) {
      await payload.create({
        collection: 'assessments',
        data: completedByHooks('assessments', {
          participant: row.participant,
          ladder: seed.ladder.participatieladder,
          asOf: later(row.startDate, ago(10 + index)),
          facts: { socialContactsPerWeek: 4, organisedActivityHoursPerWeek: 4, unpaidWork: { hoursPerWeek: 24, workExperiencePlace: true, withResponsibility: index % 2 === 0 } },
          growthPotential: 'betaald-werk-met-ondersteuning',
          trajectory: row.trajectory,
        }),
      })
    }
    // Observations from the workplace: the kitchen's by its work supervisor, elsewhere by the coach.
    const bySupervisor = row.workplace === 'Keuken Huis van de Wijk'
    for (let number = 0; number < 3; number += 1) {
      const observedOn = later(row.startDate, ago(3 + number * 10))
      await payload.create({
        collection: 'observations',
        data: {
          participant: row.participant,
          workplace: seed.workplace[row.workplace],
          learningGoal: seed.goal[goals[number % goals.length]!],
          level: Math.min(4, 2 + Math.floor((4 - number) / 2)),
          positive: number !== 3,
          note: NOTES[number],
          observedOn,
          observer: bySupervisor ? seed.supervisorRotterdam : row.coach,
          observerRole: bySupervisor ? 'supervisor' : 'coach',
          centre: seed.centre[row.centre],
        },
      })
    }
    // A goal marked achieved carries the evidence its requirement asks for: three positive
    // observations at level 3 or more, spread over more than 28 days.
    if (withGoals && index % 2 === 0) {
      for (const [number, daysAgo] of [45, 30, 12].entries()) {
        await payload.create({
          collection: 'observations',
          data: {
            participant: row.participant,
            workplace: seed.workplace[row.workplace],
            learningGoal: seed.goal[goals[0]!],
            level: 3 + (number % 2),
            positive: true,
            note: ACHIEVED_NOTES[number],
            observedOn: later(row.startDate, ago(daysAgo)),
            observer: bySupervisor ? seed.supervisorRotterdam : row.coach,
            observerRole: bySupervisor ? 'supervisor' : 'coach',
            centre: seed.centre[row.centre],
          },
        })
      }
    }
    // A review for those past their first review date.
    const firstReview = addMonths(row.startDate, 3)
    if (firstReview <= today && (index % 2 === 0 || row.centre === 'verbindingskamer')) {
      await payload.create({
        collection: 'reviews',
        data: completedByHooks('reviews', { trajectory: row.trajectory, decision: 'continue', coach: row.coach, supervisor: bySupervisor ? seed.supervisorRotterdam : null, reviewedOn: addDays(firstReview, -3) <= today ? addDays(firstReview, -3) : today, note: 'Gaat goed; doorgaan met de huidige leerdoelen.' }),
      })
    }
  }
}
