// REST API speed on the embedded database: listing 50 participants and creating one, as a coach,
// over HTTP. Targets (issue 6): list p95 < 30 ms, create p95 < 50 ms. vitest prints mean and
// p75/p99; the p50/p95 the issue asks for are printed at the end from the same samples.
// The coach's day (issue 10): assessment create p95 < 50 ms with 10 coaches at once, measured per
// request; the worklist of a centre with 500 participants < 300 ms; the participant page < 150 ms.
import { afterAll, beforeAll, bench, describe } from 'vitest'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'
import { serveRestApi } from '../support/cms/serveRestApi'
import { loadParticipantOverview } from '../../cms/src/coach/loadParticipantOverview'
import { loadWorklist } from '../../cms/src/coach/loadWorklist'

// What any request costs with 10 coaches at once, whatever it does: the floor under the create target.
const FLOOR_AUTH = 'floor: signed-in request that reads nothing (10 coaches at once)'
const FLOOR_READ = 'floor: read one participant (10 coaches at once)'

let cms: TestCms
let api: { url: string; close: () => Promise<void> }
let token = ''
let centre: number | string = 0
const samples: Record<string, number[]> = {
  list: [],
  create: [],
  'create depth=2': [],
  'assessment create (one coach alone)': [],
  'assessment create (10 coaches at once)': [],
  [FLOOR_AUTH]: [],
  [FLOOR_READ]: [],
  'worklist (500 participants)': [],
  'participant page data': [],
}
// The coach's day (issue 10): a centre with 500 participants, each with a trajectory.
const coachTokens: string[] = []
let benchParticipants: (number | string)[] = []
let benchLadder: number | string = 0
let centreAdmin: Record<string, unknown> = {}
let pageCoach: Record<string, unknown> = {}
let pageParticipant: number | string = 0

const COACHES = 10
const PER_COACH = 25
const CREATE = 'assessment create (10 coaches at once)'
const SOLO = 'assessment create (one coach alone)'
let createWallMs = 0
const TARGETS: Record<string, number> = { [CREATE]: 50, 'worklist (500 participants)': 300, 'participant page data': 150 }

/** Each coach sends `perCoach` requests one after another, all coaches at the same time. */
const closedLoop = async (perCoach: number, name: string | null, request: (coach: number, n: number) => Promise<Response>, tokens = coachTokens): Promise<void> => {
  await Promise.all(
    tokens.map(async (_token, coach) => {
      for (let n = 0; n < perCoach; n += 1) {
        if (name) await timed(name, () => request(coach, n))
        else await (await request(coach, n)).arrayBuffer()
      }
    }),
  )
}

const createAssessmentsConcurrently = (perCoach: number, record: boolean, tokens = coachTokens, name = CREATE): Promise<void> =>
  closedLoop(
    perCoach,
    record ? name : null,
    (coach, n) =>
      fetch(`${api.url}/api/assessments?depth=0`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', Authorization: `JWT ${tokens[coach]}` },
        body: JSON.stringify({
          participant: benchParticipants[coach * 50 + (n % 50)],
          ladder: benchLadder,
          asOf: '2026-11-02',
          facts: { socialContactsPerWeek: 3, organisedActivityHoursPerWeek: 4, unpaidWork: { hoursPerWeek: 20, workExperiencePlace: true } },
        }),
      }),
    tokens,
  )

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}

const timed = async (name: string, call: () => Promise<Response>): Promise<void> => {
  const started = performance.now()
  const response = await call()
  await response.arrayBuffer()
  samples[name]!.push(performance.now() - started)
  // The floor's address is unknown on purpose: Payload signs the coach in, then answers 404.
  const expected = name === FLOOR_AUTH ? response.status === 404 : response.ok
  if (!expected) throw new Error(`${name}: HTTP ${response.status}`)
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

  const benchCentre = (await payload.create({ collection: 'centres', data: { name: 'Bench centrum', slug: 'bench', policy: 'lpc-rotterdam' } as never })).id
  centreAdmin = { ...(await payload.create({ collection: 'users', data: { email: 'beheer@bench.test', password: 'doorstart-demo', role: 'centre-admin', centre: benchCentre } as never })), collection: 'users' }
  const coaches = []
  for (let index = 0; index < 10; index += 1) {
    coaches.push(await payload.create({ collection: 'users', data: { email: `coach${index}@bench.test`, password: 'doorstart-demo', role: 'coach', centre: benchCentre } as never }))
  }
  pageCoach = { ...coaches[0]!, collection: 'users' }
  const goal = (await payload.find({ collection: 'learning-goals', where: { goalId: { equals: 'punctuality' } } })).docs[0]!.id
  benchLadder = (await payload.find({ collection: 'ladders', where: { ladderId: { equals: 'participatieladder' } } })).docs[0]!.id
  for (let index = 0; index < 500; index += 1) {
    const startDate = `2026-${String(1 + (index % 11)).padStart(2, '0')}-${String(1 + (index % 27)).padStart(2, '0')}`
    const participant = await payload.create({
      collection: 'participants',
      data: { centre: benchCentre, coach: coaches[index % 10]!.id, startDate, learningGoals: index % 3 ? [{ goal, status: 'active' }] : [] } as never,
    })
    benchParticipants.push(participant.id)
    await payload.create({ collection: 'trajectories', data: { participant: participant.id, policy: 'lpc-rotterdam', startDate, events: [] } as never })
  }
  pageParticipant = benchParticipants[0]!
  for (let index = 0; index < 6; index += 1) {
    await payload.create({ collection: 'assessments', data: { participant: pageParticipant, ladder: benchLadder, asOf: `2026-0${index + 1}-15`, facts: { socialContactsPerWeek: index } } as never })
    await payload.create({ collection: 'observations', data: { participant: pageParticipant, learningGoal: goal, level: 3, observedOn: `2026-0${index + 1}-10`, observerRole: 'supervisor' } as never })
  }
  for (let index = 0; index < 10; index += 1) {
    const response = await fetch(`${api.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `coach${index}@bench.test`, password: 'doorstart-demo' }),
    })
    coachTokens.push(((await response.json()) as { token: string }).token)
  }
  // Warm up the create path (compiled ladder cache, JIT, pool connections) before it is timed.
  await createAssessmentsConcurrently(2, false)
}, 600_000)

afterAll(async () => {
  const load = (await import('node:os')).loadavg().map((value) => value.toFixed(2)).join(', ')
  console.info(`load average (1, 5, 15 min) at the end: ${load}`)
  if (createWallMs > 0) {
    console.info(`assessment create throughput with ${COACHES} coaches at once: ${((samples[CREATE]!.length * 1000) / createWallMs).toFixed(1)} requests/s`)
  }
  for (const [name, values] of Object.entries(samples)) {
    if (values.length) {
      const target = TARGETS[name]
      const p95 = percentile(values, 95)
      const verdict = target === undefined ? '' : ` (target < ${target} ms: ${p95 < target ? 'met' : 'MISSED'})`
      console.info(
        `${name}: n=${values.length} p50=${percentile(values, 50).toFixed(1)} ms p95=${p95.toFixed(1)} ms max=${Math.max(...values).toFixed(1)} ms${verdict}`,
      )
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

describe("the coach's day (embedded Postgres)", () => {
  // Targets (issue 10): create p95 < 50 ms with 10 coaches at once; worklist < 300 ms; page < 150 ms.
  // Ten coaches each send their assessments one after the other, all ten at the same time (a
  // closed loop: a coach sends the next one when the last is stored), through the REST handler;
  // the p95 is over the individual requests, not over rounds.
  bench(`assessment create, ${COACHES} coaches at once, ${PER_COACH} each (REST, depth 0)`, async () => {
    samples[CREATE]!.length = 0
    const started = performance.now()
    await createAssessmentsConcurrently(PER_COACH, true)
    createWallMs = performance.now() - started
  }, { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 })

  // The same request with nobody else saving: what one create costs, the floor under the above.
  bench(`assessment create, one coach alone, ${PER_COACH * 2} in a row (REST, depth 0)`, async () => {
    samples[SOLO]!.length = 0
    await createAssessmentsConcurrently(PER_COACH * 2, true, coachTokens.slice(0, 1), SOLO)
  }, { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 })

  bench('worklist for a centre with 500 participants and trajectories (centre admin)', async () => {
    const started = performance.now()
    await loadWorklist(cms.payload, centreAdmin as never, { today: '2026-12-01' })
    samples['worklist (500 participants)']!.push(performance.now() - started)
  }, { time: 5000, warmupTime: 500 })

  bench('participant page data', async () => {
    const started = performance.now()
    await loadParticipantOverview(cms.payload, pageCoach as never, pageParticipant, { today: '2026-12-01' })
    samples['participant page data']!.push(performance.now() - started)
  }, { time: 3000, warmupTime: 300 })

  // The floor under the create target, measured the same way (10 coaches in a closed loop): a
  // signed-in request to an address Payload does not know (the request, its guards and the
  // sign-in check with its user lookup, then a 404), and reading one participant by id. A create
  // reads the participant, its trajectory and the centre's settings, and then writes, so its p95
  // with 10 at once cannot fall below these.
  bench('floor: signed-in request that reads nothing, 10 coaches at once', async () => {
    samples[FLOOR_AUTH]!.length = 0
    await closedLoop(PER_COACH, FLOOR_AUTH, (coach) => fetch(`${api.url}/api/no-such-address`, { headers: { Authorization: `JWT ${coachTokens[coach]}` } }))
  }, { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 })

  bench('floor: read one participant, 10 coaches at once', async () => {
    samples[FLOOR_READ]!.length = 0
    await closedLoop(PER_COACH, FLOOR_READ, (coach, n) =>
      fetch(`${api.url}/api/participants/${benchParticipants[coach * 50 + (n % 50)]}?depth=0`, { headers: { Authorization: `JWT ${coachTokens[coach]}` } }),
    )
  }, { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 })
})
