// Participants' rights (AVG art. 15, 17, 20): the export holds every collection that refers to
// participants; erasure leaves none of the participant's values in any text or JSON column of any
// table, keeps the rows the figures count, and is one action for a centre admin; both are logged.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findParticipantReferences } from '../../cms/src/rights/findParticipantReferences'
import { loadDemoFixture, type DemoFixture, type Id } from '../support/cms/demoFixture'
import { serveRestApi } from '../support/cms/serveRestApi'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

// Every value below carries this token; after erasure it must be nowhere in the database.
const TOKEN = 'QX7Z'
let cms: TestCms
let payload: Payload
let fixture: DemoFixture
let api: { url: string; close: () => Promise<void> }
let participant: { id: Id; code: string }

/**
 * One document per collection that refers to participants, filled with marked personal values.
 * A new collection with a participant reference fails "covers every collection" until it has one
 * here, so its export and erasure are checked too.
 */
const FACTORIES: Record<string, (id: Id) => Promise<unknown>> = {
  trajectories: (id) =>
    payload.create({
      collection: 'trajectories',
      data: { participant: id, centre: fixture.centre.own, startDate: '2024-01-08', policy: 'lpc-rotterdam', events: [{ date: '2024-02-01', type: 'note', note: `Gesprek ${TOKEN}-event` }], exit: { date: '2024-06-01', type: 'paid-work' } } as never,
    }),
  referrals: (id) =>
    payload.create({
      collection: 'referrals',
      data: { participant: id, centre: fixture.centre.own, source: 'partner', receivedOn: '2023-12-01', status: 'intake', personReference: `Zelda ${TOKEN}-ref`, note: `Via wijkteam ${TOKEN}-note` } as never,
    }),
}

const token = async (email: string): Promise<string> => {
  const login = await fetch(`${api.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'doorstart-demo' }) })
  return ((await login.json()) as { token: string }).token
}

beforeAll(async () => {
  cms = await startTestCms({ seed: true })
  payload = cms.payload
  fixture = await loadDemoFixture(payload)
  const created = await payload.create({
    collection: 'participants',
    data: {
      centre: fixture.centre.own,
      workplace: fixture.workplace.own,
      coach: fixture.users.coach.id,
      displayName: `Zelda ${TOKEN}-name`,
      contactNotes: `Belt graag ${TOKEN}-contact`,
      specialCategoryNotes: `Gezondheid ${TOKEN}-health`,
      workNotes: `Snijdt ${TOKEN}-work`,
    } as never,
  })
  participant = { id: created.id, code: String(created.code) }
  for (const make of Object.values(FACTORIES)) await make(participant.id)
  api = await serveRestApi(payload.config, cms.databaseUrl)
})

afterAll(async () => {
  await api?.close()
  await cms?.stop()
})

/** Every text and JSON cell in the database that contains `needle`, as table.column. */
const findEverywhere = async (needle: string): Promise<string[]> => {
  const client = new pg.Client({ connectionString: cms.databaseUrl })
  await client.connect()
  try {
    const { rows: columns } = await client.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'USER-DEFINED')`,
    )
    const hits: string[] = []
    for (const { table_name: table, column_name: column } of columns) {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text LIKE $1`, [`%${needle}%`])
      if (rows[0].n > 0) hits.push(`${table}.${column}`)
    }
    return hits
  } finally {
    await client.end()
  }
}

describe('the collections that refer to participants', () => {
  it('are found in the Payload config and each has a test document', () => {
    expect(findParticipantReferences(payload.config).map((reference) => reference.collection).sort()).toEqual(Object.keys(FACTORIES).sort())
  })
})

describe('GET /api/participants/:id/export', () => {
  it('gives a centre admin a zip with every collection that refers to the participant', async () => {
    const response = await fetch(`${api.url}/api/participants/${participant.id}/export`, { headers: { authorization: `JWT ${await token(String(fixture.users.centreAdmin.email))}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    const folder = mkdtempSync(path.join(tmpdir(), 'export-'))
    const file = path.join(folder, 'export.zip')
    writeFileSync(file, Buffer.from(await response.arrayBuffer()))
    execFileSync('unzip', ['-tq', file])
    const data = JSON.parse(execFileSync('unzip', ['-p', file, 'data.json']).toString()) as { participant: Record<string, unknown>; collections: Record<string, unknown[]> }
    expect(data.participant).toMatchObject({ id: participant.id, displayName: `Zelda ${TOKEN}-name`, specialCategoryNotes: `Gezondheid ${TOKEN}-health` })
    for (const reference of findParticipantReferences(payload.config)) {
      expect({ collection: reference.collection, documents: data.collections[reference.collection]?.length }).toEqual({ collection: reference.collection, documents: 1 })
    }
  })

  it('is logged, without the data', async () => {
    const { docs } = await payload.find({ collection: 'audit-events', where: { type: { equals: 'participant.exported' } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ actor: fixture.users.centreAdmin.id, recordId: String(participant.id) })
    expect(JSON.stringify(docs[0])).not.toContain(TOKEN)
  })

  it('is refused to coaches, policy viewers and other centres\' admins', async () => {
    for (const email of [fixture.users.coach.email, fixture.users.policyViewer.email]) {
      const response = await fetch(`${api.url}/api/participants/${participant.id}/export`, { headers: { authorization: `JWT ${await token(String(email))}` } })
      expect(response.status).toBe(403)
    }
    const other = await payload.create({ collection: 'users', data: { email: 'beheer.apeldoorn@example.test', password: 'doorstart-demo', role: 'centre-admin', centre: fixture.centre.other } as never })
    const response = await fetch(`${api.url}/api/participants/${participant.id}/export`, { headers: { authorization: `JWT ${await token(String(other.email))}` } })
    expect(response.status).toBe(403)
  })
})

describe('deleting a participant with records', () => {
  it('says to erase instead of failing on a constraint', async () => {
    await expect(payload.delete({ collection: 'participants', id: participant.id })).rejects.toMatchObject({ status: 409, message: expect.stringContaining('Gegevens wissen') })
  })
})

describe('POST /api/participants/:id/erase', () => {
  it('is refused to a coach', async () => {
    const response = await fetch(`${api.url}/api/participants/${participant.id}/erase`, { method: 'POST', headers: { authorization: `JWT ${await token(String(fixture.users.coach.email))}` } })
    expect(response.status).toBe(403)
    expect(await findEverywhere(TOKEN)).not.toEqual([])
  })

  it('erases in one action for a centre admin, leaving no value of the participant anywhere', async () => {
    const response = await fetch(`${api.url}/api/participants/${participant.id}/erase`, { method: 'POST', headers: { authorization: `JWT ${await token(String(fixture.users.centreAdmin.email))}` } })
    expect(response.status).toBe(200)
    expect(await findEverywhere(TOKEN)).toEqual([])
    expect(await findEverywhere(participant.code)).toEqual([])
  })

  it('keeps what the figures count', async () => {
    const after = await payload.findByID({ collection: 'participants', id: participant.id, depth: 0 })
    expect(String(after.code)).toMatch(/^GEWIST-/)
    const { docs } = await payload.find({ collection: 'trajectories', where: { participant: { equals: participant.id } }, depth: 0 })
    expect(docs.map((doc) => [(doc as { exit?: { type?: string } }).exit?.type, (doc as { events?: unknown[] }).events?.length])).toEqual([['paid-work', 1]])
    const referral = (await payload.find({ collection: 'referrals', where: { participant: { equals: participant.id } }, depth: 0 })).docs[0]
    expect(referral).toMatchObject({ source: 'partner', status: 'intake' })
  })

  it('is logged with counts only', async () => {
    const { docs } = await payload.find({ collection: 'audit-events', where: { type: { equals: 'participant.erased' } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ actor: fixture.users.centreAdmin.id, recordId: String(participant.id), detail: { participants: 1, trajectories: 1, referrals: 1 } })
  })
})
