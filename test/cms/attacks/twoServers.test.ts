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

const login = async (server: CmsProcess, password: string): Promise<{ status: number; retryAfter: number }> => {
  const answer = await fetch(`${server.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'coach.pluspunt@demo.doorstart.nl', password }),
  })
  const body = (await answer.json().catch(() => ({}))) as { errors?: { data?: { retryAfter?: number } }[] }
  return { status: answer.status, retryAfter: body.errors?.[0]?.data?.retryAfter ?? 0 }
}

/** A wrong password that counts: any wait the limit asks for is waited out first (while it lasts, attempts are refused uncounted). */
const countedFailure = async (server: CmsProcess, password: string): Promise<number> => {
  for (;;) {
    const { status, retryAfter } = await login(server, password)
    if (status !== 429) return status
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 250))
  }
}

describe('two app servers on one database', () => {
  // The wait doubles with every failure past the allowance of five (1 s, 2 s, 4 s: signInThrottle.ts).
  // Eight failures, four on each server, leave a wait of 8 s: far longer than the two sign-ins
  // after it take on a busy machine, where a 1 s wait could pass before the next request arrived.
  it('share the sign-in limit: wrong passwords spread over both slow the next attempt on either', { timeout: 180_000 }, async () => {
    const [a, b] = servers as [CmsProcess, CmsProcess]
    const statuses: number[] = []
    for (const [index, server] of [a, b, a, b, a, b, a, b].entries()) statuses.push(await countedFailure(server, `fout-${index}`))
    // Each server has seen four: neither alone reaches the allowance.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401])
    const onB = await login(b, 'doorstart-demo')
    const onA = await login(a, 'doorstart-demo')
    expect([onB.status, onA.status]).toEqual([429, 429])
    expect(onA.retryAfter).toBeGreaterThan(0)
  })

  it('both answer the health check', async () => {
    for (const server of servers) expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200)
  })
})
