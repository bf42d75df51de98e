// Policy reports and participants' rights at scale (issue 13): the dashboard for 10,000
// participants' histories over two years < 1 s; the CSV export streams (memory flat); the export
// of one participant < 2 s; erasure < 2 s. The histories (referrals, trajectories with reviews,
// dropouts, exits, follow-ups and returns, assessments, observations, reviews) are written with
// SQL by generatePolicyHistories: through Payload they would take hours. The figures and the load
// they were measured under go into docs/reports.md.
import { loadavg } from 'node:os'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import pg from 'pg'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, bench, describe } from 'vitest'
import { loadCohortReport } from '../../cms/src/reports/loadCohortReport'
import { reportCsvStream } from '../../cms/src/reports/reportCsv'
import { exportParticipant } from '../../cms/src/rights/exportParticipant'
import { eraseParticipantData } from '../../cms/src/rights/eraseParticipant'
import { generatePolicyHistories } from '../support/cms/generatePolicyHistories'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

const PEOPLE = 10_000
const FROM = '2024-12-01'
const TO = '2026-11-30'
// A collected heap before and after, so that "flat" is not garbage waiting to be collected.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

let cms: TestCms
let payload: Payload
let centre: number
let admin: Record<string, unknown>
let sample: number[] = []
const load = (): string => loadavg().map((value) => value.toFixed(2)).join(', ')
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
const adminReq = (): Promise<PayloadRequest> => createLocalReq({ user: admin as never }, payload)

beforeAll(async () => {
  process.env.DOORSTART_JOBS_AUTORUN = 'off'
  cms = await startTestCms({ seed: true })
  payload = cms.payload
  admin = { ...(await payload.find({ collection: 'users', where: { email: { equals: 'admin@demo.doorstart.nl' } }, depth: 0 })).docs[0]!, collection: 'users' }
  centre = (await payload.find({ collection: 'centres', where: { slug: { equals: 'lpc-rotterdam-zuid' } }, depth: 0 })).docs[0]!.id as number
  const sql = new pg.Client({ connectionString: cms.databaseUrl })
  await sql.connect()
  const started = performance.now()
  const counts = await generatePolicyHistories(sql, { centre, people: PEOPLE, from: FROM, to: TO })
  console.info(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s (load ${load()}): ${Object.entries(counts).map(([table, n]) => `${table} ${n}`).join(', ')}`)
  // The export and erasure are timed on the fullest histories: most observations first.
  sample = (await sql.query<{ id: number }>(
    `SELECT participant_id AS id FROM observations WHERE centre_id = $1 GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 60`, [centre],
  )).rows.map((row) => row.id)
  await sql.end()

  // CSV: the figures are loaded once, then streamed line by line; 200 exports must leave the heap
  // where it was.
  const report = await loadCohortReport(payload, admin as never, { centre, from: '2025-12-01', to: TO })
  gc()
  const before = process.memoryUsage()
  let bytes = 0
  let chunks = 0
  let largest = 0
  for (let i = 0; i < 200; i += 1) {
    const reader = reportCsvStream(report, 'nl').getReader()
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      bytes += chunk.value.length
      chunks += 1
      largest = Math.max(largest, chunk.value.length)
    }
  }
  gc()
  const after = process.memoryUsage()
  console.info(
    `CSV: ${(bytes / 200 / 1024).toFixed(1)} KiB per export in ${chunks / 200} chunks (largest ${largest} B); ` +
    `after 200 exports heap ${mib(before.heapUsed)} → ${mib(after.heapUsed)}, RSS ${mib(before.rss)} → ${mib(after.rss)} (load ${load()})`,
  )
}, 900_000)

afterAll(async () => {
  console.info(`load at the end: ${load()}`)
  await cms?.stop()
})

let next = 0

describe('policy dashboard (10,000 participants, two years)', () => {
  bench('figures for the last year (loadCohortReport)', async () => {
    await loadCohortReport(payload, admin as never, { centre, from: '2025-12-01', to: TO })
  }, { iterations: 10, warmupIterations: 2, time: 0 })

  bench('figures for both years', async () => {
    await loadCohortReport(payload, admin as never, { centre, from: FROM, to: TO })
  }, { iterations: 5, warmupIterations: 1, time: 0 })
})

describe("participants' rights (the fullest histories)", () => {
  bench('export one participant (zip)', async () => {
    await exportParticipant(await adminReq(), sample[next++ % sample.length]!)
  }, { iterations: 20, warmupIterations: 2, time: 0 })

  bench('erase one participant, with its audit event', async () => {
    const participant = sample[next++ % sample.length]!
    await eraseParticipantData(payload, participant, {
      req: await adminReq(),
      audit: ({ documents }) => ({ type: 'participant.erased', actor: admin.id as number, centre, collection: 'participants', recordId: participant, detail: { ...documents } }),
    })
  }, { iterations: 20, warmupIterations: 2, time: 0 })
})
