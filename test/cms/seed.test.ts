import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms({ seed: true })
})

afterAll(async () => {
  await cms?.stop()
})

describe('seedDemoData', () => {
  it('creates the three demo centres', async () => {
    const { docs } = await cms.payload.find({ collection: 'centres', sort: 'slug' })
    expect(docs.map((centre) => centre.slug)).toEqual(['lpc-rotterdam-zuid', 'lucrato-apeldoorn', 'pluspunt'])
  })
})
