import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms({ seed: false })
})

afterAll(async () => {
  await cms?.stop()
})

describe('an installation without demo data', () => {
  it('starts with no accounts and no centres', async () => {
    const users = await cms.payload.count({ collection: 'users' })
    const centres = await cms.payload.count({ collection: 'centres' })
    expect([users.totalDocs, centres.totalDocs]).toEqual([0, 0])
  })

  it('still has every built-in ladder and learning goal', async () => {
    const { builtinLadders, builtinLearningGoals } = await import('@doorstart/ladder')
    const ladders = await cms.payload.count({ collection: 'ladders' })
    const goals = await cms.payload.count({ collection: 'learning-goals' })
    expect([ladders.totalDocs, goals.totalDocs]).toEqual([Object.keys(builtinLadders).length, Object.keys(builtinLearningGoals).length])
  })

  it('makes its first account an admin, and only the first', async () => {
    const first = await cms.payload.create({ collection: 'users', data: { email: 'eerste@example.test', password: 'een-lang-wachtwoord' } as never })
    const second = await cms.payload.create({ collection: 'users', data: { email: 'tweede@example.test', password: 'een-lang-wachtwoord' } as never })
    expect([first.role, second.role]).toEqual(['admin', 'coach'])
  })
})
