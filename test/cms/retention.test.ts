// Retention (DOMAIN.md §5, §7.10): per centre, by default 24 months after aftercare ends, a
// scheduled Payload job anonymises closed trajectories; a dry run lists what it would do.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { anonymiseExpiredTrajectories } from '../../cms/src/jobs/anonymiseExpiredTrajectories'
import { loadDemoFixture, type DemoFixture, type Id } from '../support/cms/demoFixture'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

let cms: TestCms
let payload: Payload
let fixture: DemoFixture
const ids: Record<string, Id> = {}
const trajectories: Record<string, Id> = {}
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' })
const yearsAgo = (years: number): string => `${Number(today.slice(0, 4)) - years}${today.slice(4, 7)}-01`

const person = async (name: string, spans: { start: string; exit?: { date: string; type: string } }[]): Promise<void> => {
  const created = await payload.create({ collection: 'participants', data: { centre: fixture.centre.own, displayName: `${name} RETAIN`, contactNotes: 'RETAIN' } as never })
  ids[name] = created.id
  for (const [i, span] of spans.entries()) {
    const trajectory = await payload.create({
      collection: 'trajectories',
      data: { participant: created.id, centre: fixture.centre.own, policy: 'lpc-rotterdam', startDate: span.start, ...(span.exit ? { exit: span.exit } : {}), events: [{ date: span.start, type: 'note', note: `${name} RETAIN ${i}` }] } as never,
    })
    trajectories[`${name}${i}`] = trajectory.id
  }
}

beforeAll(async () => {
  process.env.DOORSTART_JOBS_AUTORUN = 'off'
  cms = await startTestCms({ seed: true })
  payload = cms.payload
  fixture = await loadDemoFixture(payload)
  // Left for education four years ago: past 24 months.
  await person('Anna', [{ start: yearsAgo(5), exit: { date: yearsAgo(4), type: 'education' } }])
  // Left for paid work 2 years ago: 6 months of aftercare, then 24 months: not yet.
  await person('Bram', [{ start: yearsAgo(3), exit: { date: yearsAgo(2), type: 'paid-work' } }])
  // Still in a trajectory.
  await person('Cem', [{ start: yearsAgo(1) }])
  // An old closed trajectory and a new open one: only the old one goes.
  await person('Dana', [{ start: yearsAgo(6), exit: { date: yearsAgo(5), type: 'stopped-other' } }, { start: yearsAgo(1) }])
})

afterAll(async () => {
  await cms?.stop()
})

const displayName = async (name: string): Promise<unknown> => (await payload.findByID({ collection: 'participants', id: ids[name]!, depth: 0 })).displayName
const note = async (key: string): Promise<unknown> =>
  ((await payload.findByID({ collection: 'trajectories', id: trajectories[key]!, depth: 0 })) as { events?: { note?: string | null }[] }).events?.[0]?.note ?? null

describe('the retention dry run', () => {
  it('lists what is past retention and changes nothing', async () => {
    const run = await anonymiseExpiredTrajectories(payload, { today, dryRun: true })
    expect(run.items.map((item) => [item.participant, item.scope, item.trajectories.map((t) => t.id)])).toEqual([
      [ids.Anna, 'participant', [trajectories.Anna0]],
      [ids.Dana, 'trajectories', [trajectories.Dana0]],
    ])
    expect(run.items[0]!.trajectories[0]).toMatchObject({ exitDate: yearsAgo(4), aftercareEndsOn: yearsAgo(4), retainUntil: yearsAgo(2) })
    expect(await displayName('Anna')).toBe('Anna RETAIN')
  })

  it('follows the centre\'s own retention period', async () => {
    await payload.update({ collection: 'centres', id: fixture.centre.own, data: { retentionMonths: 72 } as never })
    expect((await anonymiseExpiredTrajectories(payload, { today, dryRun: true })).items).toEqual([])
    await payload.update({ collection: 'centres', id: fixture.centre.own, data: { retentionMonths: 24 } as never })
  })
})

describe('the retention job', () => {
  it('is scheduled nightly on the retention queue, worked by autorun', () => {
    const task = payload.config.jobs.tasks?.find((candidate) => candidate.slug === 'anonymise-expired-trajectories')
    expect(task?.schedule?.[0]).toMatchObject({ queue: 'retention' })
    expect(payload.config.jobs.autoRun).toBeTruthy()
  })

  it('anonymises what the dry run listed when the queue runs', async () => {
    await payload.jobs.queue({ task: 'anonymise-expired-trajectories' as never, input: { dryRun: false } as never, queue: 'retention' })
    await payload.jobs.run({ queue: 'retention' })
    expect(await displayName('Anna')).toBeNull()
    expect(await note('Anna0')).toBeNull()
    expect(await note('Dana0')).toBeNull()
    expect(await displayName('Dana')).toBe('Dana RETAIN')
    expect(await note('Dana1')).toBe('Dana RETAIN 1')
    expect([await displayName('Bram'), await displayName('Cem')]).toEqual(['Bram RETAIN', 'Cem RETAIN'])
    const { docs } = await payload.find({ collection: 'audit-events', where: { type: { equals: 'retention.anonymised' } }, depth: 0 })
    expect(docs.map((doc) => doc.recordId).sort()).toEqual([String(ids.Anna), String(ids.Dana)].sort())
  })
})
