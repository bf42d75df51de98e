// REST API speed on the embedded database: listing 50 participants and creating one, as a coach,
// over HTTP. Targets (issue 6): list p95 < 30 ms, create p95 < 50 ms. vitest prints mean and
// p75/p99; the p50/p95 the issue asks for are printed at the end from the same samples.
import { afterAll, beforeAll, bench, describe } from 'vitest'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'
import { serveRestApi } from '../support/cms/serveRestApi'

let cms: TestCms
let api: { url: string; close: () => Promise<void> }
let token = ''
let centre: number | string = 0
const samples: Record<string, number[]> = { list: [], create: [], 'create depth=2': [] }

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}

const timed = async (name: string, call: () => Promise<Response>): Promise<void> => {
  const started = performance.now()
  const response = await call()
  await response.arrayBuffer()
  samples[name]!.push(performance.now() - started)
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`)
}

beforeAll(async () => {
  cms = await startTestCms({ seed: true })
  const { payload } = cms
  const coach = (await payload.find({ collection: 'users', where: { email: { equals: 'coach.rotterdam@demo.doorstart.nl' } } })).docs[0]!
  centre = coach.centre as number
  for (let index = 0; index < 60; index += 1) {
    await payload.create({ collection: 'participants', data: { centre, coach: coach.id, workNotes: 'Bench' } as never })
  }
  const { default: config } = await import('../../cms/src/payload.config')
  api = await serveRestApi(config, cms.databaseUrl)
  const login = await fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'coach.rotterdam@demo.doorstart.nl', password: 'doorstart-demo' }),
  })
  token = ((await login.json()) as { token: string }).token
}, 120_000)

afterAll(async () => {
  for (const [name, values] of Object.entries(samples)) {
    if (values.length) {
      console.info(`${name}: n=${values.length} p50=${percentile(values, 50).toFixed(1)} ms p95=${percentile(values, 95).toFixed(1)} ms`)
    }
  }
  await api?.close()
  await cms?.stop()
})

describe('cms REST API (coach, embedded Postgres)', () => {
  bench('list 50 participants', async () => {
    await timed('list', () => fetch(`${api.url}/api/participants?limit=50&depth=0`, { headers: { Authorization: `JWT ${token}` } }))
  }, { time: 3000, warmupTime: 500 })

  bench('create a participant (response depth 0)', async () => {
    await timed('create', () =>
      fetch(`${api.url}/api/participants?depth=0`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ workNotes: 'Bench' }),
      }),
    )
  }, { time: 3000, warmupTime: 500 })

  // Payload's default response depth (2) populates centre, coach and audit users, each read
  // through its own access function.
  bench('create a participant (default depth 2)', async () => {
    await timed('create depth=2', () =>
      fetch(`${api.url}/api/participants`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ workNotes: 'Bench' }),
      }),
    )
  }, { time: 3000, warmupTime: 500 })
})
