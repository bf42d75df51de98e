import type { Sector } from '../facts/vocabulary.js'
import type { LocalizedText } from '../ladder/Ladder.js'
import type { CompetenceArea, GoalContribution, LearningGoal, ObservationRequirement } from './LearningGoal.js'
import { courseCompletedRule, DEFAULT_OBSERVATION_REQUIREMENT, observationRule, SUPERVISOR_OR_TEACHER } from './evidenceRules.js'

const LPC = '000_3edb52956db5646c.txt'
const LPC_EVALUATION = '002_955c51c2f519a495.txt'
const VERBINDINGSKAMER = '001_9a0c4fce56949085.txt'
const PLUSPUNT = '003_39bc035d67f3ea38.txt'
const LUCRATO = '004_fb80b8ab7482f406.txt'
const SKILLS = 'DOMAIN.md §3 (Werknemersvaardigheden) [ext]'

interface GoalSpec {
  readonly id: string
  readonly title: LocalizedText & { readonly nl: string; readonly en: string }
  readonly description?: LocalizedText
  readonly competence: CompetenceArea
  readonly sectors: readonly Sector[]
  readonly contributesTo: readonly GoalContribution[]
  readonly sources: readonly string[]
  /** Overrides of the default observation requirement. */
  readonly requirement?: Partial<Omit<ObservationRequirement, 'goal'>>
  /** A course that proves the goal on its own (or'ed with the observations). */
  readonly course?: string
}

/** Observer roles as people call them (DOMAIN.md §1), for the evidence titles. */
const OBSERVER_ROLE_NAMES: Readonly<Record<string, { readonly nl: string; readonly en: string }>> = {
  supervisor: { nl: 'de werkbegeleider', en: 'the work supervisor' },
  'master-trainer': { nl: 'de leermeester', en: 'the master trainer' },
  coach: { nl: 'de coach', en: 'the coach' },
  jobcoach: { nl: 'de jobcoach', en: 'the job coach' },
  teacher: { nl: 'de docent', en: 'the teacher' },
  participant: { nl: 'de deelnemer zelf', en: 'the participant' },
}

/** "a, b of c" / "a, b or c". */
const listed = (items: readonly string[], locale: 'nl' | 'en'): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${locale === 'nl' ? 'of' : 'or'} ${items[items.length - 1]}`

function goal(spec: GoalSpec): LearningGoal {
  const requirement: ObservationRequirement = { ...DEFAULT_OBSERVATION_REQUIREMENT, ...spec.requirement, goal: spec.id }
  const observed = observationRule(requirement)
  const roles = (locale: 'nl' | 'en'): string => listed(requirement.observerRoles.map((role) => OBSERVER_ROLE_NAMES[role]?.[locale] ?? role), locale)
  const observationText = {
    nl: `minstens ${requirement.minObservations} positieve observaties (niveau ${requirement.minLevel}+) door ${roles('nl')}, over minstens ${requirement.minSpanDays} dagen`,
    en: `at least ${requirement.minObservations} positive observations (level ${requirement.minLevel}+) by ${roles('en')}, over at least ${requirement.minSpanDays} days`,
  }
  const evidence = spec.course === undefined
    ? { title: { nl: `Bewijs: ${observationText.nl}.`, en: `Evidence: ${observationText.en}.` }, rule: observed, observations: requirement }
    : {
        title: { nl: `Bewijs: cursus ${spec.course} afgerond, of ${observationText.nl}.`, en: `Evidence: course ${spec.course} completed, or ${observationText.en}.` },
        rule: { or: [courseCompletedRule(spec.course), observed] },
        observations: requirement,
      }
  return {
    id: spec.id,
    title: spec.title,
    ...(spec.description ? { description: spec.description } : {}),
    competence: spec.competence,
    sectors: spec.sectors,
    evidence,
    contributesTo: spec.contributesTo,
    sources: spec.sources,
  }
}

// An employee-skill goal achieved means the skill works independently: level 3, the criterion
// `<skill>-zelfstandig` of the werknemersvaardigheden ladder.
const skillRung = (skill: string): GoalContribution => ({
  kind: 'rung', ladder: 'werknemersvaardigheden', rung: 'zelfstandig', criterion: `${skill}-zelfstandig`,
})

const GOALS: readonly LearningGoal[] = [
  // Employee skills, trained in every sector (the common werknemersvaardigheden [ext]; De Verbindingskamer practises
  // punctuality and initiative, 001_9a0c4fce56949085.txt; LPC measures work skills, 002_955c51c2f519a495.txt).
  goal({ id: 'punctuality', title: { nl: 'Op tijd komen', en: 'Punctuality' }, competence: 'employee-skills', sectors: ['general'], contributesTo: [skillRung('punctuality')], sources: [SKILLS, VERBINDINGSKAMER] }),
  goal({ id: 'initiative', title: { nl: 'Initiatief nemen', en: 'Initiative' }, competence: 'employee-skills', sectors: ['general'], contributesTo: [skillRung('initiative')], sources: [SKILLS, VERBINDINGSKAMER] }),
  goal({ id: 'following-instructions', title: { nl: 'Instructies opvolgen', en: 'Following instructions' }, competence: 'employee-skills', sectors: ['general'], contributesTo: [skillRung('following-instructions')], sources: [SKILLS] }),
  goal({ id: 'working-together', title: { nl: 'Samenwerken', en: 'Working together' }, competence: 'employee-skills', sectors: ['general'], contributesTo: [skillRung('working-together')], sources: [SKILLS] }),
  goal({ id: 'customer-focus', title: { nl: 'Klantgericht werken', en: 'Customer focus' }, competence: 'employee-skills', sectors: ['general', 'hospitality', 'service', 'reception', 'bar', 'barista'], contributesTo: [skillRung('customer-focus')], sources: [SKILLS, LPC] }),
  goal({ id: 'integrity', title: { nl: 'Betrouwbaar en eerlijk', en: 'Integrity' }, competence: 'employee-skills', sectors: ['general'], contributesTo: [skillRung('integrity')], sources: [SKILLS] }),
  goal({ id: 'attendance', title: { nl: 'Aanwezig zijn en op tijd afmelden', en: 'Attendance' }, competence: 'employee-skills', sectors: ['general'], contributesTo: [skillRung('attendance')], sources: [SKILLS, LPC] }),
  goal({ id: 'safe-work', title: { nl: 'Veilig werken', en: 'Safe work' }, competence: 'safety', sectors: ['general'], contributesTo: [skillRung('safe-work')], sources: [SKILLS] }),
  // Courses the LPCs offer (000_3edb52956db5646c.txt: Dutch, digital skills; partial certificates as Open Badges).
  goal({
    id: 'dutch-at-work', title: { nl: 'Nederlands op de werkvloer', en: 'Dutch at work' },
    description: { nl: 'Werkinstructies begrijpen en collega\'s en klanten te woord staan in het Nederlands.', en: 'Understand work instructions and talk with colleagues and customers in Dutch.' },
    competence: 'language', sectors: ['general'], course: 'nederlands-op-de-werkvloer',
    requirement: { observerRoles: SUPERVISOR_OR_TEACHER },
    contributesTo: [{ kind: 'certificate', achievement: 'lpc-deelcertificaat-nederlands' }], sources: [LPC, LPC_EVALUATION, PLUSPUNT],
  }),
  goal({
    id: 'digital-skills', title: { nl: 'Digitale vaardigheden', en: 'Digital skills' },
    description: { nl: 'Rooster, e-mail en werkapps zelf gebruiken.', en: 'Use the rota, e-mail and work apps on one\'s own.' },
    competence: 'digital', sectors: ['general'], course: 'digitale-vaardigheden',
    requirement: { observerRoles: SUPERVISOR_OR_TEACHER },
    contributesTo: [{ kind: 'certificate', achievement: 'lpc-deelcertificaat-digitaal' }], sources: [LPC, LPC_EVALUATION],
  }),
  // Sector goals of the work-experience places.
  goal({
    id: 'kitchen-hygiene', title: { nl: 'Hygiënisch werken in de keuken', en: 'Hygiene in the kitchen' },
    description: { nl: 'Handen, werkplek en voedsel volgens de hygiënecode (HACCP).', en: 'Hands, workplace and food according to the hygiene code (HACCP).' },
    competence: 'hygiene', sectors: ['kitchen', 'school-meals', 'hospitality', 'bar', 'barista'],
    contributesTo: [{ kind: 'certificate', achievement: 'deelcertificaat-hygiene-keuken' }], sources: [LPC, VERBINDINGSKAMER],
  }),
  goal({
    id: 'hosting-guests', title: { nl: 'Gastvrij ontvangen en bedienen', en: 'Hosting and serving guests' },
    competence: 'vocational', sectors: ['hospitality', 'reception', 'service', 'bar', 'events'],
    contributesTo: [{ kind: 'certificate', achievement: 'deelcertificaat-gastheerschap' }], sources: [LPC, VERBINDINGSKAMER],
  }),
  goal({
    id: 'barista-coffee', title: { nl: 'Koffie zetten als barista', en: 'Making coffee as a barista' },
    competence: 'vocational', sectors: ['barista', 'hospitality'],
    contributesTo: [{ kind: 'certificate', achievement: 'deelcertificaat-barista' }], sources: [LPC],
  }),
  goal({
    id: 'cleaning-methods', title: { nl: 'Schoonmaken volgens werkmethode en met de juiste middelen', en: 'Cleaning by method with the right agents' },
    competence: 'vocational', sectors: ['cleaning'],
    contributesTo: [{ kind: 'certificate', achievement: 'deelcertificaat-schoonmaak' }], sources: [LPC, LUCRATO],
  }),
  goal({
    id: 'green-tool-safety', title: { nl: 'Veilig werken met gereedschap in het groen', en: 'Safe use of tools in green work' },
    description: { nl: 'Handgereedschap en kleine machines veilig gebruiken, met persoonlijke beschermingsmiddelen.', en: 'Use hand tools and small machines safely, with personal protective equipment.' },
    competence: 'safety', sectors: ['green', 'garden'],
    contributesTo: [{ kind: 'certificate', achievement: 'deelcertificaat-groen-veilig' }, skillRung('safe-work')],
    sources: [LUCRATO, LPC],
  }),
  goal({
    id: 'plant-care', title: { nl: 'Planten en kruiden verzorgen', en: 'Caring for plants and herbs' },
    competence: 'vocational', sectors: ['garden', 'green'],
    contributesTo: [{ kind: 'certificate', achievement: 'deelcertificaat-tuin' }], sources: [LPC, PLUSPUNT],
  }),
  goal({
    id: 'paving-basics', title: { nl: 'Bestraten onder begeleiding', en: 'Paving under guidance' },
    competence: 'vocational', sectors: ['paving'],
    contributesTo: [{ kind: 'certificate', achievement: 'deelcertificaat-bestraten' }], sources: [LUCRATO],
  }),
  goal({
    id: 'bike-repair', title: { nl: 'Fietsen repareren', en: 'Repairing bicycles' },
    competence: 'vocational', sectors: ['bike-repair'],
    contributesTo: [{ kind: 'certificate', achievement: 'pluspunt-getuigschrift-fietsenmaker' }], sources: [PLUSPUNT],
  }),
  goal({
    id: 'workshop-tools', title: { nl: 'Veilig werken met machines in de werkplaats', en: 'Safe use of workshop machines' },
    competence: 'safety', sectors: ['wood', 'textile', 'crafts'],
    contributesTo: [{ kind: 'certificate', achievement: 'pluspunt-praktijkcertificaat-werkplaats' }], sources: [LPC, PLUSPUNT],
  }),
  goal({
    id: 'event-setup', title: { nl: 'Een evenement opbouwen en afbreken', en: 'Setting up and clearing an event' },
    competence: 'vocational', sectors: ['events'],
    contributesTo: [{ kind: 'certificate', achievement: 'deelcertificaat-evenementen' }], sources: [LPC],
  }),
]

/**
 * The learning goals the sources name, keyed by goal id: the eight employee skills, Dutch at work,
 * digital skills and the sector goals of the work-experience places (kitchen hygiene, hosting
 * guests, barista, cleaning, safe use of tools in green work, plant care, paving, bike repair,
 * workshop machines, events). Each has evidence as a JSON Logic rule over `observations` (and
 * `courses`), the sectors it is trained in, and what it contributes to. A centre can replace any
 * of them with its own version under the same id.
 *
 * @example
 * ```ts
 * import { builtinLearningGoals } from '@doorstart/ladder'
 * builtinLearningGoals['kitchen-hygiene']?.sectors //=> ['kitchen', 'school-meals', 'hospitality', 'bar', 'barista']
 * ```
 */
export const builtinLearningGoals: { readonly [id: string]: LearningGoal } = Object.fromEntries(GOALS.map((g) => [g.id, g]))

/**
 * Groups learning goals per sector (a goal trained in several sectors appears in each), sectors
 * and goals in a stable order.
 *
 * @example
 * ```ts
 * groupLearningGoalsBySector(Object.values(builtinLearningGoals)).green?.map((g) => g.id)
 * //=> ['green-tool-safety', 'plant-care']
 * ```
 */
export function groupLearningGoalsBySector(goals: readonly LearningGoal[]): { readonly [sector: string]: readonly LearningGoal[] } {
  const groups: Record<string, LearningGoal[]> = {}
  for (const learningGoal of goals) {
    for (const sector of learningGoal.sectors) (groups[sector] ??= []).push(learningGoal)
  }
  return Object.fromEntries(Object.keys(groups).sort().map((sector) => [sector, groups[sector] ?? []]))
}
