// Demo learning goals in the ladder library's LearningGoal shape (TODO issue 6: seed the
// library's built-in goals instead once @doorstart/ladder exports them).

export interface DemoLearningGoal {
  id: string
  title: { nl: string; en: string }
  competence: 'employee-skills' | 'language' | 'digital' | 'safety' | 'hygiene' | 'vocational'
  sectors: string[]
  evidence: { title: { nl: string; en: string }; rule: unknown }
  contributesTo: unknown[]
}

const observed = (goal: string) => ({
  '>=': [{ reduce: [{ filter: [{ var: 'observations' }, { '==': [{ var: 'goal' }, goal] }] }, { '+': [{ var: 'accumulator' }, 1] }, 0] }, 3],
})

export const demoLearningGoals: DemoLearningGoal[] = [
  {
    id: 'op-tijd-komen',
    title: { nl: 'Komt op tijd en meldt zich af bij ziekte', en: 'Arrives on time and calls in sick' },
    competence: 'employee-skills',
    sectors: ['general'],
    evidence: { title: { nl: 'Drie positieve observaties van de werkbegeleider', en: 'Three positive observations by the supervisor' }, rule: observed('op-tijd-komen') },
    contributesTo: [],
  },
  {
    id: 'instructies-opvolgen',
    title: { nl: 'Volgt werkinstructies op', en: 'Follows work instructions' },
    competence: 'employee-skills',
    sectors: ['general'],
    evidence: { title: { nl: 'Drie positieve observaties', en: 'Three positive observations' }, rule: observed('instructies-opvolgen') },
    contributesTo: [],
  },
  {
    id: 'hygiene-keuken',
    title: { nl: 'Werkt hygiënisch in de keuken (HACCP-basis)', en: 'Works hygienically in the kitchen (basic HACCP)' },
    competence: 'hygiene',
    sectors: ['kitchen'],
    evidence: { title: { nl: 'Cursus HACCP-basis afgerond', en: 'Basic HACCP course completed' }, rule: { in: ['haccp-basis', { var: 'coursesCompleted' }] } },
    contributesTo: [{ kind: 'certificate', achievement: 'deelcertificaat-keuken' }],
  },
  {
    id: 'nederlands-a2',
    title: { nl: 'Spreekt Nederlands op A2-niveau op het werk', en: 'Speaks Dutch at A2 level at work' },
    competence: 'language',
    sectors: ['general'],
    evidence: { title: { nl: 'Taalcursus A2 afgerond', en: 'A2 language course completed' }, rule: { in: ['nederlands-a2', { var: 'coursesCompleted' }] } },
    contributesTo: [],
  },
]
