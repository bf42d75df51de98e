// Gives one test file its own CMS: a fresh database (an embedded PostgreSQL in a temp folder, or a
// new database on DATABASE_URL's server), migrated and optionally seeded, and the local API on it.
import { randomBytes } from 'node:crypto'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { setTimeout as delay } from 'node:timers/promises'
import path from 'node:path'
import pg from 'pg'
import type { Payload } from 'payload'
import { startEmbeddedPostgres } from '../../../cms/scripts/embeddedPostgres.mjs'

export interface TestCms {
  payload: Payload
  /** The connection string of this file's database. */
  databaseUrl: string
  stop: () => Promise<void>
}

interface Database {
  url: string
  drop: () => Promise<void>
}

/** A fresh, empty database: on DATABASE_URL's server when set, else an embedded cluster. */
export const createTestDatabase = async (): Promise<Database> => {
  const name = `doorstart_test_${randomBytes(4).toString('hex')}`
  const external = process.env.DATABASE_URL
  if (external) {
    const admin = new pg.Client({ connectionString: external })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`)
    await admin.end()
    const url = new URL(external)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      drop: async () => {
        const client = new pg.Client({ connectionString: external })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`)
        await client.end()
      },
    }
  }
  const folder = await mkdtemp(path.join(tmpdir(), 'doorstart-cms-test-'))
  // As root the server runs as the `postgres` system user, which must be able to enter the folder.
  await chmod(folder, 0o755)
  const server = await startEmbeddedPostgres({ dataDir: path.join(folder, 'pg'), database: name })
  return {
    url: server.url,
    drop: async () => {
      await server.stop()
      await rm(folder, { recursive: true, force: true })
    },
  }
}

/** Starts the CMS's local API on a fresh database; `seed: true` loads the demo data. */
export const startTestCms = async (options: { seed?: boolean } = {}): Promise<TestCms> => {
  const database = await createTestDatabase()
  const mediaDir = await mkdtemp(path.join(tmpdir(), 'doorstart-cms-media-'))
  process.env.DATABASE_URL = database.url
  process.env.DOORSTART_SEED = options.seed ? 'demo' : 'none'
  process.env.DOORSTART_MEDIA_DIR = mediaDir
  process.env.PAYLOAD_SECRET = 'doorstart-test-secret'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../../cms/src/payload.config')
  const payload = await getPayload({ config, key: database.url })
  return {
    payload,
    databaseUrl: database.url,
    stop: async () => {
      await payload.destroy()
      // Payload's destroy() leaves the pg pool open. Close its idle connections first, so stopping
      // the server does not end them with "connection lost" warnings; pool.end() can wait on a
      // client that is never released, so not for long. Whatever is still open goes quietly.
      const pool = (payload.db as unknown as { pool?: pg.Pool }).pool
      if (pool) {
        pool.removeAllListeners('error')
        pool.on('error', () => {})
        const patience = new AbortController()
        await Promise.race([pool.end().catch(() => undefined), delay(2_000, undefined, { signal: patience.signal }).catch(() => undefined)])
        patience.abort()
      }
      await database.drop()
      await rm(mediaDir, { recursive: true, force: true })
    },
  }
}
