import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../cms/src/seed/seedDemoData'
import { shouldSeedDemoData } from '../../cms/src/seed/prepareDatabase'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

let cms: TestCms
// pg warns (once per process) when a query is sent on a client that is still running one: two
// reads sharing a write's transaction at the same time. pg 9 will refuse them.
const overlappingQueries: string[] = []
const noteOverlap = (warning: Error): void => {
  if (warning.message.includes('already executing a query')) overlappingQueries.push(warning.stack ?? warning.message)
}
process.on('warning', noteOverlap)

beforeAll(async () => {
  cms = await startTestCms({ seed: true })
})

afterAll(async () => {
  process.off('warning', noteOverlap)
  await cms?.stop()
})

describe('seedDemoData', () => {
  it('never sends a query on a database client that is still running one', () => {
    expect(overlappingQueries).toEqual([])
  })

  it('creates the four demo centres', async () => {
    const { docs } = await cms.payload.find({ collection: 'centres', sort: 'slug' })
    expect(docs.map((centre) => centre.slug)).toEqual(['lpc-rotterdam-zuid', 'lucrato-apeldoorn', 'pluspunt', 'verbindingskamer'])
  })

  it('gives Lucrato work within 3 months as a target, not a 3-month cap (004_fb80b8ab7482f406.txt)', async () => {
    const { docs } = await cms.payload.find({ collection: 'centres', where: { slug: { equals: 'lucrato-apeldoorn' } } })
    expect(docs[0]).toMatchObject({ policy: 'lucrato', maxTrajectoryMonths: null })
  })

  it('gives De Verbindingskamer a coach with participants, assessments, observations and reviews (001_9a0c4fce56949085.txt)', async () => {
    const { user } = await cms.payload.login({ collection: 'users', data: { email: DEMO_ACCOUNTS.coachVerbindingskamer, password: DEMO_PASSWORD } })
    const as = { user: { ...user, collection: 'users' } as never, overrideAccess: false }
    const counts = await Promise.all(
      (['participants', 'assessments', 'observations', 'reviews', 'activities'] as const).map(async (collection) => (await cms.payload.count({ collection, ...as })).totalDocs),
    )
    expect(counts.every((count) => count > 0)).toBe(true)
  })

  it.each([
    [DEMO_ACCOUNTS.admin, 'admin'],
    [DEMO_ACCOUNTS.coachRotterdam, 'coach'],
    [DEMO_ACCOUNTS.coachApeldoorn, 'coach'],
    [DEMO_ACCOUNTS.policyViewer, 'policy-viewer'],
    [DEMO_ACCOUNTS.coachVerbindingskamer, 'coach'],
  ])('lets %s log in as %s with the demo password', async (email, role) => {
    const { user } = await cms.payload.login({ collection: 'users', data: { email, password: DEMO_PASSWORD } })
    expect(user?.role).toBe(role)
  })

  it('loads every built-in ladder and learning goal of @doorstart/ladder', async () => {
    const { builtinLadders, builtinLearningGoals } = await import('@doorstart/ladder')
    const ladders = await cms.payload.count({ collection: 'ladders' })
    const goals = await cms.payload.count({ collection: 'learning-goals' })
    expect([ladders.totalDocs, goals.totalDocs]).toEqual([Object.keys(builtinLadders).length, Object.keys(builtinLearningGoals).length])
  })

  it('gives participants pseudonymous codes and no names', async () => {
    const { docs } = await cms.payload.find({ collection: 'participants', limit: 100 })
    expect(docs.every((doc) => /^DS-[0-9A-Z]{8}$/.test(String(doc.code)) && !doc.displayName)).toBe(true)
  })

  it('stores curriculum modules as Lexical rich text', async () => {
    const { docs } = await cms.payload.find({ collection: 'curricula', where: { title: { equals: 'Horeca basis' } } })
    expect(docs[0]?.modules?.[0]?.content).toMatchObject({ root: { type: 'root' } })
  })
})

describe('shouldSeedDemoData', () => {
  it.each([
    [{}, true],
    [{ NODE_ENV: 'development' }, true],
    [{ NODE_ENV: 'production' }, false],
    [{ NODE_ENV: 'production', DOORSTART_SEED: 'demo' }, true],
    [{ DOORSTART_SEED: 'none' }, false],
  ])('with %o is %s', (env, expected) => {
    expect(shouldSeedDemoData(env as NodeJS.ProcessEnv)).toBe(expected)
  })
})
