// Starts the CMS the way `npm start` does (embedded PostgreSQL, migrations, demo seed, Next.js) as
// a separate process, logs in over HTTP, checks REST and GraphQL refuse another centre's data,
// then stops it as Ctrl-C in a terminal would and checks PostgreSQL went down cleanly.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCmsProcess, type CmsProcess } from '../support/cms/startCmsProcess'

let cms: CmsProcess
let baseUrl: string

const login = async (email: string, password = 'doorstart-demo'): Promise<Response> =>
  fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })

const tokenFor = async (email: string): Promise<string> => {
  const response = await login(email)
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

beforeAll(async () => {
  cms = await startCmsProcess('smoke')
  baseUrl = cms.baseUrl
}, 300_000)

afterAll(async () => {
  await cms?.cleanUp()
}, 30_000)

describe('the CMS server', () => {
  it('serves the admin login page', async () => {
    const response = await fetch(`${baseUrl}/admin/login`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Doorstart')
    console.info(`cold start to login page: ${(cms.coldStartMs / 1000).toFixed(1)} s`)
  })

  it('logs a demo coach in over HTTP', async () => {
    const response = await login('coach.rotterdam@demo.doorstart.nl')
    expect(response.status).toBe(200)
    const body = (await response.json()) as { user: { role: string }; token: string; exp: number }
    expect(body.user.role).toBe('coach')
    // Sessions expire after two hours.
    expect(Math.round((body.exp - Date.now() / 1000) / 60)).toBe(120)
  })

  it('refuses a REST create naming another centre', async () => {
    const admin = await tokenFor('admin@demo.doorstart.nl')
    const centres = (await (await fetch(`${baseUrl}/api/centres?where[slug][equals]=lucrato-apeldoorn`, { headers: { Authorization: `JWT ${admin}` } })).json()) as { docs: { id: number }[] }
    const coach = await tokenFor('coach.rotterdam@demo.doorstart.nl')
    const response = await fetch(`${baseUrl}/api/participants`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${coach}` },
      body: JSON.stringify({ centre: centres.docs[0]!.id }),
    })
    expect(response.status).toBe(403)
  })

  it('answers GraphQL with the own centre\'s participants only', async () => {
    const coach = await tokenFor('coach.rotterdam@demo.doorstart.nl')
    const response = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${coach}` },
      body: JSON.stringify({ query: '{ Participants(limit: 100) { docs { code centre { slug } } } }' }),
    })
    const body = (await response.json()) as { data: { Participants: { docs: { centre: { slug: string } }[] } } }
    const slugs = new Set(body.data.Participants.docs.map((doc) => doc.centre.slug))
    expect([...slugs]).toEqual(['lpc-rotterdam-zuid'])
  })

  it('shows a policy viewer no participants over REST', async () => {
    const token = await tokenFor('beleid@demo.doorstart.nl')
    const response = await fetch(`${baseUrl}/api/participants`, { headers: { Authorization: `JWT ${token}` } })
    expect(response.status).toBe(403)
  })

  it('slows down wrong passwords instead of locking the account', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await login('coach.apeldoorn@demo.doorstart.nl', 'wrong-password')).status).toBe(401)
    }
    expect((await login('coach.apeldoorn@demo.doorstart.nl')).status).toBe(429)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect((await login('coach.apeldoorn@demo.doorstart.nl')).status).toBe(200)
  })

  it('serves the production build: no development endpoints, no introspection, security headers', async () => {
    expect((await fetch(`${baseUrl}/_next/mcp`, { method: 'POST' })).status).toBe(404)
    const page = await fetch(`${baseUrl}/admin/login`)
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    const introspection = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    })
    expect(await introspection.text()).not.toContain('"types"')
    expect((await fetch(`${baseUrl}/api/health`)).status).toBe(200)
    const broken = await fetch(`${baseUrl}/api/participants/abc`)
    expect(broken.status).toBeLessThan(500)
  })

  it('answers a password reset without writing the email to the log', async () => {
    const response = await fetch(`${baseUrl}/api/users/forgot-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'coach.rotterdam@demo.doorstart.nl' }),
    })
    expect(response.status).toBe(200)
  })

  it('logs no personal data (emails, participant codes)', () => {
    expect(cms.output()).not.toMatch(/@demo\.doorstart\.nl|DS-[0-9A-Z]{8}/)
  })

  // Last before shutdown: afterwards this address waits before it may sign in again.
  it('rate-limits sign-in attempts from one address', async () => {
    const statuses: number[] = []
    for (let attempt = 0; attempt < 25; attempt += 1) {
      statuses.push((await login('nobody@example.test', 'wrong-password')).status)
    }
    expect(statuses).toContain(429)
  })

  it('stops Next.js and PostgreSQL cleanly on Ctrl-C, which signals the whole process group', async () => {
    expect(await cms.interrupt()).toBe(0)
    expect(cms.output()).toContain('PostgreSQL stopped')
    expect(existsSync(path.join(cms.dataDir, 'postgres', 'postmaster.pid'))).toBe(false)
  }, 30_000)
})
