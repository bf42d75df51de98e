// Two app servers (each `cms/scripts/start.mjs`, production build) on one PostgreSQL: the sign-in
// limit lives in the database, so wrong passwords spread over both servers count together.
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmbeddedPostgres } from '../../../cms/scripts/embeddedPostgres.mjs'
import { startCmsProcess, type CmsProcess } from '../../support/cms/startCmsProcess'

let folder: string
let database: Awaited<ReturnType<typeof startEmbeddedPostgres>>
const servers: CmsProcess[] = []

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'doorstart-two-servers-'))
  await chmod(folder, 0o755)
  database = await startEmbeddedPostgres({ dataDir: path.join(folder, 'pg') })
  const env = { DATABASE_URL: database.url, PAYLOAD_SECRET: 'doorstart-two-servers-secret', DOORSTART_SEED: 'demo' }
  servers.push(...(await Promise.all([startCmsProcess('two-a', { env }), startCmsProcess('two-b', { env })])))
}, 900_000)

afterAll(async () => {
  await Promise.all(servers.map((server) => server.cleanUp()))
  await database?.stop()
  await rm(folder, { recursive: true, force: true })
}, 60_000)

const login = async (server: CmsProcess, password: string): Promise<number> =>
  (
    await fetch(`${server.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'coach.pluspunt@demo.doorstart.nl', password }),
    })
  ).status

describe('two app servers on one database', () => {
  it('share the sign-in limit: five wrong passwords spread over both slow the next attempt on either', async () => {
    const [a, b] = servers as [CmsProcess, CmsProcess]
    // Three on one server and two on the other: neither alone has seen five.
    const statuses = [await login(a, 'fout-een'), await login(b, 'fout-twee'), await login(a, 'fout-drie'), await login(b, 'fout-vier'), await login(a, 'fout-vijf')]
    expect(statuses).toEqual([401, 401, 401, 401, 401])
    expect(await login(b, 'doorstart-demo')).toBe(429)
    expect(await login(a, 'doorstart-demo')).toBe(429)
  })

  it('both answer the health check', async () => {
    for (const server of servers) expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200)
  })
})
