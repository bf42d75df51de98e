// The audit trail (`audit-events`): written by recordAuditEvent only, read by admins (all) and
// centre admins (own centre), and changed or deleted by nobody — not through the local API even
// with overrideAccess, not through REST, and not in PostgreSQL itself, even as the database owner
// the app connects as (DOMAIN.md §5: an append-only log).
import pg from 'pg'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordAuditEvent } from '../../cms/src/audit/recordAuditEvent'
import { loadDemoFixture, type DemoFixture, type Id } from '../support/cms/demoFixture'
import { serveRestApi } from '../support/cms/serveRestApi'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

const slug = 'audit-events' as CollectionSlug
let cms: TestCms
let payload: Payload
let fixture: DemoFixture
let sql: pg.Client
let ownEvent: Id
let otherEvent: Id

const TYPES = ['participant.exported', 'auth.sign-in-failed']

const as = (user: Record<string, unknown>) => ({ user: user as never, overrideAccess: false })

beforeAll(async () => {
  cms = await startTestCms({ seed: true })
  payload = cms.payload
  fixture = await loadDemoFixture(payload)
  await recordAuditEvent(payload, { type: 'participant.exported', actor: fixture.users.centreAdmin.id as Id, centre: fixture.centre.own, collection: 'participants', recordId: 7, detail: { files: 3 } })
  await recordAuditEvent(payload, { type: 'auth.sign-in-failed', actor: null, centre: fixture.centre.other })
  // The demo data has events of its own (its assessments and reviews): look at these two types.
  const { docs } = await payload.find({ collection: slug, where: { type: { in: TYPES } }, sort: 'createdAt', depth: 0 })
  ownEvent = docs.find((doc) => (doc as { type?: string }).type === 'participant.exported')!.id
  otherEvent = docs.find((doc) => (doc as { type?: string }).type === 'auth.sign-in-failed')!.id
  sql = new pg.Client({ connectionString: cms.databaseUrl })
  await sql.connect()
})

afterAll(async () => {
  await sql?.end()
  await cms?.stop()
})

describe('recordAuditEvent', () => {
  it('stores who, what, which record and when', async () => {
    const event = (await payload.findByID({ collection: slug, id: ownEvent, depth: 0 })) as unknown as Record<string, unknown>
    expect(event).toMatchObject({ type: 'participant.exported', actor: fixture.users.centreAdmin.id, centre: fixture.centre.own, recordCollection: 'participants', recordId: '7', detail: { files: 3 } })
    expect(typeof event.createdAt).toBe('string')
  })
})

describe('reading the audit trail', () => {
  it('shows an admin every centre\'s events', async () => {
    const { docs } = await payload.find({ collection: slug, where: { type: { in: TYPES } }, ...as(fixture.users.admin) })
    expect(docs.map((doc) => doc.id)).toEqual(expect.arrayContaining([ownEvent, otherEvent]))
  })

  it('shows a centre admin only the own centre\'s events', async () => {
    const { docs } = await payload.find({ collection: slug, where: { type: { in: TYPES } }, ...as(fixture.users.centreAdmin) })
    expect(docs.map((doc) => doc.id)).toEqual([ownEvent])
    const all = await payload.find({ collection: slug, pagination: false, depth: 0, ...as(fixture.users.centreAdmin) })
    expect(all.docs.every((doc) => String((doc as { centre?: unknown }).centre) === String(fixture.centre.own))).toBe(true)
  })

  it('lets a centre admin filter by type and date', async () => {
    const where = { and: [{ type: { equals: 'participant.exported' } }, { createdAt: { greater_than: '2000-01-01' } }] }
    const { docs } = await payload.find({ collection: slug, where: where as never, ...as(fixture.users.centreAdmin) })
    expect(docs).toHaveLength(1)
    const none = await payload.find({ collection: slug, where: { createdAt: { less_than: '2000-01-01' } } as never, ...as(fixture.users.centreAdmin) })
    expect(none.docs).toHaveLength(0)
  })

  it.each(['coach', 'supervisor', 'policyViewer'] as const)('shows a %s nothing', async (role) => {
    await expect(payload.find({ collection: slug, ...as(fixture.users[role]) })).rejects.toMatchObject({ status: 403 })
  })
})

describe('changing the audit trail', () => {
  it('is refused through the local API even with overrideAccess', async () => {
    await expect(payload.update({ collection: slug, id: ownEvent, data: { recordId: '8' } as never })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: slug, id: ownEvent })).rejects.toMatchObject({ status: 403 })
    await expect(payload.update({ collection: slug, where: { id: { exists: true } }, data: { recordId: '8' } as never })).rejects.toMatchObject({ status: 403 })
  })

  it('is refused through REST, for an admin too', async () => {
    const api = await serveRestApi(payload.config, cms.databaseUrl)
    try {
      const login = await fetch(`${api.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: fixture.users.admin.email, password: 'doorstart-demo' }),
      })
      const { token } = (await login.json()) as { token: string }
      const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
      const patch = await fetch(`${api.url}/api/audit-events/${ownEvent}`, { method: 'PATCH', headers, body: JSON.stringify({ recordId: '8' }) })
      const remove = await fetch(`${api.url}/api/audit-events/${ownEvent}`, { method: 'DELETE', headers })
      const create = await fetch(`${api.url}/api/audit-events`, { method: 'POST', headers, body: JSON.stringify({ type: 'user.unlocked' }) })
      expect([patch.status, remove.status, create.status]).toEqual([403, 403, 403])
    } finally {
      await api.close()
    }
  })

  it('is refused by PostgreSQL for the database owner the app connects as', async () => {
    const { rows } = await sql.query<{ owner: string; me: string }>(
      `SELECT pg_get_userbyid(relowner) AS owner, current_user AS me FROM pg_class WHERE relname = 'audit_events'`,
    )
    expect(rows[0]!.owner).toBe(rows[0]!.me)
    await expect(sql.query(`UPDATE audit_events SET record_id = '8' WHERE id = $1`, [ownEvent])).rejects.toThrow(/append-only/)
    await expect(sql.query(`DELETE FROM audit_events WHERE id = $1`, [ownEvent])).rejects.toThrow(/append-only/)
    await expect(sql.query(`TRUNCATE audit_events CASCADE`)).rejects.toThrow(/append-only/)
    const { rows: after } = await sql.query(`SELECT record_id FROM audit_events WHERE id = $1`, [ownEvent])
    expect(after).toEqual([{ record_id: '7' }])
  })

  it('keeps the events when their actor is deleted', async () => {
    const user = await payload.create({ collection: 'users', data: { email: 'weg@example.test', password: 'doorstart-demo', role: 'coach', centre: fixture.centre.own } as never })
    await recordAuditEvent(payload, { type: 'user.role-changed', actor: user.id, centre: fixture.centre.own, collection: 'users', recordId: user.id, detail: { from: 'coach', to: 'centre-admin' } })
    await payload.delete({ collection: 'users', id: user.id })
    const { rows } = await sql.query(`SELECT actor_id FROM audit_events WHERE type = 'user.role-changed'`)
    expect(rows).toEqual([{ actor_id: user.id }])
  })
})
