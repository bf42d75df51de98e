// Assessments on the real embedded PostgreSQL: the server places the participant with
// @doorstart/ladder, whatever the client sends; assessments never change (REST, GraphQL, local
// API) except voiding by a centre admin; bad facts are refused with the field named in Dutch.
import { assess, builtinLadders } from '@doorstart/ladder'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoFixture, smallLadder, type DemoFixture, type Id } from '../support/cms/demoFixture'
import { serveRestApi } from '../support/cms/serveRestApi'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

let graphql: (request: Request) => Promise<Response>
let cms: TestCms
let payload: Payload
let fixture: DemoFixture
let api: { url: string; close: () => Promise<void> }
const tokens: Record<string, string> = {}
let participant: Id
let otherParticipant: Id
let ladder: Id

const login = async (email: string): Promise<string> => {
  const response = await fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'doorstart-demo' }),
  })
  return ((await response.json()) as { token: string }).token
}

const call = async (who: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> => {
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', Authorization: `JWT ${tokens[who]}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  return { status: response.status, json: text ? JSON.parse(text) : null }
}

const count = async (): Promise<number> => (await payload.count({ collection: 'assessments' })).totalDocs

beforeAll(async () => {
  cms = await startTestCms({ seed: true })
  payload = cms.payload
  fixture = await loadDemoFixture(payload)
  const { default: config } = await import('../../cms/src/payload.config')
  api = await serveRestApi(config, cms.databaseUrl)
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  graphql = GRAPHQL_POST(config) as never
  tokens.coach = await login('coach.rotterdam@demo.doorstart.nl')
  tokens.centreAdmin = await login('beheer.rotterdam@demo.doorstart.nl')
  tokens.supervisor = await login('werkbegeleider.rotterdam@demo.doorstart.nl')
  tokens.otherCoach = await login('coach.apeldoorn@demo.doorstart.nl')
  tokens.admin = await login('admin@demo.doorstart.nl')
  participant = (await payload.find({ collection: 'participants', where: { centre: { equals: fixture.centre.own } }, limit: 1 })).docs[0]!.id
  otherParticipant = (await payload.find({ collection: 'participants', where: { centre: { equals: fixture.centre.other } }, limit: 1 })).docs[0]!.id
  ladder = (await payload.find({ collection: 'ladders', where: { ladderId: { equals: 'participatieladder' } }, limit: 1 })).docs[0]!.id
})

afterAll(async () => {
  // Next's GraphQL route starts its own Payload (default cache key) on the same database.
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/src/payload.config')
  const graphqlPayload = await getPayload({ config })
  if (graphqlPayload !== payload) {
    ;(graphqlPayload.db as unknown as { pool?: { on: (event: string, listener: () => void) => void } }).pool?.on('error', () => {})
    await graphqlPayload.destroy()
  }
  await api?.close()
  await cms?.stop()
})

describe('POST /api/assessments', () => {
  const facts = { socialContactsPerWeek: 3, organisedActivityHoursPerWeek: 6, unpaidWork: { hoursPerWeek: 20, workExperiencePlace: true } }

  it('places the participant on the server with the library and returns the stored result', async () => {
    const { status, json } = await call('coach', 'POST', '/api/assessments?depth=0', { participant, ladder, asOf: '2026-11-02', facts })
    expect(status).toBe(201)
    const expected = assess(builtinLadders.participatieladder, facts, { asOf: '2026-11-02' }).toJSON()
    expect(json.doc).toMatchObject({
      ladderId: 'participatieladder',
      ladderVersion: builtinLadders.participatieladder.version,
      rung: expected.rung,
      provisional: expected.provisional,
      assessedBy: fixture.users.coach.id,
      voided: false,
    })
    expect(json.doc.result).toEqual(JSON.parse(JSON.stringify(expected)))
    expect(json.doc.rungLabel.nl).toBe('Trede 4: onbetaald werk')
    expect(json.doc.asOf.slice(0, 10)).toBe('2026-11-02')
  })

  it('ignores a rung, outcomes or assessor sent by the client', async () => {
    const { status, json } = await call('coach', 'POST', '/api/assessments?depth=0', {
      participant,
      ladder,
      asOf: '2026-11-02',
      facts: {},
      rung: 'betaald-werk',
      provisional: false,
      result: { rung: 'betaald-werk', rungs: [] },
      assessedBy: fixture.users.admin.id,
      voided: true,
    })
    expect(status).toBe(201)
    expect(json.doc.rung).toBe('geisoleerd')
    expect(json.doc.provisional).toBe(true)
    expect(json.doc.result.rungs).toHaveLength(6)
    expect(json.doc.assessedBy).toBe(fixture.users.coach.id)
    expect(json.doc.voided).toBe(false)
  })

  it("uses the centre's default ladder, the version in effect on the date, when none is named", async () => {
    const { status, json } = await call('coach', 'POST', '/api/assessments?depth=0', { participant, asOf: '2026-11-02', facts })
    expect(status).toBe(201)
    expect(json.doc.ladder).toBe(ladder)
    expect(json.doc.ladderId).toBe('participatieladder')
  })

  it('records the growth potential as a rung of the ladder', async () => {
    const { json } = await call('coach', 'POST', '/api/assessments?depth=0', { participant, ladder, asOf: '2026-11-02', facts, growthPotential: 'betaald-werk-met-ondersteuning' })
    expect(json.doc.growthPotential).toBe('betaald-werk-met-ondersteuning')
    expect(json.doc.growthPotentialLabel.nl).toMatch(/^Trede 5/)
  })

  it.each([
    [{ paidWork: { hoursPerWeek: -4 } }, 'facts.paidWork.hoursPerWeek', /^Contracturen betaald werk per week: moet tussen 0 en 168 liggen\.$/],
    [{ socialContactsPerWeek: 'veel' }, 'facts.socialContactsPerWeek', /^Sociale contacten buiten de deur per week: moet een heel getal zijn\.$/],
    [{ trajectory: { startedOn: '2026-02-30' } }, 'facts.trajectory.startedOn', /^Startdatum van het traject: moet een datum zijn die bestaat\.$/],
    [{ unpaidWork: { hoursPerweek: 3 } }, 'facts.unpaidWork.hoursPerweek', /^Onbetaald werk \(hoursPerweek\): bestaat niet; controleer de spelling\.$/],
  ])('refuses %j with a 400 naming the field in Dutch, and stores nothing', async (bad, path, message) => {
    const before = await count()
    const { status, json } = await call('coach', 'POST', '/api/assessments', { participant, ladder, asOf: '2026-11-02', facts: bad })
    expect(status).toBe(400)
    const errors = json.errors[0].data.errors as { path: string; message: string }[]
    expect(errors).toContainEqual({ path, message: expect.stringMatching(message) })
    expect(await count()).toBe(before)
  })

  it('refuses a growth potential that is no rung of the ladder', async () => {
    const { status, json } = await call('coach', 'POST', '/api/assessments', { participant, ladder, asOf: '2026-11-02', facts, growthPotential: 'astronaut' })
    expect(status).toBe(400)
    expect(json.errors[0].data.errors[0]).toMatchObject({ path: 'growthPotential', message: 'Groeipotentie: kies een trede van deze ladder.' })
  })

  it("refuses another centre's participant and a supervisor", async () => {
    const before = await count()
    expect((await call('coach', 'POST', '/api/assessments', { participant: otherParticipant, ladder, asOf: '2026-11-02', facts })).status).toBe(403)
    expect((await call('supervisor', 'POST', '/api/assessments', { participant, ladder, asOf: '2026-11-02', facts })).status).toBe(403)
    expect(await count()).toBe(before)
  })

  it('locks the ladder version it used', async () => {
    const doc = await payload.findByID({ collection: 'ladders', id: ladder, depth: 0 })
    expect(doc.inUse).toBe(true)
  })

  it("refuses a centre's own ladder version to another centre, also once it is in use", async () => {
    const rungs = [
      { rungId: 'start', title: { nl: 'Start' }, criteria: [] },
      { rungId: 'contact', title: { nl: 'Contact' }, criteria: [{ criterionId: 'ziet-mensen', title: { nl: 'Ziet mensen' }, rule: { '>=': [{ var: 'socialContactsPerWeek' }, 1] } }] },
    ]
    const own = await payload.create({ collection: 'ladders', data: { ...smallLadder('eigen-ladder', fixture.centre.own), rungs } as never })
    for (let round = 0; round < 2; round += 1) {
      const { status, json } = await call('coach', 'POST', '/api/assessments?depth=0', { participant, ladder: own.id, asOf: '2026-11-02', facts: { socialContactsPerWeek: 2 } })
      expect(status, JSON.stringify(json)).toBe(201)
      expect(json.doc.rung).toBe('contact')
    }
    expect((await payload.findByID({ collection: 'ladders', id: own.id, depth: 0 })).inUse).toBe(true)
    const before = await count()
    const { status, json } = await call('otherCoach', 'POST', '/api/assessments', { participant: otherParticipant, ladder: own.id, asOf: '2026-11-02', facts: {} })
    expect(status).toBe(400)
    expect(json.errors[0].data.errors[0]).toMatchObject({ path: 'ladder', message: 'Ladder: onbekende ladder voor dit centrum.' })
    expect(await count()).toBe(before)
  })

  it('derives the workplace kind from the placement for a ladder that reads it', async () => {
    const pluspunt = (await payload.find({ collection: 'centres', where: { slug: { equals: 'pluspunt' } } })).docs[0]!.id
    const workplace = await payload.create({ collection: 'workplaces', data: { name: 'Voedseltuin test', sector: 'garden', kind: 'societal', centre: pluspunt } as never })
    const person = await payload.create({ collection: 'participants', data: { centre: pluspunt, workplace: workplace.id } as never })
    const werkladder = (await payload.find({ collection: 'ladders', where: { ladderId: { equals: 'pluspunt-participatie-werk' } } })).docs[0]!.id
    const coach = (await payload.find({ collection: 'users', where: { email: { equals: 'coach.pluspunt@demo.doorstart.nl' } } })).docs[0]!
    // The second time the ladder version is in use and known before the participant is read.
    for (let round = 0; round < 2; round += 1) {
      const doc = await payload.create({
        collection: 'assessments',
        data: { participant: person.id, ladder: werkladder, asOf: '2026-11-02', facts: {} } as never,
        user: { ...coach, collection: 'users' } as never,
        overrideAccess: false,
      })
      expect(doc.rung).toBe('maatschappelijke-werkplaats')
      expect((doc.facts as { workplace?: unknown }).workplace).toEqual({ kind: 'societal' })
    }
  })

  it('fills in the learning goals for a ladder that reads them, also once the version is in use', async () => {
    const pluspunt = (await payload.find({ collection: 'centres', where: { slug: { equals: 'pluspunt' } } })).docs[0]!.id
    const goal = (await payload.find({ collection: 'learning-goals', where: { goalId: { equals: 'punctuality' } } })).docs[0]!.id
    const person = await payload.create({ collection: 'participants', data: { centre: pluspunt, learningGoals: [{ goal, status: 'active' }] } as never })
    const zorgladder = (await payload.find({ collection: 'ladders', where: { ladderId: { equals: 'pluspunt-zorg-participatie' } } })).docs[0]!.id
    const coach = (await payload.find({ collection: 'users', where: { email: { equals: 'coach.pluspunt@demo.doorstart.nl' } } })).docs[0]!
    for (let round = 0; round < 2; round += 1) {
      const doc = await payload.create({
        collection: 'assessments',
        data: { participant: person.id, ladder: zorgladder, asOf: '2026-11-02', facts: {} } as never,
        user: { ...coach, collection: 'users' } as never,
        overrideAccess: false,
      })
      expect((doc.facts as { learningGoals?: unknown }).learningGoals).toEqual([{ goal: 'punctuality', status: 'active' }])
    }
  })
})

describe('assessments are append-only', () => {
  let id: Id
  beforeAll(async () => {
    id = (await call('coach', 'POST', '/api/assessments?depth=0', { participant, ladder, asOf: '2026-10-01', facts: { socialContactsPerWeek: 1 } })).json.doc.id
  })

  it.each(['coach', 'centreAdmin', 'admin'])('refuses REST updates and deletes (%s)', async (who) => {
    expect((await call(who, 'PATCH', `/api/assessments/${id}`, { rung: 'betaald-werk' })).status).toBe(403)
    expect((await call(who, 'DELETE', `/api/assessments/${id}`)).status).toBe(403)
  })

  it('refuses GraphQL updates and deletes', async () => {
    for (const query of [`mutation { updateAssessment(id: ${id}, data: { growthPotential: "betaald-werk" }) { id } }`, `mutation { deleteAssessment(id: ${id}) { id } }`]) {
      const response = await graphql(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', Authorization: `JWT ${tokens.admin}` },
          body: JSON.stringify({ query }),
        }),
      )
      const json = (await response.json()) as { errors?: { message: string }[] }
      expect(json.errors?.[0]?.message, JSON.stringify(json)).toBeTruthy()
    }
  })

  it('refuses local API updates and deletes without overrideAccess, even for an admin', async () => {
    const access = { user: fixture.users.admin as never, overrideAccess: false }
    await expect(payload.update({ collection: 'assessments', id, data: { growthPotential: 'betaald-werk' } as never, ...access })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'assessments', id, ...access })).rejects.toMatchObject({ status: 403 })
    const doc = await payload.findByID({ collection: 'assessments', id })
    expect(doc.rung).toBe('sociale-contacten')
    expect(doc.growthPotential ?? null).toBeNull()
  })

  it('keeps the stored result even when the server itself writes with overrideAccess', async () => {
    await payload.update({ collection: 'assessments', id, data: { rung: 'betaald-werk', facts: {} } as never })
    expect((await payload.findByID({ collection: 'assessments', id })).rung).toBe('sociale-contacten')
  })
})

describe('POST /api/assessments/:id/void', () => {
  let id: Id
  beforeAll(async () => {
    id = (await call('coach', 'POST', '/api/assessments?depth=0', { participant, ladder, asOf: '2026-10-01', facts: { socialContactsPerWeek: 2 } })).json.doc.id
  })

  it('is refused to a coach and to another centre', async () => {
    expect((await call('coach', 'POST', `/api/assessments/${id}/void`, { reason: 'Verkeerde deelnemer' })).status).toBe(403)
    const other = await payload.create({
      collection: 'users',
      data: { email: 'beheer.apeldoorn@example.test', password: 'doorstart-demo', role: 'centre-admin', centre: fixture.centre.other } as never,
    })
    void other
    tokens.otherAdmin = await login('beheer.apeldoorn@example.test')
    expect((await call('otherAdmin', 'POST', `/api/assessments/${id}/void`, { reason: 'Verkeerde deelnemer' })).status).toBe(404)
  })

  it('needs a reason', async () => {
    const { status, json } = await call('centreAdmin', 'POST', `/api/assessments/${id}/void`, { reason: '  ' })
    expect(status).toBe(400)
    expect(json.errors[0].message).toMatch(/^Geef een reden op/)
  })

  it('marks it voided with the reason, who and when, and keeps it visible and unchanged', async () => {
    const { status, json } = await call('centreAdmin', 'POST', `/api/assessments/${id}/void`, { reason: 'Verkeerde deelnemer gekozen' })
    expect(status).toBe(200)
    expect(json.doc).toMatchObject({ voided: true, voidReason: 'Verkeerde deelnemer gekozen', voidedBy: fixture.users.centreAdmin.id, rung: 'sociale-contacten' })
    const read = await call('coach', 'GET', `/api/assessments/${id}?depth=0`)
    expect(read.status).toBe(200)
    expect(read.json).toMatchObject({ voided: true, rung: 'sociale-contacten' })
    expect(Date.parse(read.json.voidedAt)).toBeGreaterThan(Date.now() - 60_000)
  })

  it('refuses to void twice', async () => {
    expect((await call('centreAdmin', 'POST', `/api/assessments/${id}/void`, { reason: 'Nogmaals' })).status).toBe(409)
  })

  it('leaves one event for the creation and one for the voiding in the audit trail', async () => {
    const { docs } = await payload.find({ collection: 'audit-events', where: { and: [{ recordCollection: { equals: 'assessments' } }, { recordId: { equals: String(id) } }] }, sort: 'id', depth: 0 })
    expect(docs.map((event) => event.type)).toEqual(['assessment.created', 'assessment.voided'])
    expect(docs[0]).toMatchObject({
      actor: fixture.users.coach.id,
      centre: fixture.centre.own,
      detail: { ladder: 'participatieladder', version: builtinLadders.participatieladder.version, provisional: expect.any(Boolean) },
    })
    expect(docs[1]).toMatchObject({ actor: fixture.users.centreAdmin.id, centre: fixture.centre.own })
  })
})

describe('reading assessments', () => {
  it('hides them from work supervisors and other centres', async () => {
    const own = await call('coach', 'GET', '/api/assessments?limit=100&depth=0')
    expect(own.json.totalDocs).toBeGreaterThan(0)
    expect((await call('supervisor', 'GET', '/api/assessments?depth=0')).status).toBe(403)
    const other = await call('otherCoach', 'GET', '/api/assessments?limit=100&depth=0')
    expect(other.json.docs.filter((doc: { centre: Id }) => doc.centre === fixture.centre.own)).toEqual([])
  })
})
