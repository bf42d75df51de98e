import { builtinPolicies } from '@doorstart/ladder'
import type { Payload, TaskConfig } from 'payload'
import type { AuditEventInput } from '../audit/recordAuditEvent'
import { eraseParticipantData } from '../rights/eraseParticipant'

/** Months personal data is kept after aftercare ends, unless the centre sets otherwise (DOMAIN.md §7.10). */
export const DEFAULT_RETENTION_MONTHS = 24
const PAID_WORK = new Set(['paid-work', 'paid-work-with-support'])

const addMonths = (date: string, months: number): string => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const index = year * 12 + (month - 1) + months
  const newYear = Math.floor(index / 12)
  const newMonth = index - newYear * 12 + 1
  const last = new Date(Date.UTC(newYear, newMonth, 0)).getUTCDate()
  return `${String(newYear).padStart(4, '0')}-${String(newMonth).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`
}

const dayOf = (value: unknown): string | null => (typeof value === 'string' && value ? new Date(value).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }) : null)

export interface RetentionItem {
  participant: number | string
  centre: number | string
  /** Closed trajectories past retention: id, exit date, end of aftercare, and when retention ended. */
  trajectories: { id: number | string; exitDate: string; aftercareEndsOn: string; retainUntil: string }[]
  /** `participant`: every trajectory is closed and past retention, so all personal data goes; `trajectories`: only those trajectories' texts (a newer one is still kept). */
  scope: 'participant' | 'trajectories'
}

export interface RetentionRun {
  today: string
  dryRun: boolean
  items: RetentionItem[]
}

/**
 * Finds (and unless `dryRun`, anonymises) what is past its retention: per centre `retentionMonths`
 * (default 24) after aftercare ends — the exit plus the policy's aftercare months for an exit to
 * paid work, the exit itself otherwise. A participant whose trajectories are all closed and past it
 * is erased as a whole (the aggregates stay); otherwise only the expired trajectories' texts go.
 * Each anonymisation is recorded as `retention.anonymised`.
 */
export async function anonymiseExpiredTrajectories(payload: Payload, options: { today: string; dryRun: boolean; centre?: number | string | null }): Promise<RetentionRun> {
  const { docs: centres } = await payload.find({ collection: 'centres', depth: 0, limit: 0, pagination: false, overrideAccess: true, ...(options.centre ? { where: { id: { equals: options.centre } } } : {}) })
  const items: RetentionItem[] = []
  for (const centre of centres) {
    const months = Number((centre as { retentionMonths?: number | null }).retentionMonths ?? DEFAULT_RETENTION_MONTHS)
    const { docs: trajectories } = await payload.find({
      collection: 'trajectories',
      where: { centre: { equals: centre.id } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: { participant: true, policy: true, exit: true, startDate: true },
    })
    const byParticipant = new Map<string, typeof trajectories>()
    for (const trajectory of trajectories) {
      const key = String(trajectory.participant)
      byParticipant.set(key, [...(byParticipant.get(key) ?? []), trajectory])
    }
    for (const [participant, list] of byParticipant) {
      const expired: RetentionItem['trajectories'] = []
      for (const trajectory of list) {
        const exit = (trajectory as { exit?: { date?: string | null; type?: string | null } }).exit
        const exitDate = dayOf(exit?.date)
        if (!exitDate) continue
        const policy = builtinPolicies[(trajectory as { policy?: string }).policy as keyof typeof builtinPolicies]
        const aftercare = PAID_WORK.has(exit?.type ?? '') ? (policy?.aftercareMonths ?? 0) : 0
        const aftercareEndsOn = addMonths(exitDate, aftercare)
        const retainUntil = addMonths(aftercareEndsOn, months)
        if (retainUntil < options.today) expired.push({ id: trajectory.id, exitDate, aftercareEndsOn, retainUntil })
      }
      if (expired.length === 0) continue
      items.push({ participant: /^\d+$/.test(participant) ? Number(participant) : participant, centre: centre.id, trajectories: expired, scope: expired.length === list.length ? 'participant' : 'trajectories' })
    }
  }
  items.sort((a, b) => String(a.centre).localeCompare(String(b.centre), 'en', { numeric: true }) || String(a.participant).localeCompare(String(b.participant), 'en', { numeric: true }))
  if (!options.dryRun) {
    for (const item of items) {
      // Each person's erasure and its event in one transaction of their own.
      const audit = (result: { documents: Record<string, number> }): AuditEventInput => ({
        type: 'retention.anonymised',
        actor: null,
        centre: item.centre,
        collection: 'participants',
        recordId: item.participant,
        detail: { scope: item.scope, trajectories: item.trajectories.length, documents: Object.values(result.documents).reduce((sum, count) => sum + count, 0) },
      })
      await (item.scope === 'participant'
        ? eraseParticipantData(payload, item.participant, { audit })
        : eraseParticipantData(payload, item.participant, { only: { trajectories: item.trajectories.map((trajectory) => trajectory.id) }, audit }))
    }
  }
  return { today: options.today, dryRun: options.dryRun, items }
}

/** The job's queue; autorun works it (payload.config.ts). */
export const RETENTION_QUEUE = 'retention'

/** Nightly at 03:30: anonymise what is past retention (Payload jobs, scheduled and autorun). */
export const anonymiseExpiredTrajectoriesTask: TaskConfig<'anonymise-expired-trajectories'> = {
  slug: 'anonymise-expired-trajectories',
  label: 'Anonymise trajectories past retention',
  inputSchema: [{ name: 'dryRun', type: 'checkbox' }],
  outputSchema: [
    { name: 'participants', type: 'number' },
    { name: 'trajectories', type: 'number' },
  ],
  schedule: [{ cron: '0 30 3 * * *', queue: RETENTION_QUEUE }],
  retries: 2,
  handler: async ({ input, req }) => {
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' })
    const run = await anonymiseExpiredTrajectories(req.payload, { today, dryRun: Boolean((input as { dryRun?: boolean } | undefined)?.dryRun) })
    return {
      output: {
        participants: run.items.filter((item) => item.scope === 'participant').length,
        trajectories: run.items.reduce((sum, item) => sum + item.trajectories.length, 0),
      },
    }
  },
}
