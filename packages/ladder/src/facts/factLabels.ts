// Dutch and English names of the vocabulary's facts, so that explanations speak of "contracturen
// betaald werk per week" rather than `paidWork.hoursPerWeek`. The table in docs/facts.md is the
// same vocabulary.
import type { LocalizedText } from '../ladder/Ladder.js'
import { EMPLOYEE_SKILL_TITLES } from '../builtins/werknemersvaardigheden.js'
import { ZRM_DOMAIN_LABELS } from '../builtins/zrm.js'
import { EMPLOYEE_SKILLS, ZRM_DOMAINS } from './vocabulary.js'

/**
 * Names of facts by dotted path, for explanations: `{ "paidWork.hoursPerWeek": { nl, en } }`.
 * An item of a list is named by a path with `*` for its position: `observations.*` names one
 * observation ("observatie"), `observations.*.level` what is read of it ("niveau"), so that
 * `observations.1.level` reads "niveau van observatie 2" / "level of observation 2".
 */
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
  'paidWork.support.*': label('soort ondersteuning', 'kind of support'),
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
  'trajectoryEvents.*': label('gebeurtenis', 'event'),
  'trajectoryEvents.*.kind': label('soort', 'kind'),
  'trajectoryEvents.*.date': label('datum', 'date'),
  'trajectoryEvents.*.decision': label('besluit', 'decision'),
  'trajectoryEvents.*.months': label('verlenging in maanden', 'extension in months'),
  'trajectoryEvents.*.reason': label('reden', 'reason'),
  'trajectoryEvents.*.outflow': label('uitstroom', 'outflow'),
  'trajectoryEvents.*.lasting': label('duurzaamheid van de uitstroom', 'whether the outflow lasted'),
  'trajectoryEvents.*.note': label('notitie', 'note'),
  hoursPerWeekAgreed: label('afgesproken uren per week', 'agreed hours per week'),
  learningGoals: label('leerdoelen', 'learning goals'),
  'learningGoals.*': label('leerdoel', 'learning goal'),
  'learningGoals.*.goal': label('code', 'code'),
  'learningGoals.*.status': label('status', 'status'),
  'learningGoals.*.startedOn': label('startdatum', 'start date'),
  'learningGoals.*.achievedOn': label('datum behaald', 'date achieved'),
  observations: label('observaties', 'observations'),
  'observations.*': label('observatie', 'observation'),
  'observations.*.goal': label('geobserveerd leerdoel of vaardigheid', 'goal or skill observed'),
  'observations.*.date': label('datum', 'date'),
  'observations.*.observerRole': label('rol van de observator', 'role of the observer'),
  'observations.*.level': label('niveau', 'level'),
  employeeSkills: label('werknemersvaardigheden', 'employee skills'),
  ...Object.fromEntries(EMPLOYEE_SKILLS.map((skill) => {
    const title = EMPLOYEE_SKILL_TITLES[skill]
    return [`employeeSkills.${skill}`, label(`niveau ${title.nl.toLowerCase()}`, `level of ${title.en.toLowerCase()}`)]
  })),
  certificates: label('certificaten', 'certificates'),
  'certificates.*': label('certificaat', 'certificate'),
  'certificates.*.kind': label('soort', 'kind'),
  'certificates.*.achievement': label('onderdeel', 'achievement'),
  'certificates.*.issuedOn': label('datum van uitgifte', 'date of issue'),
  'certificates.*.external': label('uitgegeven door een andere instantie', 'issued by another body'),
  courses: label('cursussen', 'courses'),
  'courses.*': label('cursus', 'course'),
  'courses.*.course': label('code', 'code'),
  'courses.*.startedOn': label('startdatum', 'start date'),
  'courses.*.completedOn': label('datum afgerond', 'date completed'),
  education: label('opleiding', 'education'),
  'education.highestLevel': label('hoogst afgeronde opleiding', 'highest completed education'),
  growthPotential: label('groeipotentie', 'growth potential'),
  'growthPotential.ladder': label('ladder van de groeipotentie', 'ladder of the growth potential'),
  'growthPotential.rung': label('trede van de groeipotentie', 'rung of the growth potential'),
  'growthPotential.recordedOn': label('datum waarop de groeipotentie is vastgelegd', 'date the growth potential was recorded'),
  selfSufficiency: label('zelfredzaamheid (ZRM)', 'self-sufficiency (ZRM)'),
  ...Object.fromEntries(ZRM_DOMAINS.map((domain) => {
    const title = ZRM_DOMAIN_LABELS[domain]
    return [`selfSufficiency.${domain}`, label(`ZRM-score ${title.nl.toLowerCase()}`, `ZRM score ${title.en.toLowerCase()}`)]
  })),
})
