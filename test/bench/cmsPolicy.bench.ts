// Policy reports and participants' rights at scale (issue 13): the dashboard for 10,000
// participants' histories over two years < 1 s; the CSV export streams; the export of one
// participant < 2 s; erasure < 2 s. The histories are written with SQL (generate_series): going
// through Payload for 100,000 rows would take minutes and measure nothing of interest.
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, bench, describe } from 'vitest'
import { loadCohortReport } from '../../cms/src/reports/loadCohortReport'
import { reportCsvStream } from '../../cms/src/reports/reportCsv'
import { exportParticipant } from '../../cms/src/rights/exportParticipant'
import { eraseParticipantData } from '../../cms/src/rights/eraseParticipant'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

const PEOPLE = 10_000
let cms: TestCms
let payload: Payload
let centre: number
let admin: Record<string, unknown>
let sample: number[] = []
const options = (): { centre: number; from: string; to: string } => ({ centre, from: '2025-01-01', to: '2026-12-31' })

beforeAll(async () => {
  process.env.DOORSTART_JOBS_AUTORUN = 'off'
  cms = await startTestCms({ seed: true })
  payload = cms.payload
  admin = { ...(await payload.find({ collection: 'users', where: { email: { equals: 'admin@demo.doorstart.nl' } }, depth: 0 })).docs[0]!, collection: 'users' }
  centre = (await payload.find({ collection: 'centres', where: { slug: { equals: 'lpc-rotterdam-zuid' } }, depth: 0 })).docs[0]!.id as number
  const reasons = (await payload.find({ collection: 'refusal-reasons', depth: 0, limit: 0, pagination: false })).docs.map((doc) => doc.id as number)
  const sql = new pg.Client({ connectionString: cms.databaseUrl })
  await sql.connect()
  const started = performance.now()
  await sql.query(
    `INSERT INTO participants (code, centre_id, display_name, contact_notes)
     SELECT 'DS-B' || lpad(g::text, 7, '0'), $1, 'Bench ' || g, 'Notitie ' || g FROM generate_series(1, $2) g`,
    [centre, PEOPLE],
  )
  // One trajectory each, starting over 2025; a third leave (mixed outflow), some drop out and
  // return with a second trajectory.
  await sql.query(
    `INSERT INTO trajectories (participant_id, policy, start_date, centre_id, exit_date, exit_type)
     SELECT p.id, 'lpc-rotterdam', date '2025-01-01' + (p.id % 365), $1,
            CASE WHEN p.id % 3 = 0 THEN date '2025-01-01' + (p.id % 365) + 200 END,
            CASE WHEN p.id % 3 = 0 THEN (ARRAY['paid-work','education','volunteering','stopped-health','paid-work-with-support','other-programme'])[1 + p.id % 6]::enum_trajectories_exit_type END
       FROM participants p WHERE p.code LIKE 'DS-B%'`,
    [centre],
  )
  await sql.query(
    `INSERT INTO trajectories (participant_id, policy, start_date, centre_id)
     SELECT p.id, 'lpc-rotterdam', date '2026-02-01' + (p.id % 200), $1 FROM participants p WHERE p.code LIKE 'DS-B%' AND p.id % 17 = 0`,
    [centre],
  )
  await sql.query(
    `INSERT INTO trajectories_events (_order, _parent_id, id, date, type, lasting, note)
     SELECT 1, t.id, md5(t.id::text || 'a'), t.start_date + interval '90 days', 'review', NULL, 'Evaluatie' FROM trajectories t WHERE t.centre_id = $1
     UNION ALL
     SELECT 2, t.id, md5(t.id::text || 'b'), t.start_date + interval '120 days', 'dropout', NULL, NULL FROM trajectories t WHERE t.centre_id = $1 AND t.participant_id % 17 = 0 AND t.exit_date IS NULL AND t.start_date < '2026-01-01'
     UNION ALL
     SELECT 3, t.id, md5(t.id::text || 'c'), t.exit_date + interval '183 days', 'follow-up', t.participant_id % 2 = 0, NULL FROM trajectories t WHERE t.centre_id = $1 AND t.exit_type IN ('paid-work', 'paid-work-with-support')`,
    [centre],
  )
  await sql.query(
    `INSERT INTO referrals (source, status, received_on, centre_id, refusal_reason_id, refusal_note, participant_id)
     SELECT (ARRAY['municipality','self','partner'])[1 + g % 3]::enum_referrals_source,
            (ARRAY['admitted','admitted','refused','intake','received'])[1 + g % 5]::enum_referrals_status,
            date '2025-01-01' + (g % 700), $1,
            CASE WHEN g % 5 = 2 THEN ($2::int[])[1 + g % array_length($2::int[], 1)] END,
            CASE WHEN g % 5 = 2 THEN 'Toelichting' END, NULL
       FROM generate_series(1, 12000) g`,
    [centre, reasons],
  )
  sample = (await sql.query<{ id: number }>(`SELECT id FROM participants WHERE code LIKE 'DS-B%' ORDER BY id LIMIT 50`)).rows.map((row) => row.id)
  await sql.query('ANALYZE')
  await sql.end()
  console.info(`seeded ${PEOPLE} participants' histories in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  // CSV memory: stream it 200 times and compare the heap before and after.
  const report = await loadCohortReport(payload, admin as never, options())
  const before = process.memoryUsage().heapUsed
  let bytes = 0
  for (let i = 0; i < 200; i += 1) {
    const reader = reportCsvStream(report, 'nl').getReader()
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.length
  }
  console.info(`CSV: ${(bytes / 200 / 1024).toFixed(1)} KiB per export; heap ${((process.memoryUsage().heapUsed - before) / 1024 / 1024).toFixed(1)} MiB after 200 streamed exports`)
}, 600_000)

afterAll(async () => {
  await cms?.stop()
})

let next = 0
const participantReq = async () => {
  const { createLocalReq } = await import('payload')
  return createLocalReq({ user: admin as never }, payload)
}

describe('policy reports (10,000 participants, two years)', () => {
  bench('dashboard figures: loadCohortReport', async () => {
    await loadCohortReport(payload, admin as never, options())
  }, { iterations: 10, warmupIterations: 2, time: 0 })
})

describe("participants' rights", () => {
  bench('export one participant (zip)', async () => {
    await exportParticipant(await participantReq(), sample[next++ % sample.length]!)
  }, { iterations: 20, warmupIterations: 2, time: 0 })

  bench('erase one participant', async () => {
    const participant = sample[next++ % sample.length]!
    await eraseParticipantData(payload, participant, { audit: ({ documents }) => ({ type: 'participant.erased', collection: 'participants', recordId: participant, detail: { ...documents } }) })
  }, { iterations: 20, warmupIterations: 2, time: 0 })
})
