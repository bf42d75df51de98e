// The issuance job survives a crash: a bulk run of 50 certificates, the server killed with SIGKILL
// in the middle, a new server started on the same database — and every award is issued exactly
// once: none lost, none doubled, every stored PDF whole and carrying its own credential.
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { readEmbeddedCredential } from '@doorstart/certificates'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_ACCOUNTS } from '../../cms/src/seed/seedDemoData'
import { apiClient } from '../support/cms/awardsApi'
import { createTestDatabase } from '../support/cms/startTestCms'

const root = path.resolve(import.meta.dirname, '../..')
const COUNT = 50

let database: { url: string; drop: () => Promise<void> }
const servers: ChildProcess[] = []

const outputs: string[] = []

const startServer = async (seed: boolean): Promise<{ url: string; process: ChildProcess }> => {
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'test/support/cms/awardServer.ts')], {
    cwd: path.join(root, 'cms'),
    // A server's environment, not the test runner's (no VITEST*, no NODE_ENV=test, no loaders).
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'NODE_OPTIONS')),
      DATABASE_URL: database.url,
      PAYLOAD_SECRET: 'doorstart-crash-test',
      DOORSTART_SEED: seed ? 'demo' : 'none',
      DOORSTART_KEY_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'),
      NODE_OPTIONS: '--conditions=production',
    } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  servers.push(child)
  let output = ''
  const started = Date.now()
  const index = outputs.push('') - 1
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stdout?.on('data', () => undefined)
  const keep = setInterval(() => (outputs[index] = output), 200)
  child.once('exit', () => {
    outputs[index] = output
    clearInterval(keep)
  })
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready:\n${output.slice(-3000)}`)), 300_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /ready (http:\/\/\S+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        console.info(`server ${servers.length} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)
        resolve(match[1]!)
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}:\n${output.slice(-3000)}`))
    })
  })
  return { url, process: child }
}

// One connection for the test's own reads, so polling never crowds out the server's pool.
let client: pg.Client
const query = async <T>(sql: string, values: unknown[] = []): Promise<T[]> => (await client.query(sql, values)).rows as T[]

const issuedCount = async (batch: number | string): Promise<number> =>
  Number((await query<{ count: string }>("SELECT count(*) FROM awards WHERE batch_id = $1 AND status = 'issued'", [batch]))[0]!.count)

beforeAll(async () => {
  database = await createTestDatabase()
  client = new pg.Client({ connectionString: database.url })
  await client.connect()
}, 120_000)

afterAll(async () => {
  for (const child of servers) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  await client?.end().catch(() => undefined)
  await database?.drop()
}, 60_000)

describe('a server killed in the middle of a bulk issuance', () => {
  it('issues every award exactly once after a restart', async () => {
    const first = await startServer(true)
    const api = apiClient(first.url)
    const coach = DEMO_ACCOUNTS.coachRotterdam
    // Fifty participants of the Rotterdam centre (the demo has a few).
    const existing = (await (await api.request(coach, 'GET', '/api/participants?limit=100&depth=0')).json()) as { docs: { code: string; centre: number }[] }
    const codes = existing.docs.map((doc) => doc.code)
    while (codes.length < COUNT) {
      const response = await api.request(coach, 'POST', '/api/participants?depth=0', { startDate: '2026-02-02' })
      expect(response.status).toBe(201)
      codes.push(((await response.json()) as { doc: { code: string } }).doc.code)
    }
    const csv = ['deelnemer;naam', ...codes.slice(0, COUNT).map((code, index) => `${code};Deelnemer ${index + 1}`)].join('\n')
    const created = await api.request(coach, 'POST', '/api/award-batches?depth=0', {
      name: 'Crashtest',
      kind: 'getuigschrift',
      locale: 'nl',
      achievement: { title: 'Werken in de wijkkeuken', competences: ['Werkt hygiënisch', 'Komt op tijd'] },
      csv,
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const batch = ((await created.json()) as { doc: { id: number } }).doc.id
    console.info(`batch of ${COUNT} proposed`)
    expect((await api.request(DEMO_ACCOUNTS.centreAdminRotterdam, 'POST', `/api/award-batches/${batch}/approve`)).status).toBe(202)

    // Kill it hard once a few are issued and most are not.
    let atKill = 0
    const approvedAt = Date.now()
    while ((atKill = await issuedCount(batch)) < 3) {
      if (Date.now() - approvedAt > 180_000) {
        const jobs = await query('SELECT id, processing, has_error, total_tried, error FROM payload_jobs LIMIT 3')
        throw new Error(`nothing issued: ${JSON.stringify(jobs).slice(0, 2000)}\n${outputs[0]!.slice(-3000)}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    first.process.kill('SIGKILL')
    await new Promise((resolve) => first.process.once('exit', resolve))
    const afterKill = await issuedCount(batch)
    console.info(`killed with ${atKill} of ${COUNT} issued (${afterKill} after the kill)`)
    expect(afterKill).toBeLessThan(COUNT)
    // What the killed server left: nothing half-done (files only for issued awards).
    const orphans = await query("SELECT f.award_id FROM award_files f JOIN awards a ON a.id = f.award_id WHERE a.status <> 'issued'")
    expect(orphans).toEqual([])

    const second = await startServer(false)
    const restartedAt = Date.now()
    while ((await issuedCount(batch)) < COUNT) {
      if (Date.now() - restartedAt > 300_000) throw new Error(`only ${await issuedCount(batch)} issued after the restart:\n${outputs[1]!.slice(-3000)}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    second.process.kill('SIGTERM')

    const awards = await query<{ id: number; status: string; credential_id: string }>('SELECT id, status, credential_id FROM awards WHERE batch_id = $1', [batch])
    expect(awards.length).toBe(COUNT)
    expect(awards.every((award) => award.status === 'issued')).toBe(true)
    expect(new Set(awards.map((award) => award.credential_id)).size).toBe(COUNT)
    const files = await query<{ award_id: number; pdf: string; pdf_sha256: string; jwt: string; credential: { id: string } }>(
      'SELECT f.award_id, f.pdf, f.pdf_sha256, f.jwt, f.credential FROM award_files f JOIN awards a ON a.id = f.award_id WHERE a.batch_id = $1',
      [batch],
    )
    expect(files.length).toBe(COUNT)
    expect(new Set(files.map((file) => file.award_id)).size).toBe(COUNT)
    const credentialOf = new Map(awards.map((award) => [award.id, award.credential_id]))
    for (const file of files) {
      const pdf = Buffer.from(file.pdf, 'base64')
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/)
      expect(createHash('sha256').update(pdf).digest('hex')).toBe(file.pdf_sha256)
      expect(readEmbeddedCredential(new Uint8Array(pdf))).toBe(file.jwt)
      expect(file.credential.id).toBe(`urn:uuid:${credentialOf.get(file.award_id)}`)
    }
  }, 900_000)
})
