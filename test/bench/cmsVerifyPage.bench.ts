// The public verification page as a visitor gets it: `GET /verify/<credentialId>` over HTTP from
// the production Next.js server that `npm start` runs (the e2e tests' start path: a production
// build in cms/.next-test, its own embedded PostgreSQL, the demo data). Target (issue 12): p95 <
// 30 ms. Measured one request at a time and with 10 visitors at once; p50/p95 are printed with the
// load average of the machine (2 cores, shared: compare figures taken under similar load). Every
// answer must be the page of a valid credential, or the bench fails.
import { loadavg } from 'node:os'
import { afterAll, beforeAll, bench, describe } from 'vitest'
import { apiClient, getuigschriftProposal, type ApiClient } from '../support/cms/awardsApi'
import { startCmsProcess, type CmsProcess } from '../support/cms/startCmsProcess'

let cms: CmsProcess
let api: ApiClient
const verifyUrls: string[] = []
const samples: Record<string, number[]> = { 'verify page over HTTP, one at a time': [], 'verify page over HTTP, 10 at once': [] }
const COACH = 'coach.rotterdam@demo.doorstart.nl'
const SUPERVISOR = 'werkbegeleider.rotterdam@demo.doorstart.nl'
const CREDENTIALS = 5

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}

const json = async <T>(response: Response, what: string): Promise<T> => {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** One visit: the time to the last byte of the page, which must say "valid". */
const visit = async (index: number): Promise<number> => {
  const url = verifyUrls[index % verifyUrls.length]!
  // Half the visitors' browsers ask for English, half for Dutch.
  const headers = { 'accept-language': index % 2 ? 'en-GB,en;q=0.9' : 'nl-NL,nl;q=0.9' }
  const started = performance.now()
  const response = await fetch(url, { headers })
  const html = await response.text()
  const elapsed = performance.now() - started
  if (response.status !== 200 || !html.includes('data-state="valid"')) {
    throw new Error(`GET ${url}: ${response.status}, not the page of a valid credential:\n${html.slice(0, 2000)}`)
  }
  return elapsed
}

beforeAll(async () => {
  cms = await startCmsProcess('bench-verify')
  api = apiClient(cms.baseUrl)
  const workplace = (await json<{ docs: { id: number }[] }>(await api.request(COACH, 'GET', `/api/workplaces?depth=0&where[name][equals]=${encodeURIComponent('Keuken Huis van de Wijk')}`), 'workplace')).docs[0]!
  const participant = (await json<{ docs: { id: number }[] }>(await api.request(COACH, 'GET', `/api/participants?depth=0&limit=1&where[workplace][equals]=${workplace.id}`), 'participant')).docs[0]!
  for (let index = 0; index < CREDENTIALS; index++) {
    const proposal = (await json<{ doc: { id: number } }>(await api.request(COACH, 'POST', '/api/awards?depth=0', getuigschriftProposal(participant.id)), 'propose')).doc
    await json(await api.request(SUPERVISOR, 'POST', `/api/awards/${proposal.id}/approve`), 'approve')
    const started = Date.now()
    for (;;) {
      const award = await json<{ status: string; verifyUrl?: string }>(await api.request(COACH, 'GET', `/api/awards/${proposal.id}?depth=0`), 'award')
      if (award.status === 'issued') {
        verifyUrls.push(award.verifyUrl!)
        break
      }
      if (Date.now() - started > 60_000) throw new Error(`award ${proposal.id} still ${award.status}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  // Warm up: each page once per language (the first request of a route loads its code).
  for (let index = 0; index < 2 * CREDENTIALS; index++) await visit(index)
}, 600_000)

afterAll(async () => {
  console.info(`load average ${loadavg().map((value) => value.toFixed(2)).join(', ')}`)
  for (const [name, values] of Object.entries(samples)) {
    if (values.length) console.info(`${name}: n=${values.length} p50=${percentile(values, 50).toFixed(1)} ms p95=${percentile(values, 95).toFixed(1)} ms max=${values.reduce((a, b) => Math.max(a, b), 0).toFixed(0)} ms`)
  }
  await cms?.cleanUp()
}, 60_000)

describe('the public verification page over HTTP', () => {
  bench('one visitor at a time', async () => {
    for (let index = 0; index < 300; index++) samples['verify page over HTTP, one at a time']!.push(await visit(index))
  }, { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 })

  bench('10 visitors at once', async () => {
    let next = 0
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (next < 500) samples['verify page over HTTP, 10 at once']!.push(await visit(next++))
      }),
    )
  }, { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 })
})
