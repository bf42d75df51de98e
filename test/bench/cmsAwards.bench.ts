// Certificate speed on the embedded database, over HTTP as the users would call it. Targets
// (issue 12): approval to PDF and credential stored p95 < 1 s; the verification page p95 < 30 ms;
// a bulk issuance of 200 awards < 60 s. p50/p95 are printed at the end from the samples, with the
// load average of the machine (2 cores, shared: compare figures taken under similar load).
import { loadavg } from 'node:os'
import type { Payload } from 'payload'
import { afterAll, beforeAll, bench, describe } from 'vitest'
import { apiClient, getuigschriftProposal, waitForStatus, type ApiClient } from '../support/cms/awardsApi'
import { serveRestApi } from '../support/cms/serveRestApi'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

process.env.DOORSTART_KEY_ENCRYPTION_KEY = Buffer.alloc(32, 5).toString('base64')

let cms: TestCms
let payload: Payload
let server: { url: string; close: () => Promise<void> }
let api: ApiClient
let participant: number | string
let credentialIds: string[] = []
const samples: Record<string, number[]> = {
  'approve → stored': [], 'verify page': [], 'verify page, first check of a credential': [], 'verify page, outcome remembered': [],
  'verify page, after the outcome lifetime': [], 'bulk 200': [],
}
const checked = new Set<string>()
const COACH = 'coach.rotterdam@demo.doorstart.nl'
const SUPERVISOR = 'werkbegeleider.rotterdam@demo.doorstart.nl'
const CENTRE_ADMIN = 'beheer.rotterdam@demo.doorstart.nl'

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}

beforeAll(async () => {
  cms = await startTestCms({ seed: true })
  payload = cms.payload
  server = await serveRestApi(payload.config, cms.databaseUrl)
  api = apiClient(server.url)
  const kitchen = (await payload.find({ collection: 'workplaces', where: { name: { equals: 'Keuken Huis van de Wijk' } } })).docs[0]!
  participant = (await payload.find({ collection: 'participants', where: { workplace: { equals: kitchen.id } }, limit: 1 })).docs[0]!.id
  // Warm up: the first certificate of a process loads fonts, JSON-LD contexts and keys.
  const first = ((await (await api.request(COACH, 'POST', '/api/awards?depth=0', getuigschriftProposal(participant))).json()) as { doc: { id: number } }).doc
  await api.request(SUPERVISOR, 'POST', `/api/awards/${first.id}/approve`)
  credentialIds = [String((await waitForStatus(payload, first.id, 'issued', 60_000)).credentialId)]
}, 180_000)

afterAll(async () => {
  console.info(`load average ${loadavg().map((value) => value.toFixed(2)).join(', ')}`)
  for (const [name, values] of Object.entries(samples)) {
    if (values.length) console.info(`${name}: n=${values.length} p50=${percentile(values, 50).toFixed(1)} ms p95=${percentile(values, 95).toFixed(1)} ms max=${values.reduce((a, b) => Math.max(a, b), 0).toFixed(0)} ms`)
  }
  await server?.close()
  await cms?.stop()
})

describe('certificates in the CMS', () => {
  bench('approve, then wait for the PDF and credential to be stored', async () => {
    const proposal = ((await (await api.request(COACH, 'POST', '/api/awards?depth=0', getuigschriftProposal(participant))).json()) as { doc: { id: number } }).doc
    const started = performance.now()
    const response = await api.request(SUPERVISOR, 'POST', `/api/awards/${proposal.id}/approve`)
    if (response.status !== 202) throw new Error(`approve: ${response.status}`)
    const doc = await waitForStatus(payload, proposal.id, 'issued', 30_000)
    samples['approve → stored']!.push(performance.now() - started)
    credentialIds.push(String(doc.credentialId))
  }, { iterations: 30, time: 0, warmupIterations: 2 })

  // The page's work: the stored credential checked as a verifier would (signature, dates, status
  // list). Rendering its small React tree is left out: the tests' transformer keeps the CMS's JSX
  // as it is (tsconfig \`jsx: preserve\`), so VerifyPage.tsx cannot be imported here. The page as
  // visitors get it, over HTTP from the production server: cmsVerifyPage.bench.ts. Visitors
  // ask for the ~30 credentials issued above at random; the first check of each in this process is
  // the full one (proof canonicalised), later ones find the outcome remembered (≤ 60 s).
  bench('verification page (check the stored credential)', async () => {
    const { checkCredentialId } = await import('../../cms/src/verify/checkCredential')
    const id = credentialIds[Math.floor(Math.random() * credentialIds.length)]!
    const started = performance.now()
    const view = await checkCredentialId(payload, id)
    const elapsed = performance.now() - started
    samples['verify page']!.push(elapsed)
    samples[checked.has(id) ? 'verify page, outcome remembered' : 'verify page, first check of a credential']!.push(elapsed)
    checked.add(id)
    if (view.state !== 'valid') throw new Error(`verify: ${view.state}`)
  }, { time: 3000, warmupTime: 0, warmupIterations: 0 })

  // Once the remembered outcome has expired: the award, its file, the centre, its keys and the
  // status list are read again; the proof, already verified in this process, is not canonicalised.
  bench('verification page after the outcome lifetime', async () => {
    const { checkCredentialId } = await import('../../cms/src/verify/checkCredential')
    const { forgetAllVerifications } = await import('../../cms/src/verify/verificationCache')
    const id = credentialIds[Math.floor(Math.random() * credentialIds.length)]!
    forgetAllVerifications()
    const started = performance.now()
    const view = await checkCredentialId(payload, id)
    samples['verify page, after the outcome lifetime']!.push(performance.now() - started)
    if (view.state !== 'valid') throw new Error(`verify: ${view.state}`)
  }, { time: 2000, warmupTime: 0, warmupIterations: 0 })

  bench('bulk issuance of 200 from a CSV upload', async () => {
    const codes: string[] = []
    for (let index = 0; index < 200; index++) {
      const created = await payload.create({ collection: 'participants', data: { centre: (await payload.findByID({ collection: 'participants', id: participant })).centre, workNotes: 'Bench' } as never, depth: 0 })
      codes.push(String(created.code))
    }
    const started = performance.now()
    const csv = ['deelnemer,naam', ...codes.map((code, index) => `${code},Deelnemer ${index + 1}`)].join('\n')
    const response = await api.request(COACH, 'POST', '/api/award-batches?depth=0', {
      name: 'Bench', kind: 'getuigschrift', locale: 'nl', csv,
      achievement: { title: 'Keukenhulp', competences: ['Werkt hygiënisch'] },
    })
    if (response.status !== 201) throw new Error(`batch: ${response.status} ${await response.text()}`)
    const batch = ((await response.json()) as { doc: { id: number } }).doc.id
    await api.request(CENTRE_ADMIN, 'POST', `/api/award-batches/${batch}/approve`)
    for (;;) {
      const { progress } = (await (await api.request(COACH, 'GET', `/api/award-batches/${batch}/progress`)).json()) as { progress: { issued: number } }
      if (progress.issued === 200) break
      if (performance.now() - started > 180_000) throw new Error(`bulk: ${progress.issued} issued`)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    samples['bulk 200']!.push(performance.now() - started)
  }, { iterations: 1, time: 0, warmupIterations: 0 })
})
