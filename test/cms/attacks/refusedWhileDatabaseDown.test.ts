// A signed-in request that Payload refuses only because PostgreSQL could not look its session up
// answers 503 (try again), not 401/403 (your session is wrong). See databaseRestart.test.ts for
// the same against a real server and a real PostgreSQL restart.
import { describe, expect, it } from 'vitest'
import { withApiGuards } from '../../../cms/src/protection/guardApiRequest'

const refusing = (status: number) => async (): Promise<Response> => Response.json({ errors: [{ message: 'Forbidden' }] }, { status })

const request = (headers: Record<string, string> = {}): Request => new Request('http://127.0.0.1/api/centres', { headers })

const answer = async (options: { status?: number; headers?: Record<string, string>; reachable: boolean }): Promise<number> => {
  const handler = withApiGuards(refusing(options.status ?? 403), { databaseReachable: async () => options.reachable })
  return (await handler(request(options.headers), {})).status
}

describe('a refused request while the database is down', () => {
  it('answers 503 with Retry-After when the request carried a token', async () => {
    const handler = withApiGuards(refusing(403), { databaseReachable: async () => false })
    const response = await handler(request({ authorization: 'JWT abc' }), {})
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('5')
    expect(((await response.json()) as { errors: { data: { code: string } }[] }).errors[0]!.data.code).toBe('database-unavailable')
  })

  it('answers 503 for a session cookie and for 401 too', async () => {
    expect(await answer({ headers: { cookie: 'theme=dark; payload-token=abc' }, reachable: false })).toBe(503)
    expect(await answer({ status: 401, headers: { authorization: 'JWT abc' }, reachable: false })).toBe(503)
  })

  it('keeps the refusal when the database answered: the session really was wrong', async () => {
    expect(await answer({ headers: { authorization: 'JWT abc' }, reachable: true })).toBe(403)
  })

  it('keeps the refusal of an anonymous request without asking the database', async () => {
    let asked = false
    const handler = withApiGuards(refusing(403), { databaseReachable: async () => ((asked = true), false) })
    expect((await handler(request({ cookie: 'theme=dark' }), {})).status).toBe(403)
    expect(asked).toBe(false)
  })
})
