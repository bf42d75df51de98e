// Starts the CMS the way `npm start` does (embedded PostgreSQL, migrations, demo seed, Next.js) as
// a separate process, logs in over HTTP, checks REST and GraphQL refuse another centre's data,
// then stops it with SIGTERM and checks PostgreSQL went down cleanly.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error -- plain JavaScript helper shared with the start script
import { findFreePort } from '../../cms/scripts/embeddedPostgres.mjs'

const root = path.resolve(import.meta.dirname, '../..')
let server: ChildProcess
let dataDir: string
let baseUrl: string
let output = ''
let coldStartMs = 0
const nextDir = `.next-smoke-${process.pid}`

const waitFor = (pattern: RegExp, timeoutMs: number): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output:\n${output.slice(-3000)}`)), timeoutMs)
    const check = (): void => {
      if (pattern.test(output)) {
        clearTimeout(timer)
        resolve()
      }
    }
    server.stdout?.on('data', check)
    server.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}; output:\n${output.slice(-3000)}`))
    })
    check()
  })

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
  if (!existsSync(path.join(root, 'packages/ladder/dist/index.js'))) {
    throw new Error('Build @doorstart/ladder first: npm run build -w @doorstart/ladder')
  }
  dataDir = await mkdtemp(path.join(tmpdir(), 'doorstart-smoke-'))
  await chmod(dataDir, 0o755)
  const port = await findFreePort()
  baseUrl = `http://localhost:${port}`
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DOORSTART_DATA_DIR: dataDir, DOORSTART_NEXT_DIR: nextDir, DOORSTART_SEED: 'demo' }
  // The smoke test must use its own embedded database, whatever the developer's environment says.
  delete env.DATABASE_URL
  delete env.NODE_ENV
  delete env.PAYLOAD_SECRET
  const started = Date.now()
  server = spawn(process.execPath, [path.join(root, 'cms/scripts/start.mjs')], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  await waitFor(/\[doorstart\] ready in/, 240_000)
  coldStartMs = Date.now() - started
}, 300_000)

afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill('SIGKILL')
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
  await rm(path.join(root, 'cms', nextDir), { recursive: true, force: true })
})

describe('the CMS server', () => {
  it('serves the admin login page', async () => {
    const response = await fetch(`${baseUrl}/admin/login`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Doorstart')
    console.info(`cold start to login page: ${(coldStartMs / 1000).toFixed(1)} s`)
  })

  it('logs a demo coach in over HTTP', async () => {
    const response = await login('coach.rotterdam@demo.doorstart.nl')
    expect(response.status).toBe(200)
    const body = (await response.json()) as { user: { role: string }; token: string }
    expect(body.user.role).toBe('coach')
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

  it('locks an account after five wrong passwords', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await login('coach.apeldoorn@demo.doorstart.nl', 'wrong-password')).status).toBe(401)
    }
    expect((await login('coach.apeldoorn@demo.doorstart.nl')).status).not.toBe(200)
  })

  it('stops PostgreSQL cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false)
  }, 30_000)
})
