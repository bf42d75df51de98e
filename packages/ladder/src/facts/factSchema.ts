// The fact vocabulary as JSON Schema (draft-07), shipped so that other systems can validate
// facts before they send them. Absent facts are allowed everywhere (absent = unknown to the
// engine); `null` is allowed for every leaf and means the same. Unknown top-level keys are allowed
// (a centre's own ladder may read its own facts); inside the objects defined here they are not,
// so a misspelt `paidWork.hoursPerweek` is reported instead of silently staying unknown.
import {
  CERTIFICATE_KINDS, EDUCATION_LEVELS, EMPLOYEE_SKILLS, OBSERVER_ROLES, SECTORS, SUPPORT_KINDS,
  TRAJECTORY_EVENT_KINDS, WORKPLACE_KINDS, ZRM_DOMAINS, OUTFLOW_TYPES,
} from './vocabulary.js'

type Schema = { readonly [keyword: string]: unknown }

const HOURS_PER_WEEK: Schema = { type: ['number', 'null'], minimum: 0, maximum: 168 }
const DATE: Schema = { type: ['string', 'null'], format: 'date' }
const DATE_REQUIRED: Schema = { type: 'string', format: 'date' }
const ID: Schema = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 100 }
const nullableEnum = (values: readonly string[]): Schema => ({ type: ['string', 'null'], enum: [...values, null] })
const object = (properties: Record<string, Schema>, description: string, required: readonly string[] = []): Schema => ({
  type: ['object', 'null'], description, additionalProperties: false, properties,
  ...(required.length > 0 ? { required: [...required] } : {}),
})
const list = (items: Schema, description: string, maxItems = 10_000): Schema => ({
  type: ['array', 'null'], description, maxItems, items,
})
const level = (maximum: number, description: string): Schema => ({
  type: ['integer', 'null'], minimum: 1, maximum, description,
})

/**
 * The Doorstart fact vocabulary: the participant facts that the built-in ladders, learning goals
 * and policies read, as a JSON Schema (draft-07) object. Dates are ISO `YYYY-MM-DD` days that
 * exist (`format: "date"`); leaves marked `"x-sensitive": true` are special-category or restricted
 * data (DOMAIN.md §5) that belong in the CMS's separate support module.
 *
 * @example
 * ```ts
 * import { factSchema } from '@doorstart/ladder'
 * Object.keys(factSchema.properties).includes('paidWork') //=> true
 * ```
 */
export const factSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://doorstart.nl/schemas/facts/1.json',
  title: 'Doorstart participant facts',
  description: 'Participant facts read by ladders, learning goals and trajectory policies. An absent fact is unknown, never false.',
  type: 'object',
  additionalProperties: true,
  properties: {
    socialContactsPerWeek: {
      type: ['integer', 'null'], minimum: 0, maximum: 100,
      description: 'How many times a week the participant has social contact outside the home (participatieladder rung 2).',
    },
    organisedActivityHoursPerWeek: {
      ...HOURS_PER_WEEK,
      description: 'Hours a week of organised activity without responsibility: a club, a course, day activities (rung 3).',
    },
    unpaidWork: object({
      hoursPerWeek: { ...HOURS_PER_WEEK, description: 'Hours a week of unpaid work.' },
      withResponsibility: { type: ['boolean', 'null'], description: 'Others rely on the work being done (rung 4).' },
      workExperiencePlace: {
        type: ['boolean', 'null'],
        description: 'A work-experience place (werkervaringsplaats) with benefit kept; counts as rung 4.',
      },
    }, 'Unpaid work: volunteering, a work-experience place, tegenprestatie.'),
    paidWork: object({
      hoursPerWeek: { ...HOURS_PER_WEEK, description: 'Contract hours a week of paid work.' },
      support: list({ type: 'string', enum: [...SUPPORT_KINDS] }, 'Kinds of support next to the paid work; an empty list means none (rung 6).', 10),
      startedOn: { ...DATE, description: 'First day of the paid work.' },
    }, 'Paid work.'),
    workplace: object({
      kind: { ...nullableEnum(WORKPLACE_KINDS), description: 'Kind of workplace (Pluspunt participation & work ladder).' },
      sector: { ...nullableEnum(SECTORS), description: 'Sector of the workplace.' },
      since: { ...DATE, description: 'First day at this workplace.' },
    }, 'The current workplace.'),
    trajectory: object({
      startedOn: { ...DATE, description: 'First day of the current trajectory.' },
      endedOn: { ...DATE, description: 'Last day of the current trajectory, when it has ended.' },
      workOriented: { type: ['boolean', 'null'], description: 'The trajectory aims at paid work (work placement, trial placement, route at a CSR employer).' },
      outflow: { ...nullableEnum(OUTFLOW_TYPES), description: 'How the trajectory ended.' },
    }, 'The current trajectory at the centre.'),
    trajectoryEvents: list({
      type: 'object', additionalProperties: false, required: ['kind', 'date'],
      properties: {
        kind: { type: 'string', enum: [...TRAJECTORY_EVENT_KINDS] },
        date: DATE_REQUIRED,
        decision: { type: 'string', enum: ['continue', 'adjust', 'exit', 'stop', 'go', 'no-go'], description: 'Outcome of a review or trial decision.' },
        months: { type: 'integer', minimum: 1, maximum: 60, description: 'Length of an extension.' },
        reason: { type: 'string', maxLength: 2000, description: 'Logged reason (extension, no-go).' },
        outflow: { type: 'string', enum: [...OUTFLOW_TYPES], description: 'How an exit went.' },
        lasting: { type: 'boolean', description: 'Follow-up: the outflow has lasted.' },
        note: { type: 'string', maxLength: 2000 },
      },
    }, 'Reviews, trial decisions, exits and other events of the current trajectory, as `trajectoryStatus` reads them.'),
    hoursPerWeekAgreed: { ...HOURS_PER_WEEK, description: 'Hours a week agreed in the plan (LPC default 32).' },
    learningGoals: list({
      type: 'object', additionalProperties: false, required: ['goal', 'status'],
      properties: {
        goal: ID,
        status: { type: 'string', enum: ['active', 'achieved', 'stopped'] },
        startedOn: DATE,
        achievedOn: DATE,
      },
    }, 'Learning goals the participant works on or has achieved.', 200),
    observations: list({
      type: 'object', additionalProperties: false, required: ['goal', 'date', 'observerRole', 'level'],
      properties: {
        goal: { ...ID, description: 'The learning goal or employee skill observed, e.g. `punctuality`.' },
        date: DATE_REQUIRED,
        observerRole: { type: 'string', enum: [...OBSERVER_ROLES] },
        level: { type: 'integer', minimum: 1, maximum: 4, description: '1 not yet, 2 with help, 3 independently, 4 can show others.' },
      },
    }, 'Observations of work skills and learning goals, with date and observer role.'),
    employeeSkills: object(
      Object.fromEntries(EMPLOYEE_SKILLS.map((skill) => [skill, level(4, `Current level of ${skill}: 1 not yet, 2 with help, 3 independently, 4 can show others.`)])),
      'Current level of each employee skill (werknemersvaardigheden) on the short 1–4 scale.',
    ),
    certificates: list({
      type: 'object', additionalProperties: false, required: ['kind', 'issuedOn'],
      properties: {
        kind: { type: 'string', enum: [...CERTIFICATE_KINDS] },
        achievement: ID,
        issuedOn: DATE_REQUIRED,
        external: { type: 'boolean', description: 'Issued by another body (school, SBB, EVC provider, branch).' },
      },
    }, 'Certificates held.', 500),
    courses: list({
      type: 'object', additionalProperties: false, required: ['course'],
      properties: {
        course: ID,
        startedOn: DATE,
        completedOn: DATE,
      },
    }, 'Courses followed (Dutch, digital skills, vocational).', 500),
    education: object({
      highestLevel: { ...nullableEnum(EDUCATION_LEVELS), description: 'Highest completed education.' },
    }, 'Education.'),
    growthPotential: object({
      ladder: { ...ID, type: ['string', 'null'] },
      rung: { ...ID, type: ['string', 'null'], description: 'The rung the coach judges reachable (groeipotentie).' },
      recordedOn: { ...DATE, description: 'When the coach recorded it; the horizon is 12 months from then.' },
    }, 'The growth potential a coach records next to the measured rung.'),
    selfSufficiency: {
      ...object(
        Object.fromEntries(ZRM_DOMAINS.map((domain) => [domain, level(5, `ZRM ${domain}: 1 acute problems … 5 fully self-sufficient.`)])),
        'Self-sufficiency matrix (ZRM) scores per domain. Special-category data: off by default.',
      ),
      'x-sensitive': true,
    },
  },
} as const

/**
 * The JSON Schema type of `factSchema`.
 *
 * @example
 * ```ts
 * const schema: FactSchema = factSchema
 * ```
 */
export type FactSchema = typeof factSchema
