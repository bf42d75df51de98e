import { trajectoryStatus, type TrajectoryStatus } from '@doorstart/ladder'
import { createLocalReq, type Payload, type TypedUser, type Where } from 'payload'
import { centreIdOf } from '../access/centreIdOf'
import { hasRole } from '../access/hasRole'
import { idOf } from '../access/idOf'
import { addDays, addMonths, dayOf, mondayOf, todayInAmsterdam } from '../dates/calendarDay'
import { hideBsnUnlessEnabled } from '../collections/Participants/guardBsn'
import { findForUser } from './findForUser'
import { formatDay } from './people'
import { policyOf, toLibraryTrajectory, type StoredReview } from './trajectoryEvents'
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
  const today = options.today ?? todayInAmsterdam()
  const startsOn = mondayOf(today)
  const endsOn = addDays(startsOn, 6)
  const isCoach = hasRole(user, 'coach')
  const scope: Worklist['scope'] = isCoach ? 'caseload' : hasRole(user, 'admin') ? 'all-centres' : 'centre'
  const sections = Object.fromEntries(WORKLIST_SECTIONS.map((section) => [section, [] as WorklistItem[]])) as unknown as Worklist['sections']
  const week = { startsOn, endsOn }
  // One request for all reads: the centre's settings (caseload only?) are read once, not per list.
  const req = await createLocalReq({ user }, payload)
  const ownCentre = centreIdOf(user)
  const centreDoc = ownCentre === null
    ? Promise.resolve(null)
    : payload.findByID({ collection: 'centres', id: ownCentre, select: { name: true }, req, user, overrideAccess: false, depth: 0 }).catch(() => null)
  const centreOf = async (): Promise<Worklist['centre']> => {
    const doc = await centreDoc
    return doc ? { id: doc.id, name: doc.name ?? '' } : null
  }
  if (!hasRole(user, 'admin', 'centre-admin', 'coach')) {
    return { today, week, scope, centre: await centreOf(), participantCount: 0, sections, items: [] }
  }

  // Hundreds of rows: read straight from the database with the user's access (findForUser), and
  // the lists that do not depend on each other at the same time.
  const participantSelect = { code: true, displayName: true, learningGoals: true, centre: true } as const
  const readParticipants = (where?: Where) =>
    findForUser(req, { collection: 'participants', ...(where ? { where } : {}), select: participantSelect, afterReadNotTouching: [hideBsnUnlessEnabled] })
  const trajectorySelect = { participant: true, policy: true, startDate: true, events: true, exit: true, centre: true } as const

  const readTrajectories = (where?: Where) => findForUser(req, { collection: 'trajectories', ...(where ? { where } : {}), select: trajectorySelect })

  // The caseload: a coach's own participants and the trajectories they steer; centre admins the centre.
  const [trajectories, participants] = isCoach
    ? await (async () => {
        const own = (await findForUser(req, { collection: 'participants', where: { coach: { equals: user.id } }, select: { code: true }, afterReadNotTouching: [hideBsnUnlessEnabled] })).map((doc) => doc.id)
        const steered = await readTrajectories({ or: [{ coach: { equals: user.id } }, { participant: { in: own } }] })
        const caseload = [...new Set([...own, ...steered.map((t) => idOf(t.participant))].filter((id) => id !== null).map(String))]
        return [steered, caseload.length === 0 ? [] : await readParticipants({ id: { in: caseload } })] as const
      })()
    : await Promise.all([readTrajectories(), readParticipants()])
  const participantIds = participants.map((doc) => doc.id)
  const trajectoryIds = trajectories.map((doc) => doc.id)
  const [reviews, assessments, centres, centre] = await Promise.all([
    trajectoryIds.length === 0
      ? []
      : findForUser(req, { collection: 'reviews', where: { trajectory: { in: trajectoryIds } }, select: { trajectory: true, reviewedOn: true, decision: true } }),
    participantIds.length === 0
      ? []
      : findForUser(req, {
          collection: 'assessments',
          where: { and: [{ participant: { in: participantIds } }, { voided: { not_equals: true } }] },
          select: { participant: true, asOf: true },
        }),
    findForUser(req, { collection: 'centres', select: { policy: true } }),
    centreOf(),
  ])
  const centrePolicy = new Map(centres.map((doc) => [String(doc.id), doc.policy ?? null]))
  const reviewsOf = new Map<string, StoredReview[]>()
  for (const review of reviews) {
    const key = String(idOf(review.trajectory))
    const list = reviewsOf.get(key)
    if (list) list.push(review)
    else reviewsOf.set(key, [review])
  }
  const lastAssessed = new Map<string, string>()
  for (const assessment of assessments) {
    const key = String(idOf(assessment.participant))
    const day = dayOf(assessment.asOf)
    if (day && (lastAssessed.get(key) ?? '') < day) lastAssessed.set(key, day)
  }
  // The current trajectory of each participant: the one that started last.
  const latestTrajectory = new Map<string, (typeof trajectories)[number]>()
  for (const trajectory of trajectories) {
    const key = String(idOf(trajectory.participant))
    const current = latestTrajectory.get(key)
    if (!current || (dayOf(trajectory.startDate) ?? '') > (dayOf(current.startDate) ?? '')) latestTrajectory.set(key, trajectory)
  }

  const items: WorklistItem[] = []
  const sixMonthsAgo = addMonths(today, -6)
  const soon = addDays(today, 14)
  const endHorizon = addDays(today, 28)
  for (const participant of participants) {
    const ref: ParticipantRef = { id: participant.id, code: participant.code ?? '', displayName: participant.displayName ?? null }
    const trajectory = latestTrajectory.get(String(participant.id)) ?? null
    const trajectoryRef = trajectory ? { id: trajectory.id, startDate: dayOf(trajectory.startDate) ?? '', policy: trajectory.policy ?? null } : null
    const push = (section: WorklistSection, row: Omit<WorklistItem, 'section' | 'participant' | 'trajectory'>): void => {
      items.push({ section, participant: ref, trajectory: trajectoryRef, ...row })
    }
    const action = (kind: WorklistActionKind): WorklistAction => ({ kind, participantId: participant.id, trajectoryId: trajectory?.id ?? null, label: ACTION_LABELS[kind] })

    let closed = false
    if (trajectory) {
      const policy = policyOf(trajectory, centrePolicy.get(String(idOf(trajectory.centre))) ?? null)
      const library = toLibraryTrajectory(trajectory, reviewsOf.get(String(trajectory.id)))
      let status: TrajectoryStatus | null = null
      if (policy && library) {
        try {
          status = trajectoryStatus(policy, library, { asOf: today })
        } catch {
          status = null // a trajectory the policy cannot reason about (dates that do not exist)
        }
      }
      if (status) {
        closed = status.phase === 'closed'
        const all = [...status.late, ...status.due, ...status.upcoming]
        for (const obligation of all) {
          const late = obligation.dueOn < today
          const when = formatDay(obligation.dueOn)
          if (obligation.kind === 'review' && (late || obligation.dueOn <= endsOn)) {
            push(late ? 'reviews-late' : 'reviews-due', {
              dueOn: obligation.dueOn,
              late,
              number: obligation.number ?? null,
              message: late
                ? { nl: `Evaluatie ${obligation.number ?? ''} is te laat (was ${when}).`, en: `Review ${obligation.number ?? ''} is late (was due ${when}).` }
                : { nl: `Evaluatie ${obligation.number ?? ''} uiterlijk ${when}.`, en: `Review ${obligation.number ?? ''} by ${when}.` },
              action: action('record-review'),
            })
          } else if (obligation.kind === 'trial-decision' && (late || obligation.dueOn <= soon)) {
            push('trials-ending', {
              dueOn: obligation.dueOn,
              late,
              number: null,
              message: { nl: `Proefperiode eindigt ${when}: besluit of het doorgaat.`, en: `Trial ends ${when}: decide go or no-go.` },
              action: action('record-trial-decision'),
            })
          } else if (obligation.kind === 'exit-decision' && obligation.dueOn <= endHorizon) {
            push('trajectories-ending', {
              dueOn: obligation.dueOn,
              late,
              number: null,
              message: late
                ? { nl: `Traject is op ${when} geëindigd: leg de uitstroom vast.`, en: `Trajectory ended on ${when}: record the exit.` }
                : { nl: `Traject eindigt ${when}: bespreek uitstroom of verlenging.`, en: `Trajectory ends ${when}: decide on exit or extension.` },
              action: action('record-exit'),
            })
          } else if ((obligation.kind === 'follow-up' && (late || obligation.dueOn <= soon)) || obligation.kind === 'return-to-centre' || obligation.kind === 'aftercare-dropout') {
            push('aftercare-due', {
              dueOn: obligation.dueOn,
              late,
              number: null,
              message:
                obligation.kind !== 'follow-up'
                  ? { nl: 'Uitgevallen bij de werkgever: neem contact op over terugkeer.', en: 'Dropped out at the employer: get in touch about returning.' }
                  : { nl: `Nazorg: leg vast hoe het gaat (uiterlijk ${when}).`, en: `Aftercare: record how things stand (by ${when}).` },
              action: action('record-follow-up'),
            })
          }
        }
      }
    }
    if (closed) continue
    const last = lastAssessed.get(String(participant.id)) ?? null
    if (last === null || last < sixMonthsAgo) {
      const dueOn = last === null ? null : addMonths(last, 6)
      push('assessments-missing', {
        dueOn,
        late: dueOn !== null,
        number: null,
        message:
          last === null
            ? { nl: 'Nog nooit gemeten op een ladder.', en: 'Never assessed on a ladder.' }
            : { nl: `Laatste meting ${formatDay(last)}: langer dan 6 maanden geleden.`, en: `Last assessed ${formatDay(last)}: more than 6 months ago.` },
        action: action('new-assessment'),
      })
    }
    const goals = (participant.learningGoals ?? []).filter((goal) => goal.status === 'active' || goal.status === 'achieved')
    if (goals.length === 0) {
      push('learning-goals-missing', {
        dueOn: null,
        late: false,
        number: null,
        message: { nl: 'Heeft nog geen leerdoelen.', en: 'Has no learning goals yet.' },
        action: action('set-learning-goals'),
      })
    }
  }
  const order = new Map(WORKLIST_SECTIONS.map((section, index) => [section, index]))
  items.sort(
    (a, b) =>
      Number(b.late) - Number(a.late) ||
      compareDays(a.dueOn ?? '9999', b.dueOn ?? '9999') ||
      (order.get(a.section) ?? 0) - (order.get(b.section) ?? 0) ||
      CODE_ORDER.compare(a.participant.code, b.participant.code),
  )
  for (const item of items) sections[item.section].push(item)
  return { today, week, scope, centre, participantCount: participants.length, sections, items }
}

// `YYYY-MM-DD` days sort as plain strings; codes as `localeCompare` sorts them, but with one
// collator for the whole sort (a worklist of 500 participants has well over a thousand rows).
const compareDays = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const CODE_ORDER = new Intl.Collator()

const ACTION_LABELS: Record<WorklistActionKind, Text> = {
  'record-review': { nl: 'Evaluatie vastleggen', en: 'Record a review' },
  'record-trial-decision': { nl: 'Besluit proefperiode', en: 'Trial decision' },
  'record-exit': { nl: 'Uitstroom of verlenging', en: 'Exit or extension' },
  'record-follow-up': { nl: 'Nazorg vastleggen', en: 'Record follow-up' },
  'new-assessment': { nl: 'Nieuwe meting', en: 'New assessment' },
  'set-learning-goals': { nl: 'Leerdoelen kiezen', en: 'Choose learning goals' },
}
