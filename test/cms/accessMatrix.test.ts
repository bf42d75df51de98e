// The access matrix: every role × collection × create/read/update/delete, on documents of the
// user's own centre and of another centre, through the local API with access enforced
// (`overrideAccess: false`), which is what REST and GraphQL call. Any difference from the
// table below is a failure, so an unexpected allow can never pass silently.
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoFixture, smallLadder, TINY_PNG, type DemoFixture, type Id } from '../support/cms/demoFixture'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

type Op = 'create' | 'read' | 'update' | 'delete'
type Role = 'admin' | 'centreAdmin' | 'coach' | 'supervisor' | 'policyViewer'
/** own/other: a document of the user's centre or of another; the rest are special cases. */
type Scope = 'own' | 'other' | 'builtin' | 'own-workplace' | 'self' | 'admin' | 'new'

const ROLES: Role[] = ['admin', 'centreAdmin', 'coach', 'supervisor', 'policyViewer']

const SCOPES: Record<string, Record<Op, Scope[]>> = {
  centres: { create: ['new'], read: ['own', 'other'], update: ['own', 'other'], delete: ['other'] },
  workplaces: { create: ['own', 'other'], read: ['own', 'other'], update: ['own', 'other'], delete: ['own', 'other'] },
  ladders: { create: ['own', 'other'], read: ['own', 'other', 'builtin'], update: ['own', 'other', 'builtin'], delete: ['own', 'other', 'builtin'] },
  'learning-goals': { create: ['own', 'other'], read: ['own', 'other', 'builtin'], update: ['own', 'other', 'builtin'], delete: ['own', 'other', 'builtin'] },
  curricula: { create: ['own', 'other'], read: ['own', 'other'], update: ['own', 'other'], delete: ['own', 'other'] },
  media: { create: ['own', 'other'], read: ['own', 'other'], update: ['own', 'other'], delete: ['own', 'other'] },
  participants: { create: ['own', 'other'], read: ['own-workplace', 'own', 'other'], update: ['own-workplace', 'own', 'other'], delete: ['own-workplace', 'own', 'other'] },
  trajectories: { create: ['own', 'other'], read: ['own', 'other'], update: ['own', 'other'], delete: ['own', 'other'] },
  users: { create: ['own', 'other'], read: ['self', 'own', 'other', 'admin'], update: ['self', 'own', 'other', 'admin'], delete: ['self', 'own', 'other', 'admin'] },
  assessments: { create: ['own', 'other'], read: ['own', 'other'], update: ['own', 'other'], delete: ['own', 'other'] },
  observations: { create: ['own-workplace', 'own', 'other'], read: ['own-workplace', 'own', 'other'], update: ['own-workplace', 'own', 'other'], delete: ['own-workplace', 'own', 'other'] },
  reviews: { create: ['own', 'other'], read: ['own', 'other'], update: ['own', 'other'], delete: ['own', 'other'] },
  activities: { create: ['own', 'other'], read: ['own', 'other'], update: ['own', 'other'], delete: ['own', 'other'] },
  'audit-events': { create: ['own', 'other'], read: ['own', 'other'], update: ['own', 'other'], delete: ['own', 'other'] },
  awards: { create: ['own', 'other'], read: ['own-workplace', 'own', 'other'], update: ['own-workplace', 'own', 'other'], delete: ['own-workplace', 'own', 'other'] },
  'award-batches': { create: ['own', 'other'], read: ['own', 'other'], update: ['own', 'other'], delete: ['own', 'other'] },
  'award-files': { create: ['own'], read: ['own', 'other'], update: ['own', 'other'], delete: ['own', 'other'] },
  'issuer-keys': { create: ['own'], read: ['own', 'other'], update: ['own', 'other'], delete: ['own', 'other'] },
  referrals: { create: ['own', 'other'], read: ['own', 'other'], update: ['own', 'other'], delete: ['own', 'other'] },
  'refusal-reasons': { create: ['own', 'other'], read: ['own', 'other', 'builtin'], update: ['own', 'other', 'builtin'], delete: ['own', 'other', 'builtin'] },
}

/**
 * Refused for every role, admins included: the audit trail (append-only: written by the server
 * alone), assessments (append-only; voided through their own endpoint), a bulk upload once made,
 * the stored certificate files (served only by the award endpoints) and issuer keys (made and
 * rotated by the server only).
 */
const NEVER: Record<string, Op[]> = {
  'audit-events': ['create', 'update', 'delete'],
  assessments: ['update', 'delete'],
  'award-batches': ['update', 'delete'],
  'award-files': ['create', 'read', 'update', 'delete'],
  'issuer-keys': ['create', 'update', 'delete'],
}

/** What each non-admin role may do; anything not listed is refused. Admins may do everything. */
const ALLOWED: Record<Exclude<Role, 'admin'>, Record<string, Partial<Record<Op, Scope[]>>>> = {
  centreAdmin: {
    centres: { read: ['own'], update: ['own'] },
    workplaces: { create: ['own'], read: ['own'], update: ['own'], delete: ['own'] },
    ladders: { create: ['own'], read: ['own', 'builtin'], update: ['own'], delete: ['own'] },
    'learning-goals': { create: ['own'], read: ['own', 'builtin'], update: ['own'], delete: ['own'] },
    curricula: { create: ['own'], read: ['own'], update: ['own'], delete: ['own'] },
    media: { create: ['own'], read: ['own'], update: ['own'], delete: ['own'] },
    participants: { create: ['own'], read: ['own-workplace', 'own'], update: ['own-workplace', 'own'], delete: ['own-workplace', 'own'] },
    trajectories: { create: ['own'], read: ['own'], update: ['own'], delete: ['own'] },
    users: { create: ['own'], read: ['self', 'own'], update: ['self', 'own'], delete: ['own'] },
    'audit-events': { read: ['own'] },
    assessments: { create: ['own'], read: ['own'] },
    observations: { create: ['own-workplace', 'own'], read: ['own-workplace', 'own'], update: ['own-workplace', 'own'], delete: ['own-workplace', 'own'] },
    reviews: { create: ['own'], read: ['own'], update: ['own'], delete: ['own'] },
    activities: { create: ['own'], read: ['own'], update: ['own'], delete: ['own'] },
    awards: { create: ['own'], read: ['own-workplace', 'own'], update: ['own-workplace', 'own'], delete: ['own-workplace', 'own'] },
    'award-batches': { create: ['own'], read: ['own'] },
    'issuer-keys': { read: ['own'] },
    referrals: { create: ['own'], read: ['own'], update: ['own'], delete: ['own'] },
    'refusal-reasons': { create: ['own'], read: ['own', 'builtin'], update: ['own'], delete: ['own'] },
  },
  coach: {
    centres: { read: ['own'] },
    workplaces: { read: ['own'] },
    ladders: { read: ['own', 'builtin'] },
    'learning-goals': { read: ['own', 'builtin'] },
    curricula: { read: ['own'] },
    media: { create: ['own'], read: ['own'] },
    participants: { create: ['own'], read: ['own-workplace', 'own'], update: ['own-workplace', 'own'] },
    trajectories: { create: ['own'], read: ['own'], update: ['own'] },
    users: { read: ['self', 'own'], update: ['self'] },
    assessments: { create: ['own'], read: ['own'] },
    observations: { create: ['own-workplace', 'own'], read: ['own-workplace', 'own'], update: ['own-workplace', 'own'] },
    reviews: { create: ['own'], read: ['own'], update: ['own'] },
    activities: { read: ['own'] },
    awards: { create: ['own'], read: ['own-workplace', 'own'], update: ['own-workplace', 'own'] },
    'award-batches': { create: ['own'], read: ['own'] },
    referrals: { create: ['own'], read: ['own'], update: ['own'] },
    'refusal-reasons': { read: ['own', 'builtin'] },
  },
  supervisor: {
    centres: { read: ['own'] },
    workplaces: { read: ['own'] },
    ladders: { read: ['own', 'builtin'] },
    'learning-goals': { read: ['own', 'builtin'] },
    curricula: { read: ['own'] },
    media: { read: ['own'] },
    participants: { read: ['own-workplace'], update: ['own-workplace'] },
    users: { read: ['self'], update: ['self'] },
    // Only at their own workplace; updates only of their own observations (the fixture's are theirs).
    observations: { create: ['own-workplace'], read: ['own-workplace'], update: ['own-workplace'] },
    activities: { read: ['own'] },
    awards: { read: ['own-workplace'] },
    'refusal-reasons': { read: ['own', 'builtin'] },
  },
  policyViewer: {
    centres: { read: ['own'] },
    workplaces: { read: ['own'] },
    ladders: { read: ['own', 'builtin'] },
    'learning-goals': { read: ['own', 'builtin'] },
    curricula: { read: ['own'] },
    media: { read: ['own'] },
    users: { read: ['self'], update: ['self'] },
    activities: { read: ['own'] },
    'refusal-reasons': { read: ['own', 'builtin'] },
  },
}

const isAllowed = (role: Role, collection: string, op: Op, scope: Scope): boolean =>
  !(NEVER[collection] ?? []).includes(op) && (role === 'admin' || (ALLOWED[role][collection]?.[op] ?? []).includes(scope))

let cms: TestCms
let payload: Payload
let fixture: DemoFixture
let counter = 0
const unique = (prefix: string): string => `${prefix}-${(counter += 1)}`

const centreOf = (scope: Scope): Id | null =>
  scope === 'other' ? fixture.centre.other : scope === 'builtin' || scope === 'admin' ? null : fixture.centre.own

/** Valid data for a new document in the given scope (for creates, and fresh documents to delete). */
const newDocument = async (collection: string, scope: Scope): Promise<Record<string, unknown>> => {
  const centre = centreOf(scope)
  switch (collection) {
    case 'centres':
      return { name: unique('Centrum'), slug: unique('centrum') }
    case 'workplaces':
      return { name: unique('Werkplek'), sector: 'kitchen', centre }
    case 'ladders':
      return smallLadder(unique('ladder'), centre)
    case 'learning-goals':
      return { goalId: unique('goal'), title: { nl: 'Doel' }, competence: 'language', centre }
    case 'curricula':
      return { title: unique('Curriculum'), centre }
    case 'media':
      return { alt: unique('media'), centre }
    case 'participants':
      return {
        centre,
        workplace: scope === 'other' ? fixture.workplace.other : scope === 'own-workplace' ? fixture.workplace.own : fixture.workplace.ownOther,
        coach: scope === 'other' ? fixture.users.otherCentreCoach : fixture.users.coach.id,
      }
    case 'trajectories': {
      const participant = await payload.create({ collection: 'participants', data: (await newDocument('participants', scope)) as never })
      return { participant: participant.id, centre, startDate: '2026-03-01', policy: 'lpc-rotterdam' }
    }
    case 'assessments':
      return {
        participant: await participantFor(scope),
        ladder: builtinLadderId,
        asOf: '2026-03-01',
        facts: { socialContactsPerWeek: 2 },
        centre,
      }
    case 'observations':
      return {
        participant: await participantFor(scope),
        learningGoal: builtinGoalId,
        observedOn: '2026-03-02',
        level: 3,
        note: 'Op tijd begonnen.',
        centre,
      }
    case 'reviews': {
      const trajectory = await payload.create({ collection: 'trajectories', data: (await newDocument('trajectories', scope)) as never })
      return { trajectory: trajectory.id, decision: 'continue', reviewedOn: '2026-03-02', centre }
    }
    case 'activities':
      return {
        name: { nl: unique('Keuken') },
        kind: 'work',
        workplace: scope === 'other' ? fixture.workplace.other : fixture.workplace.own,
        weekday: 1,
        startTime: '09:00',
        hours: 4,
        centre,
      }
    case 'awards': {
      const participant = await payload.create({ collection: 'participants', data: (await newDocument('participants', scope)) as never })
      return {
        participant: participant.id,
        centre,
        kind: 'getuigschrift',
        locale: 'nl',
        recipient: { name: unique('Naam') },
        achievement: { title: 'Keukenhulp', competences: ['Werkt hygiënisch'] },
      }
    }
    case 'award-batches': {
      const participant = await payload.create({ collection: 'participants', data: (await newDocument('participants', scope)) as never })
      return {
        name: unique('Groep'),
        centre,
        kind: 'getuigschrift',
        locale: 'nl',
        achievement: { title: 'Keukenhulp', competences: ['Werkt hygiënisch'] },
        csv: `deelnemer,naam\n${String(participant.code)},${unique('Naam')}\n`,
      }
    }
    case 'award-files': {
      const award = await payload.create({ collection: 'awards', data: (await newDocument('awards', scope)) as never })
      return { award: award.id, centre, pdf: 'JVBERi0=', pdfSha256: '0', jwt: 'a.b.c', credential: {} }
    }
    case 'issuer-keys':
      return { kid: unique('kid'), algorithm: 'Ed25519', status: 'active', publicJwk: { kty: 'OKP', crv: 'Ed25519', x: 'x' }, privateKeyEncrypted: 'v1.a.b.c', centre }
    case 'users':
      return {
        email: `${unique('user')}@example.test`,
        password: 'fiets-tulp-regen-43',
        role: scope === 'admin' ? 'admin' : 'coach',
        centre,
      }
    case 'referrals':
      return { source: 'self', receivedOn: '2026-03-01', centre }
    case 'refusal-reasons':
      return { code: unique('reden'), label: { nl: 'Reden' }, centre }
    case 'audit-events':
      return { type: 'participant.exported', centre, recordCollection: 'participants', recordId: '1' }
    default:
      throw new Error(`no data for ${collection}`)
  }
}

let builtinLadderId: Id
let builtinGoalId: Id
const participantIds: Partial<Record<Scope, Id>> = {}

/** A participant in the scope (created once): at the supervisor's workplace, elsewhere in the centre, or in another centre. */
const participantFor = async (scope: Scope): Promise<Id> => {
  participantIds[scope] ??= (await payload.create({ collection: 'participants', data: (await newDocument('participants', scope)) as never })).id
  return participantIds[scope]
}

const createAsSystem = async (collection: string, scope: Scope): Promise<Id> => {
  const data = await newDocument(collection, scope)
  const file = collection === 'media' ? { data: TINY_PNG, mimetype: 'image/png', name: `${unique('pixel')}.png`, size: TINY_PNG.length } : undefined
  const doc = await payload.create({ collection: collection as CollectionSlug, data: data as never, ...(file ? { file } : {}) })
  return doc.id
}

/** An observation recorded by the given user (the fixture's supervisor), written by the system. */
const createObservationBy = async (observer: Id, scope: Scope): Promise<Id> =>
  (await payload.create({ collection: 'observations', data: { ...(await newDocument('observations', scope)), observer, observerRole: 'supervisor' } as never })).id

/** Existing documents per collection and scope, for reads and updates. */
const existing: Record<string, Partial<Record<Scope, Id>>> = {}

const UPDATES: Record<string, Record<string, unknown>> = {
  centres: { city: 'Rotterdam' },
  workplaces: { location: 'Updated' },
  ladders: { description: { en: 'Updated' } },
  'learning-goals': { description: { en: 'Updated' } },
  curricula: { title: 'Updated' },
  media: { alt: 'Updated' },
  participants: { workNotes: 'Updated' },
  trajectories: { policy: 'lpc-rotterdam' },
  users: { name: 'Updated' },
  'audit-events': { recordId: '2' },
  assessments: { growthPotential: 'betaald-werk' },
  observations: { note: 'Updated' },
  reviews: { note: 'Updated' },
  activities: { hours: 3 },
  awards: { certificateNumber: 'LPC-2026-0001' },
  'award-batches': { name: 'Updated' },
  'award-files': { pdfSha256: 'updated' },
  'issuer-keys': { status: 'retired' },
  referrals: { note: 'Updated' },
  'refusal-reasons': { label: { en: 'Updated' } },
}

const userFor = (role: Role): Record<string, unknown> => fixture.users[role]

/** `allow` when the call succeeds, `deny` when Payload refuses it as forbidden or not found. */
const outcome = async (call: () => Promise<unknown>): Promise<'allow' | 'deny'> => {
  try {
    await call()
    return 'allow'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) return 'deny'
    throw error
  }
}

const run = async (role: Role, collection: string, op: Op, scope: Scope): Promise<'allow' | 'deny'> => {
  const user = userFor(role) as never
  const slug = collection as CollectionSlug
  const access = { user, overrideAccess: false, depth: 0 } as const
  const targetId = (): Id => {
    if (scope === 'self') return userFor(role).id as Id
    const id = existing[collection]?.[scope]
    if (id === undefined) throw new Error(`no ${scope} ${collection}`)
    return id
  }
  switch (op) {
    case 'create': {
      const data = await newDocument(collection, scope)
      const file = collection === 'media' ? { data: TINY_PNG, mimetype: 'image/png', name: `${unique('pixel')}.png`, size: TINY_PNG.length } : undefined
      return outcome(() => payload.create({ collection: slug, data: data as never, ...access, ...(file ? { file } : {}) }))
    }
    case 'read': {
      const id = targetId()
      const byId = await outcome(() => payload.findByID({ collection: slug, id, ...access }))
      let listed: 'allow' | 'deny' = 'deny'
      await outcome(async () => {
        const { docs } = await payload.find({ collection: slug, where: { id: { equals: id } }, ...access })
        if (docs.length === 1) listed = 'allow'
      })
      // The list and the single read must agree.
      expect(listed).toBe(byId)
      return byId
    }
    case 'update':
      return outcome(() => payload.update({ collection: slug, id: targetId(), data: UPDATES[collection] as never, ...access }))
    case 'delete': {
      const id = scope === 'self' ? targetId() : await createAsSystem(collection, scope)
      return outcome(() => payload.delete({ collection: slug, id, ...access }))
    }
  }
}

beforeAll(async () => {
  cms = await startTestCms({ seed: true })
  payload = cms.payload
  fixture = await loadDemoFixture(payload)
  const { own, other } = fixture.centre
  const first = async (collection: CollectionSlug, where: Record<string, unknown>): Promise<Id> =>
    (await payload.find({ collection, where: where as never, depth: 0, limit: 1 })).docs[0]!.id
  existing.centres = { own, other }
  existing.workplaces = { own: fixture.workplace.own, other: fixture.workplace.other }
  existing.ladders = {
    own: await createAsSystem('ladders', 'own'),
    other: await createAsSystem('ladders', 'other'),
    builtin: await first('ladders', { ladderId: { equals: 'werknemersvaardigheden' } }),
  }
  existing['learning-goals'] = {
    own: await createAsSystem('learning-goals', 'own'),
    other: await createAsSystem('learning-goals', 'other'),
    builtin: await first('learning-goals', { goalId: { equals: 'punctuality' } }),
  }
  existing.curricula = { own: await first('curricula', { centre: { equals: own } }), other: await first('curricula', { centre: { equals: other } }) }
  existing.media = { own: await createAsSystem('media', 'own'), other: await createAsSystem('media', 'other') }
  existing.participants = {
    'own-workplace': await first('participants', { workplace: { equals: fixture.workplace.own } }),
    own: await first('participants', { workplace: { equals: fixture.workplace.ownOther } }),
    other: await first('participants', { centre: { equals: other } }),
  }
  existing.trajectories = { own: await first('trajectories', { centre: { equals: own } }), other: await first('trajectories', { centre: { equals: other } }) }
  existing.referrals = { own: await createAsSystem('referrals', 'own'), other: await createAsSystem('referrals', 'other') }
  existing['refusal-reasons'] = {
    own: await createAsSystem('refusal-reasons', 'own'),
    other: await createAsSystem('refusal-reasons', 'other'),
    builtin: await first('refusal-reasons', { code: { equals: 'no-place' } }),
  }
  existing['audit-events'] = { own: await createAsSystem('audit-events', 'own'), other: await createAsSystem('audit-events', 'other') }
  builtinLadderId = await first('ladders', { ladderId: { equals: 'participatieladder' } })
  builtinGoalId = existing['learning-goals'].builtin as Id
  existing.assessments = { own: await createAsSystem('assessments', 'own'), other: await createAsSystem('assessments', 'other') }
  existing.observations = {
    'own-workplace': await createObservationBy(fixture.users.supervisor.id as Id, 'own-workplace'),
    own: await createAsSystem('observations', 'own'),
    other: await createAsSystem('observations', 'other'),
  }
  existing.reviews = { own: await createAsSystem('reviews', 'own'), other: await createAsSystem('reviews', 'other') }
  existing.activities = { own: await createAsSystem('activities', 'own'), other: await createAsSystem('activities', 'other') }
  existing.awards = {
    'own-workplace': await createAsSystem('awards', 'own-workplace'),
    own: await createAsSystem('awards', 'own'),
    other: await createAsSystem('awards', 'other'),
  }
  existing['award-batches'] = { own: await createAsSystem('award-batches', 'own'), other: await createAsSystem('award-batches', 'other') }
  existing['award-files'] = { own: await createAsSystem('award-files', 'own'), other: await createAsSystem('award-files', 'other') }
  existing['issuer-keys'] = { own: await createAsSystem('issuer-keys', 'own'), other: await createAsSystem('issuer-keys', 'other') }
  existing.users = { own: fixture.users.colleague, other: fixture.users.otherCentreCoach, admin: fixture.users.admin.id as Id }
})

afterAll(async () => {
  await cms?.stop()
})

const CASES = ROLES.flatMap((role) =>
  Object.entries(SCOPES).flatMap(([collection, scopes]) =>
    (['read', 'update', 'create', 'delete'] as Op[]).flatMap((op) =>
      scopes[op]
        // An admin deleting their own account would remove the admin the other cases use.
        .filter((scope) => !(role === 'admin' && op === 'delete' && scope === 'self'))
        .map((scope) => ({ role, collection, op, scope, expected: isAllowed(role, collection, op, scope) ? 'allow' : 'deny' })),
    ),
  ),
)

const tally = { allow: 0, deny: 0, unexpectedAllow: 0, unexpectedDeny: 0 }

describe('access matrix', () => {
  afterAll(() => {
    console.info(
      `access matrix: ${CASES.length} cases, ${tally.allow} allowed, ${tally.deny} refused, ` +
        `${tally.unexpectedAllow} unexpected allows, ${tally.unexpectedDeny} unexpected refusals`,
    )
  })

  it.each(CASES)('$role: $op $collection ($scope) → $expected', async ({ role, collection, op, scope, expected }) => {
    const actual = await run(role, collection, op, scope as Scope)
    tally[actual] += 1
    if (actual !== expected) tally[actual === 'allow' ? 'unexpectedAllow' : 'unexpectedDeny'] += 1
    expect(actual).toBe(expected)
  })

  it('covers every collection', () => {
    expect(Object.keys(SCOPES).sort()).toEqual(payload.config.collections.map((c) => c.slug).filter((slug) => !slug.startsWith('payload-')).sort())
  })
})
