// What people read in the admin, checked on a real PostgreSQL: documents titled for people,
// pickers that offer only fitting users, Dutch by default, dates as dd-mm-jjjj.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fittingCoaches, fittingWorkplaces } from '../../cms/src/fields/fittingOptions'
import { formatDay, isoDay } from '../../cms/src/i18n/formatDay'
import { sourceTitle } from '../../cms/src/i18n/sourceTitle'
import { languageFor } from '../../cms/src/proxy'
import { loadDemoFixture, type DemoFixture } from '../support/cms/demoFixture'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

let cms: TestCms
let payload: Payload
let fixture: DemoFixture

const as = (user: Record<string, unknown>) => ({ user: user as never, overrideAccess: false })

beforeAll(async () => {
  cms = await startTestCms({ seed: true })
  payload = cms.payload
  fixture = await loadDemoFixture(payload)
}, 120_000)

afterAll(async () => {
  await cms?.stop()
})

describe('document titles', () => {
  it('titles a trajectory by participant code, centre and start date', async () => {
    const participant = await payload.create({ collection: 'participants', data: { centre: fixture.centre.own } as never, ...as(fixture.users.coach) })
    const trajectory = await payload.create({
      collection: 'trajectories',
      data: { participant: participant.id, startDate: '2026-02-14T12:00:00.000Z' } as never,
      ...as(fixture.users.coach),
    })
    expect(trajectory.title).toBe(`${participant.code} · Leer Praktijk Centrum Rotterdam-Zuid · 14-02-2026`)
  })

  it('titles the seeded trajectories too', async () => {
    const { docs } = await payload.find({ collection: 'trajectories', depth: 0, limit: 100 })
    for (const doc of docs) expect(doc.title).toMatch(/^DS-[0-9A-Z]+ · .+ · \d{2}-\d{2}-\d{4}$/)
  })

  it('titles assessments, observations and reviews by participant code, what and day, never an id or a bare date', async () => {
    const kitchen = fixture.workplace.own
    const participant = (await payload.find({ collection: 'participants', where: { workplace: { equals: kitchen } }, limit: 1, depth: 0 })).docs[0]!
    const goal = (await payload.find({ collection: 'learning-goals', where: { goalId: { equals: 'punctuality' } }, depth: 0 })).docs[0]!
    const observation = await payload.create({
      collection: 'observations',
      data: { participant: participant.id, learningGoal: goal.id, level: 3, observedOn: '2026-11-28T12:00:00.000Z' } as never,
      ...as(fixture.users.supervisor),
    })
    expect(observation.displayTitle).toBe(`${participant.code} · Op tijd komen · 28-11-2026`)
    const changed = await payload.update({ collection: 'observations', id: observation.id, data: { observedOn: '2026-11-27T12:00:00.000Z' } as never, ...as(fixture.users.supervisor) })
    expect(changed.displayTitle).toBe(`${participant.code} · Op tijd komen · 27-11-2026`)

    const trajectory = (await payload.find({ collection: 'trajectories', where: { participant: { equals: participant.id } }, limit: 1, depth: 0 })).docs[0]!
    const review = await payload.create({
      collection: 'reviews',
      data: { trajectory: trajectory.id, decision: 'adjust', reviewedOn: '2026-11-30T12:00:00.000Z' } as never,
      ...as(fixture.users.coach),
    })
    expect(review.displayTitle).toBe(`${participant.code} · Evaluatie: bijstellen · 30-11-2026`)

    const assessment = await payload.create({
      collection: 'assessments',
      data: { participant: participant.id, asOf: '2026-11-29T12:00:00.000Z', facts: {} } as never,
      ...as(fixture.users.coach),
    })
    expect(assessment.displayTitle).toBe(`${participant.code} · Participatieladder · 29-11-2026`)
  })

  it('titles the seeded assessments, observations and reviews too', async () => {
    for (const collection of ['assessments', 'observations', 'reviews'] as const) {
      const { docs } = await payload.find({ collection, depth: 0, limit: 200 })
      expect(docs.length).toBeGreaterThan(0)
      for (const doc of docs) expect((doc as { displayTitle?: string }).displayTitle).toMatch(/^DS-[0-9A-Z]+ · .+ · \d{2}-\d{2}-\d{4}$/)
    }
  })

  it('titles ladders by their Dutch title and version, learning goals by their Dutch title', async () => {
    const ladder = (await payload.find({ collection: 'ladders', where: { ladderId: { equals: 'participatieladder' } }, depth: 0 })).docs[0]
    expect(ladder?.displayTitle).toBe('Participatieladder · versie 2026.1')
    const goal = (await payload.find({ collection: 'learning-goals', where: { goalId: { equals: 'punctuality' } }, depth: 0 })).docs[0]
    expect(goal?.displayTitle).toBe('Op tijd komen')
  })
})

describe('relationship pickers', () => {
  it('offer as steering coach only the coaches of the trajectory’s centre', async () => {
    const where = await (fittingCoaches as (args: unknown) => unknown)({ data: { centre: fixture.centre.own }, user: fixture.users.coach })
    const { docs } = await payload.find({ collection: 'users', where: where as never, depth: 0, limit: 100, ...as(fixture.users.coach) })
    expect(docs.length).toBeGreaterThan(0)
    for (const user of docs) {
      expect(user.role).toBe('coach')
      expect(user.centre).toBe(fixture.centre.own)
    }
    expect(docs.map((user) => user.email)).not.toContain('beleid@demo.doorstart.nl')
  })

  it('refuse a policy viewer saved as a participant’s coach', async () => {
    await expect(
      payload.create({
        collection: 'participants',
        data: { centre: fixture.centre.own, coach: fixture.users.policyViewer.id } as never,
        ...as(fixture.users.coach),
      }),
    ).rejects.toThrow()
  })

  it('offer workplaces of the document’s centre', async () => {
    expect(await (fittingWorkplaces as (args: unknown) => unknown)({ data: { centre: fixture.centre.own }, user: fixture.users.admin })).toEqual({
      centre: { equals: fixture.centre.own },
    })
  })
})

describe('language', () => {
  it('is Dutch unless the user chose English', () => {
    expect(languageFor(undefined)).toBe('nl')
    expect(languageFor('fr')).toBe('nl')
    expect(languageFor('en')).toBe('en')
  })

  it('names sources by their title, never their file name', () => {
    expect(sourceTitle('000_3edb52956db5646c.txt', 'nl')).toBe('Leer Praktijk Centra, gemeente Rotterdam')
    expect(sourceTitle('DOMAIN.md §3 (Werknemersvaardigheden) [ext]', 'nl')).toBe('Werknemersvaardigheden (Nederlandse praktijk)')
  })
})

describe('calendar days', () => {
  it('are shown as dd-mm-jjjj in Europe/Amsterdam', () => {
    expect(formatDay('2026-12-01')).toBe('01-12-2026')
    expect(formatDay('2026-11-30T23:30:00.000Z')).toBe('01-12-2026')
    expect(isoDay('2026-02-14T12:00:00.000Z')).toBe('2026-02-14')
    expect(formatDay(null)).toBe('')
  })
})
