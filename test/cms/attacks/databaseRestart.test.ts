// PostgreSQL restarts under a running server (`cms/scripts/start.mjs`, production build): during
// the gap the API answers 503 (never a hang or a crash), afterwards it works again by itself.
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmbeddedPostgres } from '../../../cms/scripts/embeddedPostgres.mjs'
import { startCmsProcess, type CmsProcess } from '../../support/cms/startCmsProcess'

let folder: string
let database: Awaited<ReturnType<typeof startEmbeddedPostgres>>
let server: CmsProcess
let token: string

const dataDir = (): string => path.join(folder, 'pg')

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'doorstart-restart-'))
  await chmod(folder, 0o755)
  database = await startEmbeddedPostgres({ dataDir: dataDir() })
  server = await startCmsProcess('restart', { env: { DATABASE_URL: database.url, PAYLOAD_SECRET: 'doorstart-restart-secret', DOORSTART_SEED: 'demo' } })
  const response = await fetch(`${server.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo.doorstart.nl', password: 'doorstart-demo' }),
  })
  token = ((await response.json()) as { token: string }).token
}, 900_000)

afterAll(async () => {
  await server?.cleanUp()
  await database?.stop()
  await rm(folder, { recursive: true, force: true })
}, 60_000)

const centres = async (): Promise<number> =>
  (await fetch(`${server.baseUrl}/api/centres?depth=0`, { headers: { Authorization: `JWT ${token}` }, signal: AbortSignal.timeout(20_000) })).status
const health = async (): Promise<number> => (await fetch(`${server.baseUrl}/api/health`, { signal: AbortSignal.timeout(20_000) })).status

describe('a PostgreSQL restart under a running server', () => {
  it('answers 503 while the database is down and 200 once it is back', async () => {
    expect([await health(), await centres()]).toEqual([200, 200])
    await database.stop()
    expect(await health()).toBe(503)
    expect(await centres()).toBe(503)
    database = await startEmbeddedPostgres({ dataDir: dataDir(), port: database.port })
    let statuses: number[] = []
    for (let attempt = 0; attempt < 20; attempt += 1) {
      statuses = [await health(), await centres()]
      if (statuses.every((status) => status === 200)) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(statuses).toEqual([200, 200])
    expect(server.server.exitCode).toBeNull()
  }, 120_000)
})
