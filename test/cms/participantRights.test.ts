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
import { findDependentReferences, findParticipantReferences } from '../../cms/src/rights/findParticipantReferences'
import { checkCredentialId } from '../../cms/src/verify/checkCredential'
import { apiClient, getuigschriftProposal, waitForStatus } from '../support/cms/awardsApi'
import { loadDemoFixture, type DemoFixture, type Id } from '../support/cms/demoFixture'
import { serveRestApi } from '../support/cms/serveRestApi'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

process.env.DOORSTART_KEY_ENCRYPTION_KEY ??= Buffer.alloc(32, 7).toString('base64')

// Every value below carries this token; after erasure it must be nowhere in the database.
const TOKEN = 'QX7Z'
let cms: TestCms
let payload: Payload
let fixture: DemoFixture
let api: { url: string; close: () => Promise<void> }
let participant: { id: Id; code: string }

/** What the factories made, by collection (the review needs the trajectory). */
const made: Record<string, Record<string, unknown>> = {}
const asUser = (user: Record<string, unknown>) => ({ user: user as never, overrideAccess: false })

/**
 * One document per collection that refers to participants, filled with marked personal values.
 * A new collection with a participant reference fails "covers every collection" until it has one
 * here, so its export and erasure are checked too. Made in this order.
 */
const FACTORIES: Record<string, (id: Id) => Promise<Record<string, unknown>>> = {
  trajectories: (id) =>
    payload.create({
      collection: 'trajectories',
      data: { participant: id, centre: fixture.centre.own, startDate: '2024-01-08', policy: 'lpc-rotterdam', events: [{ date: '2024-02-01', type: 'note', note: `Gesprek ${TOKEN}-event` }], exit: { date: '2024-06-01', type: 'paid-work' } } as never,
    }) as never,
  referrals: (id) =>
    payload.create({
      collection: 'referrals',
      data: { participant: id, centre: fixture.centre.own, source: 'partner', receivedOn: '2023-12-01', status: 'intake', personReference: `Zelda ${TOKEN}-ref`, note: `Via wijkteam ${TOKEN}-note` } as never,
    }) as never,
  assessments: async (id) => {
    // The centre's default ladder (in effect from 2026).
    const doc = await payload.create({ collection: 'assessments', data: { participant: id, asOf: '2026-03-04', facts: { socialContactsPerWeek: 2 } } as never, ...asUser(fixture.users.coach) })
    // Voided by the centre admin with a reason (free text), and a fact only a person's file would hold.
    await payload.update({ collection: 'assessments', id: doc.id, data: { voided: true, voidReason: `Verwisseld met ${TOKEN}-void` } as never })
    const client = new pg.Client({ connectionString: cms.databaseUrl })
    await client.connect()
    await client.query(`UPDATE assessments SET facts = facts || jsonb_build_object('remark', $2::text) WHERE id = $1`, [doc.id, `Mantelzorg ${TOKEN}-fact`])
    await client.end()
    return doc as never
  },
  observations: async (id) => {
    const goal = (await payload.find({ collection: 'learning-goals', depth: 0, limit: 1, where: { centre: { exists: false } } })).docs[0]!
    return payload.create({
      collection: 'observations',
      data: { participant: id, workplace: fixture.workplace.own, learningGoal: goal.id, level: 3, note: `Werkt netjes ${TOKEN}-obs`, observedOn: '2024-03-05' } as never,
      ...asUser(fixture.users.coach),
    }) as never
  },
  reviews: () =>
    payload.create({
      collection: 'reviews',
      data: { trajectory: made.trajectories!.id, decision: 'continue', reviewedOn: '2024-04-01', note: `Gaat goed ${TOKEN}-review` } as never,
      ...asUser(fixture.users.coach),
    }) as never,
  // Issued through a bulk upload, whose CSV names the participant next to another one (what the
  // batch prints for everyone, its workplace and period, is not about the person).
  awards: async (id) => {
    const awards = apiClient(api.url)
    const other = (await payload.find({ collection: 'participants', where: { and: [{ centre: { equals: fixture.centre.own } }, { id: { not_equals: id } }] }, depth: 0, limit: 1 })).docs[0]!
    const { participant: _participant, recipient: _recipient, ...template } = getuigschriftProposal(id)
    const csv = `deelnemer;naam;certificaatnummer\r\n${participant.code};Zelda ${TOKEN}-award;${TOKEN}-0001\r\n${String(other.code)};Sanne de Vries;K-0002\r\n`
    const response = await awards.request(String(fixture.users.coach.email), 'POST', '/api/award-batches?depth=0', {
      ...template,
      name: 'Groep keuken',
      signatories: [{ name: 'Joke de Vries', role: 'Coördinator' }],
      csv,
    })
    if (response.status !== 201) throw new Error(`batch: ${response.status} ${await response.text()}`)
    const batch = ((await response.json()) as { doc: { id: Id } }).doc
    made.batch = batch
    const approve = await awards.request(String(fixture.users.centreAdmin.email), 'POST', `/api/award-batches/${batch.id}/approve`)
    if (approve.status !== 202) throw new Error(`approve: ${approve.status} ${await approve.text()}`)
    const doc = (await payload.find({ collection: 'awards', where: { participant: { equals: id } }, depth: 0 })).docs[0]!
    return waitForStatus(payload, doc.id, 'issued')
  },
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
  api = await serveRestApi(payload.config, cms.databaseUrl)
  for (const [collection, make] of Object.entries(FACTORIES)) made[collection] = await make(participant.id)
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

  it('include the collections under them: an award\'s PDF and credential', () => {
    expect(findDependentReferences(payload.config)).toEqual([{ collection: 'award-files', paths: [{ path: 'award', relationTo: 'awards' }] }])
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
    for (const { collection } of [...findParticipantReferences(payload.config), ...findDependentReferences(payload.config)]) {
      expect({ collection, documents: data.collections[collection]?.length }).toEqual({ collection, documents: 1 })
    }
    expect(JSON.stringify(data.collections)).toContain(`${TOKEN}-obs`)
    expect(JSON.stringify(data.collections)).toContain(`${TOKEN}-fact`)
    // The certificate as issued, and its credential in both proof forms.
    const award = made.awards!.id
    const listing = execFileSync('unzip', ['-Z1', file]).toString().trim().split('\n').sort()
    expect(listing).toEqual(['data.json', `awards/${award}-certificaat.pdf`, `awards/${award}-credential.json`, `awards/${award}-credential.jwt`].sort())
    const pdf = path.join(folder, 'award.pdf')
    writeFileSync(pdf, execFileSync('unzip', ['-p', file, `awards/${award}-certificaat.pdf`]))
    expect(execFileSync('pdftotext', [pdf, '-']).toString()).toContain(`Zelda ${TOKEN}-award`)
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

  // The erasure and its `participant.erased` event are one transaction: a trigger makes one of
  // the two writes fail, and then neither may stay.
  const withFailingTrigger = async (table: string, when: string, work: () => Promise<void>): Promise<void> => {
    const client = new pg.Client({ connectionString: cms.databaseUrl })
    await client.connect()
    try {
      await client.query(`CREATE FUNCTION refuse_for_test() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$`)
      await client.query(`CREATE TRIGGER refuse_for_test BEFORE INSERT OR UPDATE ON "${table}" FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION refuse_for_test()`)
      await work()
    } finally {
      await client.query(`DROP TRIGGER IF EXISTS refuse_for_test ON "${table}"; DROP FUNCTION IF EXISTS refuse_for_test()`)
      await client.end()
    }
  }
  const erasedEvents = async (): Promise<number> =>
    (await payload.count({ collection: 'audit-events', where: { type: { equals: 'participant.erased' } } })).totalDocs

  it('erases nothing when its audit event cannot be written', async () => {
    const before = await findEverywhere(TOKEN)
    const authorization = `JWT ${await token(String(fixture.users.centreAdmin.email))}`
    await withFailingTrigger('audit_events', `NEW.type = 'participant.erased'`, async () => {
      const response = await fetch(`${api.url}/api/participants/${participant.id}/erase`, { method: 'POST', headers: { authorization } })
      expect(response.status).toBe(500)
    })
    expect(await findEverywhere(TOKEN)).toEqual(before)
    expect(String((await payload.findByID({ collection: 'participants', id: participant.id, depth: 0 })).code)).toBe(participant.code)
    expect(await erasedEvents()).toBe(0)
  })

  it('records no erasure when part of the erasure fails', async () => {
    const before = await findEverywhere(TOKEN)
    const authorization = `JWT ${await token(String(fixture.users.centreAdmin.email))}`
    // Trajectories are cleared after the participant row and the bulk upload's lines.
    await withFailingTrigger('trajectories', 'true', async () => {
      const response = await fetch(`${api.url}/api/participants/${participant.id}/erase`, { method: 'POST', headers: { authorization } })
      expect(response.status).toBe(500)
    })
    expect(await findEverywhere(TOKEN)).toEqual(before)
    expect(await erasedEvents()).toBe(0)
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
    const assessment = await payload.findByID({ collection: 'assessments', id: made.assessments!.id as Id, depth: 0 })
    expect(assessment).toMatchObject({ ladderKey: made.assessments!.ladderKey, ladderVersion: made.assessments!.ladderVersion, rung: made.assessments!.rung, voided: true })
    expect(assessment.facts ?? null).toBeNull()
    expect(await payload.findByID({ collection: 'observations', id: made.observations!.id as Id, depth: 0 })).toMatchObject({ level: 3, note: null })
    expect(await payload.findByID({ collection: 'reviews', id: made.reviews!.id as Id, depth: 0 })).toMatchObject({ decision: 'continue', note: null })
  })

  it('keeps the award\'s issuance record: the credential still verifies, without the name, and the PDF is gone', async () => {
    const award = (await payload.findByID({ collection: 'awards', id: made.awards!.id as Id, depth: 0, showHiddenFields: true })) as unknown as Record<string, unknown>
    expect(award).toMatchObject({ status: 'issued', credentialId: made.awards!.credentialId, verifyUrl: made.awards!.verifyUrl, issuedOn: made.awards!.issuedOn, shareToken: null })
    const view = await checkCredentialId(payload, String(award.credentialId))
    expect(view).toMatchObject({ state: 'valid', achievement: 'Keukenhulp in de wijkkeuken' })
    expect(view.name ?? '').toBe('')
    const files = await apiClient(api.url)
    expect((await files.request(String(fixture.users.centreAdmin.email), 'GET', `/api/awards/${award.id}/pdf`)).status).toBe(410)
    expect((await files.request(String(fixture.users.centreAdmin.email), 'GET', `/api/awards/${award.id}/credential`)).status).toBe(200)
    // The bulk upload keeps the other participant's line only.
    const batch = await payload.findByID({ collection: 'award-batches', id: made.batch!.id as Id, depth: 0 })
    expect(String(batch.csv).split('\r\n').filter(Boolean)).toEqual(['deelnemer;naam;certificaatnummer', expect.stringMatching(/;Sanne de Vries;K-0002$/)])
    // Revoking it later still works, and the verification page then says so.
    const revoke = await files.request(String(fixture.users.centreAdmin.email), 'POST', `/api/awards/${award.id}/revoke`, { reason: 'Ten onrechte uitgegeven' })
    expect(revoke.status, await revoke.clone().text()).toBe(200)
    expect((await checkCredentialId(payload, String(award.credentialId))).state).toBe('revoked')
  })

  it('is logged with counts only', async () => {
    const { docs } = await payload.find({ collection: 'audit-events', where: { type: { equals: 'participant.erased' } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ actor: fixture.users.centreAdmin.id, recordId: String(participant.id), detail: { participants: 1, trajectories: 1, referrals: 1, assessments: 1, observations: 1, reviews: 1, awards: 1, 'award-files': 1 } })
  })
})
