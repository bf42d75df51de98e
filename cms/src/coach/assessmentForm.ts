import type { Payload, TypedUser } from 'payload'
import { CoachDataError } from './CoachDataError'
import type { Id, ParticipantRef, Text } from './types'

/** How a fact is entered: a number, yes/no, a date, or a choice from a list. */
export type AssessmentFieldType = 'number' | 'boolean' | 'date' | 'choice'

/**
 * One field of the "Nieuwe meting" form, generated from a fact the ladder's rules read. An empty
 * field means *unknown* (leave the fact out), never "no".
 */
export interface AssessmentFormField {
  /** The fact's dotted path, e.g. `paidWork.hoursPerWeek`; also the key in the submitted `facts`. */
  name: string
  label: Text
  /** Longer help text (the fact's description), when there is one. */
  help: Text | null
  type: AssessmentFieldType
  /** For `choice`: the allowed values with their labels. */
  options?: { value: string; label: Text }[]
  /** For `choice`: several values may be picked (the fact is a list, e.g. kinds of support). */
  multiple?: boolean
  /** For `number`: whole numbers only. */
  integer?: boolean
  unit?: Text
  min?: number
  max?: number
  /** The value to start from: the previous assessment's, or what the CMS knows (workplace kind…). */
  value: string | number | boolean | string[] | null
  /** Where `value` comes from. */
  valueSource: 'previous-assessment' | 'cms' | null
  /** Ids of the ladder's criteria that read this fact. */
  criteria: string[]
}

export interface AssessmentFormLadderOption {
  /** The ladders document id (what `POST /api/assessments` takes as `ladder`). */
  id: Id
  ladderId: string
  version: string
  title: Text
  effectiveFrom: string | null
  /** The centre's default ladder, the version in effect on `asOf`. */
  isDefault: boolean
}

export interface AssessmentForm {
  participant: ParticipantRef
  asOf: string
  ladder: AssessmentFormLadderOption
  /** Ladders the coach may pick: per ladder id, the version in effect on `asOf`. */
  ladders: AssessmentFormLadderOption[]
  fields: AssessmentFormField[]
  /**
   * Facts the ladder reads that the form does not ask for because the CMS supplies them
   * (observations, learning goals, trajectory events): the server fills them in on save.
   */
  derivedFacts: { name: string; label: Text }[]
  /** The rungs the coach can record as growth potential (groeipotentie), lowest first. */
  growthPotentialOptions: { value: string; label: Text }[]
  previous: { id: Id; asOf: string; rung: string | null; rungLabel: Text | null; growthPotential: string | null } | null
}

export interface LoadAssessmentFormOptions {
  participantId: Id
  /** A ladders document id; default: the centre's default ladder, the version in effect on `asOf`. */
  ladderId?: Id
  /** `YYYY-MM-DD`. */
  asOf: string
}

/**
 * The "Nieuwe meting" form for a participant: the fields generated from the facts the ladder's
 * rules read (the fact vocabulary's Dutch and English labels and types), prefilled from the
 * previous assessment and the CMS, plus the ladders to pick from and the growth-potential rungs.
 *
 * @throws {@link CoachDataError} `participant-not-found`, `ladder-not-found` (404), `invalid-date` (400).
 */
export async function loadAssessmentForm(payload: Payload, user: TypedUser, options: LoadAssessmentFormOptions): Promise<AssessmentForm> {
  void payload
  void user
  void options
  throw new CoachDataError('participant-not-found', { nl: 'Deelnemer niet gevonden.', en: 'Participant not found.' }, 404)
}
