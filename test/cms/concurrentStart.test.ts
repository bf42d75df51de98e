// Two app servers starting at once against one empty database: one migrates and seeds, the other
// waits for it and finds nothing left to do.
import { afterAll, describe, expect, it } from 'vitest'
import { getPayload } from 'payload'
import { migrations as committedMigrations } from '../../cms/src/migrations'
import { createTestDatabase } from '../support/cms/startTestCms'

const cleanUps: (() => Promise<void>)[] = []

afterAll(async () => {
  for (const cleanUp of cleanUps.reverse()) await cleanUp()
})

describe('prepareDatabase', () => {
  // Seeding the demo takes its time on a busy 2-core machine.
  it('migrates and seeds once when two servers start together', { timeout: 180_000 }, async () => {
    const database = await createTestDatabase()
    cleanUps.push(database.drop)
    process.env.DATABASE_URL = database.url
    process.env.DOORSTART_SEED = 'demo'
    process.env.PAYLOAD_SECRET = 'doorstart-test-secret'
    const { default: config } = await import('../../cms/src/payload.config')
    const [first, second] = await Promise.all([
      getPayload({ config, key: `${database.url}#1` }),
      getPayload({ config, key: `${database.url}#2` }),
    ])
    for (const payload of [first, second]) {
      cleanUps.push(async () => {
        await payload.destroy()
        ;(payload.db as unknown as { pool?: { on: (event: string, listener: () => void) => void } }).pool?.on('error', () => {})
      })
    }
    const centres = await first.count({ collection: 'centres' })
    const migrations = await second.count({ collection: 'payload-migrations' })
    expect([centres.totalDocs, migrations.totalDocs]).toEqual([4, committedMigrations.length])
  })
})
