// Dutch and English names of the vocabulary's facts, so that explanations speak of "contracturen
// betaald werk per week" rather than `paidWork.hoursPerWeek`. The table in docs/facts.md is the
// same vocabulary.
import type { LocalizedText } from '../ladder/Ladder.js'
import { EMPLOYEE_SKILL_TITLES } from '../builtins/werknemersvaardigheden.js'
import { ZRM_DOMAIN_LABELS } from '../builtins/zrm.js'
import { EMPLOYEE_SKILLS, ZRM_DOMAINS } from './vocabulary.js'

/** Names of facts by dotted path, for explanations: `{ "paidWork.hoursPerWeek": { nl, en } }`. */
export type FactLabels = Readonly<Record<string, LocalizedText>>

const label = (nl: string, en: string): LocalizedText => ({ nl, en })

/**
 * The names of the fact vocabulary's facts in Dutch and English. `compileLadder` uses them for
 * every ladder's explanations (a path without a name is shown as it is); pass `factLabels` to
 * `compileLadder` to name a centre's own facts.
 *
 * @example
 * ```ts
 * factLabels['paidWork.hoursPerWeek']?.nl //=> 'contracturen betaald werk per week'
 * ```
 */
export const factLabels: FactLabels = Object.freeze({
  socialContactsPerWeek: label('sociale contacten buiten de deur per week', 'social contacts outside the home per week'),
  organisedActivityHoursPerWeek: label('uren georganiseerde activiteit per week', 'hours of organised activity per week'),
  unpaidWork: label('onbetaald werk', 'unpaid work'),
  'unpaidWork.hoursPerWeek': label('uren onbetaald werk per week', 'hours of unpaid work per week'),
  'unpaidWork.withResponsibility': label('onbetaald werk met verantwoordelijkheid', 'unpaid work with responsibility'),
  'unpaidWork.workExperiencePlace': label('werkervaringsplaats', 'work-experience place'),
  paidWork: label('betaald werk', 'paid work'),
  'paidWork.hoursPerWeek': label('contracturen betaald werk per week', 'contract hours of paid work per week'),
  'paidWork.support': label('ondersteuning bij betaald werk', 'support with paid work'),
  'paidWork.startedOn': label('eerste werkdag', 'first day of paid work'),
  workplace: label('werkplek', 'workplace'),
  'workplace.kind': label('soort werkplek', 'kind of workplace'),
  'workplace.sector': label('sector van de werkplek', 'sector of the workplace'),
  'workplace.since': label('startdatum op de werkplek', 'first day at the workplace'),
  trajectory: label('traject', 'trajectory'),
  'trajectory.startedOn': label('startdatum van het traject', 'start of the trajectory'),
  'trajectory.endedOn': label('einddatum van het traject', 'end of the trajectory'),
  'trajectory.workOriented': label('traject gericht op betaald werk', 'trajectory aimed at paid work'),
  'trajectory.outflow': label('uitstroom', 'outflow'),
  trajectoryEvents: label('gebeurtenissen in het traject', 'trajectory events'),
  hoursPerWeekAgreed: label('afgesproken uren per week', 'agreed hours per week'),
  learningGoals: label('leerdoelen', 'learning goals'),
  observations: label('observaties', 'observations'),
  employeeSkills: label('werknemersvaardigheden', 'employee skills'),
  ...Object.fromEntries(EMPLOYEE_SKILLS.map((skill) => {
    const title = EMPLOYEE_SKILL_TITLES[skill]
    return [`employeeSkills.${skill}`, label(`niveau ${title.nl.toLowerCase()}`, `level of ${title.en.toLowerCase()}`)]
  })),
  certificates: label('certificaten', 'certificates'),
  courses: label('cursussen', 'courses'),
  education: label('opleiding', 'education'),
  'education.highestLevel': label('hoogst afgeronde opleiding', 'highest completed education'),
  growthPotential: label('groeipotentie', 'growth potential'),
  selfSufficiency: label('zelfredzaamheid (ZRM)', 'self-sufficiency (ZRM)'),
  ...Object.fromEntries(ZRM_DOMAINS.map((domain) => {
    const title = ZRM_DOMAIN_LABELS[domain]
    return [`selfSufficiency.${domain}`, label(`ZRM-score ${title.nl.toLowerCase()}`, `ZRM score ${title.en.toLowerCase()}`)]
  })),
})
