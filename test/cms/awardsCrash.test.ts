// The issuance job survives a crash: a bulk run of 50 certificates on the production server
// (`npm start`'s build), the server's whole process group killed with SIGKILL in the middle, a new
// server started on the same database — and every award is issued exactly once: none lost, none
// doubled, every stored PDF whole and carrying its own credential.
import { createHash } from 'node:crypto'
import { readEmbeddedCredential } from '@doorstart/certificates'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_ACCOUNTS } from '../../cms/src/seed/seedDemoData'
import { apiClient } from '../support/cms/awardsApi'
import { startCmsProcess, type CmsProcess } from '../support/cms/startCmsProcess'
import { createTestDatabase } from '../support/cms/startTestCms'

const COUNT = 50

let database: { url: string; drop: () => Promise<void> }
const servers: CmsProcess[] = []
// Both servers share the database, its secret and the key that encrypts the issuer keys.
const serverEnv = (): Record<string, string> => ({
  DATABASE_URL: database.url,
  PAYLOAD_SECRET: 'doorstart-crash-test-secret-0123456789',
  DOORSTART_KEY_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'),
})

// One connection for the test's own reads, so polling never crowds out the server's pool.
let client: pg.Client
const query = async <T>(sql: string, values: unknown[] = []): Promise<T[]> => (await client.query(sql, values)).rows as T[]

const issuedCount = async (batch: number | string): Promise<number> =>
  Number((await query<{ count: string }>("SELECT count(*) FROM awards WHERE batch_id = $1 AND status = 'issued'", [batch]))[0]!.count)

/** SIGKILL to the server's process group: the start script and the Next.js server die at once. */
const crash = async (server: CmsProcess): Promise<void> => {
  const exited = new Promise((resolve) => server.server.once('exit', resolve))
  process.kill(-server.server.pid!, 'SIGKILL')
  await exited
  // The Next.js child is in the same group; give the kernel a moment to reap it.
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      process.kill(-server.server.pid!, 0)
    } catch {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

beforeAll(async () => {
  database = await createTestDatabase()
  client = new pg.Client({ connectionString: database.url })
  await client.connect()
}, 120_000)

afterAll(async () => {
  for (const server of servers) await server.cleanUp().catch(() => undefined)
  await client?.end().catch(() => undefined)
  await database?.drop()
}, 60_000)

describe('a server killed in the middle of a bulk issuance', () => {
  it('issues every award exactly once after a restart', async () => {
    const first = await startCmsProcess('awards-crash-1', { env: { ...serverEnv(), DOORSTART_SEED: 'demo' } })
    servers.push(first)
    const api = apiClient(first.baseUrl)
    const coach = DEMO_ACCOUNTS.coachRotterdam
    // Fifty participants of the Rotterdam centre (the demo has a few).
    const existing = (await (await api.request(coach, 'GET', '/api/participants?limit=100&depth=0')).json()) as { docs: { code: string }[] }
    const codes = existing.docs.map((doc) => doc.code)
    while (codes.length < COUNT) {
      const response = await api.request(coach, 'POST', '/api/participants?depth=0', { startDate: '2026-02-02' })
      expect(response.status, await response.clone().text()).toBe(201)
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
    const approved = await api.request(DEMO_ACCOUNTS.centreAdminRotterdam, 'POST', `/api/award-batches/${batch}/approve`)
    expect(approved.status, await approved.clone().text()).toBe(202)

    // Kill it hard once a few are issued and most are not.
    let atKill = 0
    const approvedAt = Date.now()
    while ((atKill = await issuedCount(batch)) < 3) {
      if (Date.now() - approvedAt > 120_000) {
        const jobs = await query('SELECT id, processing, has_error, total_tried, error FROM payload_jobs LIMIT 3')
        throw new Error(`nothing issued: ${JSON.stringify(jobs).slice(0, 2000)}\n${first.output().slice(-3000)}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    await crash(first)
    const afterKill = await issuedCount(batch)
    console.info(`killed with ${atKill} of ${COUNT} issued (${afterKill} after the kill)`)
    expect(afterKill).toBeLessThan(COUNT)
    // What the killed server left: nothing half-done (files only for issued awards, each whole).
    const orphans = await query("SELECT f.award_id FROM award_files f JOIN awards a ON a.id = f.award_id WHERE a.status <> 'issued'")
    expect(orphans).toEqual([])

    const second = await startCmsProcess('awards-crash-2', { env: { ...serverEnv(), DOORSTART_SEED: 'none' } })
    servers.push(second)
    const restartedAt = Date.now()
    while ((await issuedCount(batch)) < COUNT) {
      if (Date.now() - restartedAt > 120_000) throw new Error(`only ${await issuedCount(batch)} issued after the restart:\n${second.output().slice(-3000)}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    console.info(`all ${COUNT} issued ${((Date.now() - restartedAt) / 1000).toFixed(1)} s after the restart`)

    const awards = await query<{ id: number; status: string; credential_id: string }>('SELECT id, status, credential_id FROM awards WHERE batch_id = $1', [batch])
    expect(awards.length).toBe(COUNT)
    expect(awards.every((award) => award.status === 'issued')).toBe(true)
    expect(new Set(awards.map((award) => award.credential_id)).size).toBe(COUNT)
    const files = await query<{ award_id: number; pdf: string; pdf_sha256: string; jwt: string; credential: { id: string; proof?: unknown } }>(
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
      // The PDF carries the stored Data Integrity credential of its own award.
      expect(JSON.parse(readEmbeddedCredential(new Uint8Array(pdf))!)).toEqual(file.credential)
      expect(file.credential.id).toBe(`urn:uuid:${credentialOf.get(file.award_id)}`)
      expect(file.credential.proof).toBeDefined()
      expect(file.jwt.split('.')).toHaveLength(3)
    }
    // Exactly one issuance event per award in the audit trail.
    const events = await query<{ count: string }>("SELECT count(*) FROM audit_events WHERE type = 'award.issued'")
    expect(Number(events[0]!.count)).toBe(COUNT)
  }, 600_000)
})
