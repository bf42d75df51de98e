// The attack report of issue 11 replayed against the real CMS (an embedded PostgreSQL, Payload's
// REST and GraphQL handlers over HTTP behind the same guards as the Next.js routes): every
// request that once succeeded, leaked or answered 500 must now fail the way named here.
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoFixture, TINY_PNG, type DemoFixture, type Id } from '../../support/cms/demoFixture'
import { httpRequest, type HttpAnswer } from '../../support/cms/httpRequest'
import { serveRestApi } from '../../support/cms/serveRestApi'
import { startTestCms, type TestCms } from '../../support/cms/startTestCms'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../cms/src/seed/seedDemoData'

const STRONG = 'fiets-tulp-regen-43'

let cms: TestCms
let payload: Payload
let fixture: DemoFixture
let api: { url: string; close: () => Promise<void> }
let database: pg.Client

/** Each test plays its clients from its own loopback addresses, so their sign-in counts stay apart. */
let nextAddress = 10
const freshAddress = (): string => `127.0.0.${nextAddress++}`

const call = (path: string, options: Parameters<typeof httpRequest>[1] = {}): Promise<HttpAnswer> => httpRequest(`${api.url}${path}`, options)
const json = (body: unknown): string => JSON.stringify(body)

const login = (email: string, password: string, from = '127.0.0.1', headers: Record<string, string> = {}): Promise<HttpAnswer> =>
  call('/api/users/login', { body: json({ email, password }), from, headers })

const tokenOf = async (email: string, password = DEMO_PASSWORD, from = '127.0.0.2'): Promise<string> => {
  const answer = await login(email, password, from)
  expect(answer.status, answer.text).toBe(200)
  return answer.json<{ token: string }>().token
}
const auth = (token: string): Record<string, string> => ({ Authorization: `JWT ${token}` })

const graphql = (query: string, token?: string, from = '127.0.0.3'): Promise<HttpAnswer> =>
  call('/api/graphql', { body: json({ query }), from, headers: token ? auth(token) : {} })

/** A new account with a strong password, for tests that spend sign-in attempts. */
let accounts = 0
const newAccount = async (role = 'coach', centre: Id = fixture.centre.own): Promise<{ id: Id; email: string }> => {
  const email = `aanval${++accounts}.${Date.now()}@example.test`
  const user = await payload.create({ collection: 'users', data: { email, password: STRONG, role, centre } as never })
  return { id: user.id, email }
}

beforeAll(async () => {
  cms = await startTestCms({ seed: true })
  payload = cms.payload
  fixture = await loadDemoFixture(payload)
  const { default: config } = await import('../../../cms/src/payload.config')
  api = await serveRestApi(config, cms.databaseUrl)
  database = new pg.Client({ connectionString: cms.databaseUrl })
  await database.connect()
}, 180_000)

afterAll(async () => {
  await database?.end()
  await api?.close()
  await cms?.stop()
})

describe('finding 1: health notes reach other people', () => {
  const notes = 'Gezondheid: grove categorie.'
  let participant: Id

  beforeAll(async () => {
    const created = await payload.create({
      collection: 'participants',
      data: { centre: fixture.centre.own, coach: fixture.users.colleague, specialCategoryNotes: notes } as never,
    })
    participant = created.id
  })

  it('a coach who PATCHes a colleague\'s participant with their own id as coach gets no notes and changes no coach', async () => {
    const token = await tokenOf(DEMO_ACCOUNTS.coachRotterdam)
    const answer = await call(`/api/participants/${participant}`, { method: 'PATCH', body: json({ coach: fixture.users.coach.id }), headers: auth(token) })
    expect(answer.status).toBe(200)
    expect(answer.text).not.toContain(notes)
    expect('specialCategoryNotes' in answer.json<{ doc: object }>().doc).toBe(false)
    const stored = await payload.findByID({ collection: 'participants', id: participant, depth: 0 })
    expect(stored.coach).toBe(fixture.users.colleague)
  })

  it('a centre admin who reassigns the participant gets no notes in the response', async () => {
    const token = await tokenOf(DEMO_ACCOUNTS.centreAdminRotterdam)
    const answer = await call(`/api/participants/${participant}?depth=0`, { method: 'PATCH', body: json({ coach: fixture.users.coach.id }), headers: auth(token) })
    expect(answer.status).toBe(200)
    expect(answer.json<{ doc: { coach: Id } }>().doc.coach).toBe(fixture.users.coach.id)
    expect(answer.text).not.toContain(notes)
    const { docs } = await payload.find({ collection: 'audit-events' as never, where: { type: { equals: 'participant.coach-changed' }, recordId: { equals: String(participant) } } })
    expect(docs.length).toBe(1)
  })

  it('the new coach reads the notes, the previous one no longer does', async () => {
    const mine = await call(`/api/participants/${participant}`, { headers: auth(await tokenOf(DEMO_ACCOUNTS.coachRotterdam)) })
    expect(mine.json<{ specialCategoryNotes?: string }>().specialCategoryNotes).toBe(notes)
    const colleague = await payload.findByID({ collection: 'users', id: fixture.users.colleague, depth: 0 })
    const theirs = await call(`/api/participants/${participant}`, { headers: auth(await tokenOf(colleague.email, DEMO_PASSWORD)) })
    expect(theirs.text).not.toContain(notes)
  })

  it('platform admins do not read the notes either', async () => {
    const answer = await call(`/api/participants/${participant}`, { headers: auth(await tokenOf(DEMO_ACCOUNTS.admin)) })
    expect(answer.status).toBe(200)
    expect(answer.text).not.toContain(notes)
  })

  it('a centre admin cannot set another user\'s password (403) and the old one keeps working', async () => {
    const token = await tokenOf(DEMO_ACCOUNTS.centreAdminRotterdam)
    const answer = await call(`/api/users/${fixture.users.coach.id}`, { method: 'PATCH', body: json({ password: 'overgenomen-account-77' }), headers: auth(token) })
    expect(answer.status).toBe(403)
    expect(answer.text).toContain('password-set-by-owner-only')
    expect((await login(DEMO_ACCOUNTS.coachRotterdam, 'overgenomen-account-77', freshAddress())).status).toBe(401)
    expect((await login(DEMO_ACCOUNTS.coachRotterdam, DEMO_PASSWORD, freshAddress())).status).toBe(200)
  })

  it('an account a centre admin creates cannot sign in with the password the admin chose', async () => {
    const token = await tokenOf(DEMO_ACCOUNTS.centreAdminRotterdam)
    const email = `nieuw.${Date.now()}@example.test`
    const created = await call('/api/users', { body: json({ email, password: 'gekozen-door-beheer-58', role: 'coach' }), headers: auth(token) })
    expect(created.status).toBe(201)
    expect((await login(email, 'gekozen-door-beheer-58', freshAddress())).status).toBe(401)
  })

  it('a centre admin sends a reset link instead', async () => {
    const token = await tokenOf(DEMO_ACCOUNTS.centreAdminRotterdam)
    expect((await call(`/api/users/${fixture.users.coach.id}/send-reset-link`, { method: 'POST', headers: auth(token) })).status).toBe(200)
    expect((await call(`/api/users/${fixture.users.otherCentreCoach}/send-reset-link`, { method: 'POST', headers: auth(token) })).status).toBe(404)
  })
})

describe('finding 2: sign-in throttling does not hold', () => {
  it('rotating X-Forwarded-For from an untrusted client: 429 after a few wrong passwords', async () => {
    const { email } = await newAccount()
    const from = freshAddress()
    const statuses: number[] = []
    for (let attempt = 0; attempt < 30; attempt += 1) {
      statuses.push((await login(email, `fout-${attempt}-wachtwoord`, from, { 'X-Forwarded-For': `203.0.113.${attempt}` })).status)
    }
    // Five free attempts, then one more each time a doubling wait has run out.
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(9)
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(20)
  }, 120_000)

  it('believes X-Forwarded-For only from a proxy in TRUSTED_PROXIES', async () => {
    const proxy = freshAddress()
    process.env.TRUSTED_PROXIES = proxy
    try {
      const { email } = await newAccount()
      // Through the trusted proxy, one client's failures slow that client down, not another one.
      const statuses: number[] = []
      for (let attempt = 0; attempt < 10; attempt += 1) {
        statuses.push((await login(email, 'fout-wachtwoord-1', proxy, { 'X-Forwarded-For': '198.51.100.7' })).status)
      }
      expect(statuses).toContain(429)
      expect((await login(email, STRONG, proxy, { 'X-Forwarded-For': '198.51.100.8' })).status).toBe(200)
    } finally {
      delete process.env.TRUSTED_PROXIES
    }
  }, 120_000)

  it('GraphQL loginUser counts in the same buckets as REST', async () => {
    const { email } = await newAccount()
    const from = freshAddress()
    for (let attempt = 0; attempt < 10; attempt += 1) await login(email, 'fout-wachtwoord-3', from)
    // A doubling wait may just have run out: then the next attempt counts and starts a longer one.
    const texts: string[] = []
    for (let attempt = 0; attempt < 3; attempt += 1) {
      texts.push((await graphql(`mutation { loginUser(email: "${email}", password: "fout-wachtwoord-4") { token } }`, undefined, from)).text)
    }
    expect(texts.some((text) => text.includes('too-many-attempts'))).toBe(true)
  }, 120_000)

  it('GraphQL forgotPasswordUser is limited too', async () => {
    const { email } = await newAccount()
    const from = freshAddress()
    const texts: string[] = []
    for (let attempt = 0; attempt < 6; attempt += 1) texts.push((await graphql(`mutation { forgotPasswordUser(email: "${email}") }`, undefined, from)).text)
    expect(texts.filter((text) => text.includes('too-many-attempts')).length).toBeGreaterThan(0)
  })

  it('refuses 100 aliased loginUser calls in one request (400)', async () => {
    const aliases = Array.from({ length: 100 }, (_, index) => `a${index}: loginUser(email: "x@example.test", password: "p${index}") { token }`).join('\n')
    const answer = await graphql(`mutation { ${aliases} }`, undefined, freshAddress())
    expect(answer.status).toBe(400)
    expect(answer.text).toContain('graphql-auth-batching')
  })

  it('refuses auth mutations hidden in fragments or batched as an array', async () => {
    const fragment = await graphql('mutation { ...F } fragment F on Mutation { a: loginUser(email: "x@example.test", password: "p") { token } b: loginUser(email: "x@example.test", password: "q") { token } }')
    expect(fragment.status).toBe(400)
    const batch = await call('/api/graphql', { body: json([{ query: 'mutation { loginUser(email: "x@example.test", password: "p") { token } }' }]), from: freshAddress() })
    expect(batch.status).toBe(400)
  })

  it('junk logins from one address do not make the real user\'s correct password answer 429', async () => {
    const { email } = await newAccount()
    const attacker = freshAddress()
    for (let attempt = 0; attempt < 40; attempt += 1) await login(`niemand${attempt}@example.test`, 'fout-wachtwoord-5', attacker)
    expect((await login(email, STRONG, freshAddress())).status).toBe(200)
  }, 120_000)

  it('notes failed sign-ins in the audit trail', async () => {
    const { totalDocs } = await payload.count({ collection: 'audit-events' as never, where: { type: { equals: 'auth.sign-in-failed' } } })
    expect(totalDocs).toBeGreaterThan(0)
  })

  it('keeps the counts in PostgreSQL, hashed (no e-mail addresses)', async () => {
    const { rows } = await database.query('SELECT bucket FROM doorstart_auth_throttle')
    expect(rows.length).toBeGreaterThan(0)
    expect(JSON.stringify(rows)).not.toMatch(/@/)
  })
})

describe('finding 3: locking, unlocking, enumeration, weak passwords, endless sessions', () => {
  it('wrong passwords from an attacker do not lock the real user out, admins included', async () => {
    const realAddress = freshAddress()
    expect((await login(DEMO_ACCOUNTS.admin, DEMO_PASSWORD, realAddress)).status).toBe(200)
    const attacker = freshAddress()
    for (let attempt = 0; attempt < 15; attempt += 1) await login(DEMO_ACCOUNTS.admin, `fout-${attempt}`, attacker)
    expect((await login(DEMO_ACCOUNTS.admin, DEMO_PASSWORD, realAddress)).status).toBe(200)
  })

  it('slows the attacker down for a bounded time, never for good', async () => {
    const { email } = await newAccount()
    const from = freshAddress()
    for (let attempt = 0; attempt < 12; attempt += 1) await login(email, 'fout-wachtwoord-6', from)
    const answer = await login(email, STRONG, from)
    expect(answer.status).toBe(429)
    const retryAfter = answer.json<{ errors: { data?: { retryAfter?: number } }[] }>().errors[0]?.data?.retryAfter
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)
  })

  it('lets only admins and the account\'s own centre admin unlock', async () => {
    const { email } = await newAccount()
    const unlock = async (who: string): Promise<number> =>
      (await call('/api/users/unlock', { body: json({ email }), headers: auth(await tokenOf(who)), from: freshAddress() })).status
    expect(await unlock(DEMO_ACCOUNTS.policyViewer)).toBe(403)
    expect(await unlock(DEMO_ACCOUNTS.coachRotterdam)).toBe(403)
    expect(await unlock(DEMO_ACCOUNTS.centreAdminRotterdam)).toBe(200)
    expect(await unlock(DEMO_ACCOUNTS.admin)).toBe(200)
    const other = await newAccount('coach', fixture.centre.other)
    const answer = await call('/api/users/unlock', { body: json({ email: other.email }), headers: auth(await tokenOf(DEMO_ACCOUNTS.centreAdminRotterdam)), from: freshAddress() })
    expect(answer.status).toBe(403)
  })

  it('an unlock ends the waits', async () => {
    const { email } = await newAccount()
    const from = freshAddress()
    for (let attempt = 0; attempt < 12; attempt += 1) await login(email, 'fout-wachtwoord-7', from)
    expect((await login(email, STRONG, from)).status).toBe(429)
    await call('/api/users/unlock', { body: json({ email }), headers: auth(await tokenOf(DEMO_ACCOUNTS.admin)) })
    expect((await login(email, STRONG, from)).status).toBe(200)
  })

  it('answers known and unknown addresses the same, in similar time', async () => {
    const { email } = await newAccount()
    const known: HttpAnswer[] = []
    const unknown: HttpAnswer[] = []
    for (let attempt = 0; attempt < 4; attempt += 1) {
      known.push(await login(email, 'fout-wachtwoord-8', freshAddress()))
      unknown.push(await login(`onbekend${attempt}@example.test`, 'fout-wachtwoord-8', freshAddress()))
    }
    expect(new Set([...known, ...unknown].map((answer) => `${answer.status} ${answer.text}`)).size).toBe(1)
    const median = (answers: HttpAnswer[]): number => answers.map((answer) => answer.ms).sort((a, b) => a - b)[answers.length >> 1]!
    const ratio = median(known) / median(unknown)
    expect(ratio).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
  })

  it('refuses "abc" and other guessable passwords (400)', async () => {
    const { email } = await newAccount()
    const token = await tokenOf(email, STRONG)
    const me = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })
    for (const password of ['abc', 'wachtwoord123', 'doorstart-demo', 'password1234']) {
      const answer = await call(`/api/users/${me.docs[0]!.id}`, { method: 'PATCH', body: json({ password }), headers: auth(token) })
      expect(answer.status, password).toBe(400)
      expect(answer.text).toMatch(/password-too-(short|weak)/)
    }
    expect((await call(`/api/users/${me.docs[0]!.id}`, { method: 'PATCH', body: json({ password: 'lantaarn-paars-knikker-9' }), headers: auth(token) })).status).toBe(200)
  })

  it('ends a session 12 hours after sign-in however often it is refreshed', async () => {
    const { email, id } = await newAccount()
    const token = await tokenOf(email, STRONG)
    expect((await call('/api/users/refresh-token', { method: 'POST', headers: auth(token) })).status).toBe(200)
    await database.query(`UPDATE users_sessions SET created_at = now() - interval '11 hours' WHERE _parent_id = $1`, [id])
    const answer = await call('/api/users/refresh-token', { method: 'POST', headers: auth(token) })
    expect(answer.status).toBe(401)
    expect(answer.text).toContain('session-expired')
  })
})

describe('finding 4: a hidden BSN stays stored and queryable', () => {
  let participant: Id

  beforeAll(async () => {
    await payload.update({ collection: 'centres', id: fixture.centre.own, data: { bsnEnabled: true } })
    participant = (await payload.create({ collection: 'participants', data: { centre: fixture.centre.own, coach: fixture.users.coach.id, bsn: '111222333' } as never })).id
    await payload.update({ collection: 'centres', id: fixture.centre.own, data: { bsnEnabled: false } })
  })

  it('erases the stored BSN when the centre turns BSN off, with an audit note', async () => {
    const { rows } = await database.query('SELECT bsn FROM participants WHERE id = $1', [participant])
    expect(rows[0]!.bsn).toBeNull()
    const { docs } = await payload.find({ collection: 'audit-events' as never, where: { type: { equals: 'participant.bsn-erased' } } })
    expect(docs.length).toBeGreaterThan(0)
  })

  it('refuses where[bsn] and sort=bsn from a coach of a centre without BSN', async () => {
    const token = await tokenOf(DEMO_ACCOUNTS.coachRotterdam)
    const where = await call(`/api/participants/count?where[id][equals]=${participant}&where[bsn][like]=1112`, { headers: auth(token) })
    expect([400, 403]).toContain(where.status)
    expect(where.text).not.toContain('totalDocs')
    const sorted = await call('/api/participants?sort=bsn', { headers: auth(token) })
    expect([400, 403]).toContain(sorted.status)
    const graph = await graphql(`{ Participants(where: { bsn: { like: "1" } }) { totalDocs } }`, token)
    expect(graph.text).not.toContain('"totalDocs"')
  })
})

describe('finding 5: Payload\'s own collections keep Payload\'s default access', () => {
  let otherCentreLock: Id

  beforeAll(async () => {
    const otherParticipant = (await payload.find({ collection: 'participants', where: { centre: { equals: fixture.centre.other } }, limit: 1 })).docs[0]!
    otherCentreLock = (
      await payload.create({
        collection: 'payload-locked-documents',
        data: { document: { relationTo: 'participants', value: otherParticipant.id }, user: { relationTo: 'users', value: fixture.users.otherCentreCoach } } as never,
      })
    ).id
  })

  it('a policy viewer reads no lock records of another centre', async () => {
    const answer = await call('/api/payload-locked-documents?limit=100&depth=0', { headers: auth(await tokenOf(DEMO_ACCOUNTS.policyViewer)) })
    expect(answer.json<{ docs: { id: Id }[] }>().docs.map((doc) => doc.id)).not.toContain(otherCentreLock)
  })

  it('a lock is always in the name of whoever takes it, and never on another centre\'s document', async () => {
    const token = await tokenOf(DEMO_ACCOUNTS.coachRotterdam)
    const mine = (await payload.find({ collection: 'participants', where: { centre: { equals: fixture.centre.own } }, limit: 1 })).docs[0]!
    const created = await call('/api/payload-locked-documents?depth=0', {
      body: json({ document: { relationTo: 'participants', value: mine.id }, user: { relationTo: 'users', value: fixture.users.centreAdmin.id } }),
      headers: auth(token),
    })
    expect(created.status).toBe(201)
    expect(created.json<{ doc: { user: { value: Id } } }>().doc.user.value).toBe(fixture.users.coach.id)
    const theirs = (await payload.find({ collection: 'participants', where: { centre: { equals: fixture.centre.other } }, limit: 1 })).docs[0]!
    const foreign = await call('/api/payload-locked-documents', { body: json({ document: { relationTo: 'participants', value: theirs.id } }), headers: auth(token) })
    expect(foreign.status).toBe(403)
  })

  it('nobody deletes another user\'s lock', async () => {
    const answer = await call(`/api/payload-locked-documents/${otherCentreLock}`, { method: 'DELETE', headers: auth(await tokenOf(DEMO_ACCOUNTS.policyViewer)) })
    expect([403, 404]).toContain(answer.status)
    expect((await payload.find({ collection: 'payload-locked-documents', where: { id: { equals: otherCentreLock } } })).totalDocs).toBe(1)
  })

  it('preferences and jobs are out of reach', async () => {
    await payload.create({ collection: 'payload-preferences', data: { key: 'geheim', value: { x: 1 } } as never, user: fixture.users.admin as never })
    const token = await tokenOf(DEMO_ACCOUNTS.policyViewer)
    expect((await call('/api/payload-preferences?limit=100', { headers: auth(token) })).text).not.toContain('geheim')
    expect([403, 404]).toContain((await call('/api/payload-jobs', { headers: auth(token) })).status)
    expect([403, 404, 501]).toContain((await call('/api/payload-migrations', { headers: auth(token) })).status)
  })
})

describe('also: curricula, uploads, ladder versions', () => {
  it('a curriculum links only its own centre\'s and built-in learning goals', async () => {
    const builtin = (await payload.find({ collection: 'learning-goals', where: { centre: { exists: false } }, limit: 1, depth: 0 })).docs[0]!
    const { id: _id, createdAt: _c, updatedAt: _u, ...goal } = builtin as unknown as Record<string, unknown>
    const foreignGoal = await payload.create({ collection: 'learning-goals', data: { ...goal, goalId: `vreemd-${Date.now()}`, centre: fixture.centre.other } as never })
    const token = await tokenOf(DEMO_ACCOUNTS.centreAdminRotterdam)
    const answer = await call('/api/curricula', { body: json({ title: 'Diefstal', modules: [{ title: 'M', learningGoals: [foreignGoal.id] }] }), headers: auth(token) })
    expect(answer.status).toBe(400)
    expect(answer.text).toContain('learning-goal-other-centre')
  })

  it('stores uploads under random names, so a colliding name reveals nothing', async () => {
    const token = await tokenOf(DEMO_ACCOUNTS.centreAdminRotterdam)
    const upload = async (): Promise<string> => {
      const form = new FormData()
      form.append('file', new Blob([TINY_PNG], { type: 'image/png' }), 'logo.png')
      form.append('_payload', json({ alt: 'logo' }))
      const response = await fetch(`${api.url}/api/media`, { method: 'POST', body: form, headers: auth(token) })
      expect(response.status).toBe(201)
      return ((await response.json()) as { doc: { filename: string } }).doc.filename
    }
    const [first, second] = [await upload(), await upload()]
    expect(first).not.toMatch(/logo/)
    expect(second).not.toMatch(/logo|-1\./)
    expect(first).not.toBe(second)
  })

  it('a trajectory that references a ladder version does not freeze it', async () => {
    const ladder = (await payload.find({ collection: 'ladders', where: { centre: { exists: false } }, limit: 1, depth: 0 })).docs[0]!
    const participantId = (await payload.find({ collection: 'participants', where: { centre: { equals: fixture.centre.own } }, limit: 1 })).docs[0]!.id
    const token = await tokenOf(DEMO_ACCOUNTS.coachRotterdam)
    const created = await call('/api/trajectories', { body: json({ participant: participantId, ladder: ladder.id, startDate: '2026-03-01', policy: 'lpc-rotterdam' }), headers: auth(token) })
    expect(created.status).toBe(201)
    expect((await payload.findByID({ collection: 'ladders', id: ladder.id, depth: 0 })).inUse).toBe(false)
  })
})

describe('also: malformed requests answer 400 or 404, never 500', () => {
  let token: string
  beforeAll(async () => {
    token = await tokenOf(DEMO_ACCOUNTS.coachRotterdam)
  })

  const cases: [string, string, Parameters<typeof httpRequest>[1], number[]][] = [
    ['id abc', '/api/participants/abc', {}, [404]],
    ['a 20-digit id', '/api/participants/12345678901234567890', {}, [404]],
    ['page=-5', '/api/participants?page=-5', {}, [400]],
    ['limit=1e309', '/api/participants?limit=1e309', {}, [400]],
    ['where on id with text', '/api/participants?where[id][equals]=abc', {}, [200, 400]],
    ['a null body', '/api/participants', { body: 'null' }, [400]],
    ['a plain-text body', '/api/participants', { body: 'hallo', headers: { 'content-type': 'text/plain' } }, [400, 415]],
    ['plain text as JSON', '/api/participants', { body: 'hallo' }, [400]],
    ['a NUL byte in JSON', '/api/participants', { body: json({ workNotes: 'a\u0000b' }) }, [400]],
    ['a NUL byte in the query', '/api/participants?where[code][equals]=%00', {}, [400]],
    ['JSON nested 5,000 deep', '/api/participants', { body: `{"workNotes":${'['.repeat(5000)}${']'.repeat(5000)}}` }, [400]],
    ['a missing relationship id', '/api/participants', { body: json({ workplace: 999999 }) }, [400]],
    ['PATCH with a missing relationship id', '/api/trajectories', { body: json({ participant: 999999, startDate: '2026-01-01' }) }, [400]],
    ['malformed GraphQL', '/api/graphql', { body: json({ query: '{ Participants { docs { id ' }) }, [400]],
    ['GraphQL without a query', '/api/graphql', { body: json({}) }, [400]],
    ['GraphQL as plain text', '/api/graphql', { body: '{ Participants { docs { id } } }', headers: { 'content-type': 'text/plain' } }, [400, 415]],
  ]

  it.each(cases)('%s', async (_name, path, options, expected) => {
    const answer = await call(path, { ...options, headers: { ...auth(token), ...options?.headers } })
    expect(expected, answer.text).toContain(answer.status)
    expect(answer.text).not.toMatch(/Something went wrong|at .*\.(ts|js):\d+/)
  })

  it('refuses an unauthenticated 50 MB body to /api/graphql before reading it (413)', async () => {
    const answer = await call('/api/graphql', { method: 'POST', body: Buffer.alloc(50 * 1024 * 1024, 0x20), headers: { 'content-type': 'application/json' }, from: freshAddress() })
    expect(answer.status).toBe(413)
  })

  it('refuses a large JSON body without a declared length while reading it (413)', async () => {
    const answer = await call('/api/participants', { body: json({ workNotes: 'x'.repeat(3 * 1024 * 1024) }), headers: { ...auth(token), 'transfer-encoding': 'chunked' } })
    expect(answer.status).toBe(413)
  })

  it('does not suggest field names in GraphQL errors', async () => {
    const answer = await graphql('{ Participants { docs { bsnn } } }', token)
    expect(answer.text).toContain('bsnn')
    expect(answer.text).not.toMatch(/Did you mean/)
  })

  it('accepts cookies only from the server\'s own origin (CSRF allow-list)', async () => {
    const me = async (origin: string): Promise<unknown> =>
      (await call('/api/users/me', { headers: { Cookie: `payload-token=${token}`, Origin: origin } })).json<{ user: unknown }>().user
    expect(await me('https://evil.example')).toBeNull()
    expect(await me('http://127.0.0.1:3000')).not.toBeNull()
  })
})

describe('operations', () => {
  it('GET /api/health says the database is reachable and migrated', async () => {
    const answer = await call('/api/health')
    expect(answer.status).toBe(200)
    expect(answer.json()).toMatchObject({ status: 'ok', database: 'ok' })
  })
})
