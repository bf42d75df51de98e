// Field-level and cross-centre protections that the access matrix does not show: what a work
// supervisor sees of a participant, special-category notes, caseloads, BSN, user roles, references
// to another centre, populated relationships (depth 2) and audit fields.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoFixture, type DemoFixture, type Id } from '../support/cms/demoFixture'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

let cms: TestCms
let payload: Payload
let fixture: DemoFixture
let participant: Id

const as = (user: Record<string, unknown>) => ({ user: user as never, overrideAccess: false })

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
      displayName: 'Testnaam',
      contactNotes: 'Belt liever dan te mailen.',
      specialCategoryNotes: 'Gezondheid: grove categorie.',
      workNotes: 'Snijdt groenten.',
    } as never,
  })
  participant = created.id
})

afterAll(async () => {
  await cms?.stop()
})

describe('participants seen by a work supervisor', () => {
  it('shows only the work-related fields', async () => {
    const doc = await payload.findByID({ collection: 'participants', id: participant, depth: 0, ...as(fixture.users.supervisor) })
    expect(Object.keys(doc).filter((key) => ['displayName', 'contactNotes', 'specialCategoryNotes', 'coach', 'bsn'].includes(key))).toEqual([])
    expect(doc.workNotes).toBe('Snijdt groenten.')
  })

  it('ignores changes to personal fields', async () => {
    await payload.update({ collection: 'participants', id: participant, data: { displayName: 'Gewijzigd', workNotes: 'Snijdt groenten snel.' } as never, ...as(fixture.users.supervisor) })
    const doc = await payload.findByID({ collection: 'participants', id: participant, depth: 0 })
    expect([doc.displayName, doc.workNotes]).toEqual(['Testnaam', 'Snijdt groenten snel.'])
  })
})

describe('special-category notes', () => {
  it('are shown to the participant\'s own coach', async () => {
    const doc = await payload.findByID({ collection: 'participants', id: participant, ...as(fixture.users.coach) })
    expect(doc.specialCategoryNotes).toBe('Gezondheid: grove categorie.')
  })

  it('are hidden from another coach of the same centre', async () => {
    const colleague = { ...(await payload.findByID({ collection: 'users', id: fixture.users.colleague })), collection: 'users' }
    const doc = await payload.findByID({ collection: 'participants', id: participant, ...as(colleague) })
    expect(doc.specialCategoryNotes).toBeUndefined()
  })

  it('are hidden from the centre admin', async () => {
    const doc = await payload.findByID({ collection: 'participants', id: participant, ...as(fixture.users.centreAdmin) })
    expect(doc.specialCategoryNotes).toBeUndefined()
  })
})

describe('caseloads', () => {
  it('limit a coach to their own participants when the centre says so', async () => {
    const otherCoach = await payload.create({
      collection: 'users',
      data: { email: 'tweede.apeldoorn@example.test', password: 'doorstart-demo', role: 'coach', centre: fixture.centre.other } as never,
    })
    const notMine = await payload.create({ collection: 'participants', data: { centre: fixture.centre.other, coach: otherCoach.id } as never })
    const coach = { ...(await payload.findByID({ collection: 'users', id: fixture.users.otherCentreCoach })), collection: 'users' }
    const { docs } = await payload.find({ collection: 'participants', limit: 100, depth: 0, ...as(coach) })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((doc) => doc.coach === coach.id)).toBe(true)
    expect(docs.map((doc) => doc.id)).not.toContain(notMine.id)
  })
})

describe('BSN', () => {
  it('is refused when the centre has not turned it on', async () => {
    await expect(
      payload.update({ collection: 'participants', id: participant, data: { bsn: '111222333' } as never, ...as(fixture.users.coach) }),
    ).rejects.toThrow(/bsn/i)
  })

  it('is stored when the centre turned it on and it passes the elfproef', async () => {
    await payload.update({ collection: 'centres', id: fixture.centre.own, data: { bsnEnabled: true } })
    const doc = await payload.update({ collection: 'participants', id: participant, data: { bsn: '111222333' } as never, ...as(fixture.users.coach) })
    expect(doc.bsn).toBe('111222333')
    await payload.update({ collection: 'participants', id: participant, data: { bsn: null } as never })
    await payload.update({ collection: 'centres', id: fixture.centre.own, data: { bsnEnabled: false } })
  })

  it('is refused when it fails the elfproef', async () => {
    await payload.update({ collection: 'centres', id: fixture.centre.own, data: { bsnEnabled: true } })
    const error = await payload
      .update({ collection: 'participants', id: participant, data: { bsn: '123456789' } as never, ...as(fixture.users.coach) })
      .catch((caught: { data?: { errors?: { path: string; message: string }[] } }) => caught)
    await payload.update({ collection: 'centres', id: fixture.centre.own, data: { bsnEnabled: false } })
    expect((error as { data?: { errors?: unknown[] } }).data?.errors).toEqual([{ path: 'bsn', message: 'Not a valid BSN (bsn-invalid).' }])
  })

  it('is not in the API output of a centre that does not record it', async () => {
    const doc = await payload.findByID({ collection: 'participants', id: participant, ...as(fixture.users.coach) })
    expect('bsn' in doc).toBe(false)
  })
})

describe('users', () => {
  it('a centre admin cannot make anyone an admin', async () => {
    await expect(
      payload.update({ collection: 'users', id: fixture.users.colleague, data: { role: 'admin' } as never, ...as(fixture.users.centreAdmin) }),
    ).rejects.toThrow()
    await expect(
      payload.update({ collection: 'users', id: fixture.users.centreAdmin.id as Id, data: { role: 'admin' } as never, ...as(fixture.users.centreAdmin) }),
    ).rejects.toThrow()
  })

  it('a coach cannot change their own role or centre', async () => {
    await payload.update({
      collection: 'users',
      id: fixture.users.coach.id as Id,
      data: { role: 'admin', centre: fixture.centre.other } as never,
      ...as(fixture.users.coach),
    })
    const doc = await payload.findByID({ collection: 'users', id: fixture.users.coach.id as Id, depth: 0 })
    expect([doc.role, doc.centre]).toEqual(['coach', fixture.centre.own])
  })

  it('a centre admin cannot change the password of another centre\'s user', async () => {
    await expect(
      payload.update({ collection: 'users', id: fixture.users.otherCentreCoach, data: { password: 'taken-over-123' } as never, ...as(fixture.users.centreAdmin) }),
    ).rejects.toThrow()
  })
})

describe('references across centres', () => {
  it('refuse a workplace of another centre', async () => {
    await expect(
      payload.create({ collection: 'participants', data: { workplace: fixture.workplace.other } as never, ...as(fixture.users.coach) }),
    ).rejects.toThrow()
  })

  it('refuse a supervisor placed at another centre\'s workplace', async () => {
    await expect(
      payload.update({ collection: 'users', id: fixture.users.supervisor.id as Id, data: { workplace: fixture.workplace.other } as never, ...as(fixture.users.centreAdmin) }),
    ).rejects.toThrow()
  })

  it('refuse moving a document to another centre', async () => {
    await payload.update({ collection: 'participants', id: participant, data: { centre: fixture.centre.other } as never, ...as(fixture.users.coach) })
    const doc = await payload.findByID({ collection: 'participants', id: participant, depth: 0 })
    expect(doc.centre).toBe(fixture.centre.own)
  })

  it('refuse a trajectory for another centre\'s participant', async () => {
    const { docs } = await payload.find({ collection: 'participants', where: { centre: { equals: fixture.centre.other } }, limit: 1 })
    await expect(
      payload.create({ collection: 'trajectories', data: { participant: docs[0]!.id, startDate: '2026-03-01', policy: 'lpc-rotterdam' } as never, ...as(fixture.users.coach) }),
    ).rejects.toThrow()
  })
})

/** Every populated document (an object with an id and a centre) inside a response. */
const populated = (value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] => {
  if (Array.isArray(value)) value.forEach((item) => populated(item, found))
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && 'centre' in record) found.push(record)
    Object.values(record).forEach((item) => populated(item, found))
  }
  return found
}

const centreIdOf = (value: unknown): unknown => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)

describe('populated relationships (depth 2)', () => {
  const ROLES = ['centreAdmin', 'coach', 'supervisor', 'policyViewer'] as const
  const COLLECTIONS = ['workplaces', 'ladders', 'learning-goals', 'curricula', 'participants', 'trajectories', 'users', 'media'] as const

  it.each(ROLES)('never show %s another centre\'s documents', async (role) => {
    for (const collection of COLLECTIONS) {
      for (const depth of [0, 2]) {
        const result = await payload
          .find({ collection, depth, limit: 200, ...as(fixture.users[role]) })
          .catch((error: { status?: number }) => (error.status === 403 ? { docs: [] } : Promise.reject(error)))
        const centres = populated(result.docs).map((doc) => centreIdOf(doc.centre))
        expect(centres.filter((centre) => centre !== fixture.centre.own && centre !== null && centre !== undefined)).toEqual([])
      }
    }
  })

  it('never show a policy viewer a participant', async () => {
    for (const collection of COLLECTIONS) {
      const result = await payload
        .find({ collection, depth: 2, limit: 200, ...as(fixture.users.policyViewer) })
        .catch((error: { status?: number }) => (error.status === 403 ? { docs: [] } : Promise.reject(error)))
      expect(JSON.stringify(result.docs)).not.toMatch(/"code":"DS-/)
    }
  })
})

describe('audit fields', () => {
  it('record who created and who changed a document, whatever the client sends', async () => {
    const doc = await payload.create({
      collection: 'participants',
      data: { createdBy: fixture.users.admin.id, updatedBy: fixture.users.admin.id } as never,
      depth: 0,
      ...as(fixture.users.coach),
    })
    expect([doc.createdBy, doc.updatedBy]).toEqual([fixture.users.coach.id, fixture.users.coach.id])
    const changed = await payload.update({ collection: 'participants', id: doc.id, data: { workNotes: 'x' } as never, depth: 0, ...as(fixture.users.centreAdmin) })
    expect([changed.createdBy, changed.updatedBy]).toEqual([fixture.users.coach.id, fixture.users.centreAdmin.id])
  })
})
