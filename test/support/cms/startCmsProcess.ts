// Starts `cms/scripts/start.mjs` (what `npm start` runs) as a separate process on a free port with
// its own embedded PostgreSQL, and waits until the login page is served. Every server of a test run
// shares one production build (cms/.next-test): the first start builds it when the sources changed,
// starts that come at the same time wait for that build (a lock), later runs reuse it.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findFreePort } from '../../../cms/scripts/embeddedPostgres.mjs'

const root = path.resolve(import.meta.dirname, '../../..')

export interface CmsProcess {
  baseUrl: string
  dataDir: string
  server: ChildProcess
  /** Milliseconds from spawning to a served login page. */
  coldStartMs: number
  output: () => string
  /** Sends SIGTERM and resolves with the exit code. */
  stop: () => Promise<number | null>
  /** Presses Ctrl-C: SIGINT to the whole process group (Next.js and PostgreSQL too), as a terminal does. */
  interrupt: () => Promise<number | null>
  /** Kills whatever is left and removes the data and Next.js folders. */
  cleanUp: () => Promise<void>
}

export interface CmsProcessOptions {
  /** Extra environment, e.g. `DATABASE_URL` and `PAYLOAD_SECRET` to share one database between servers. */
  env?: Record<string, string>
}

/** The Next.js output folder every test server uses (relative to cms/). */
export const TEST_NEXT_DIR = '.next-test'

export const startCmsProcess = async (name: string, options: CmsProcessOptions = {}): Promise<CmsProcess> => {
  if (!existsSync(path.join(root, 'packages/ladder/dist/index.js'))) {
    throw new Error('Build @doorstart/ladder first: npm run build -w @doorstart/ladder')
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), `doorstart-${name}-`))
  // As root, PostgreSQL runs as the `postgres` system user, which must be able to enter the folder.
  await chmod(dataDir, 0o755)
  const port = await findFreePort()
  // Its own embedded database unless told otherwise, whatever the environment says.
  const { DATABASE_URL: _url, NODE_ENV: _mode, PAYLOAD_SECRET: _secret, HOST: _host, DOORSTART_SERVER_URL: _server, ...inherited } = process.env
  const env: Record<string, string | undefined> = {
    ...inherited,
    PORT: String(port),
    HOST: '127.0.0.1',
    DOORSTART_DATA_DIR: dataDir,
    DOORSTART_NEXT_DIR: TEST_NEXT_DIR,
    DOORSTART_SEED: 'demo',
    ...options.env,
  }
  const started = Date.now()
  const server: ChildProcess = spawn(process.execPath, [path.join(root, 'cms/scripts/start.mjs')], { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let output = ''
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const cleanUp = async (): Promise<void> => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve))
      server.kill('SIGTERM')
      const timer = setTimeout(() => server.kill('SIGKILL'), 15_000)
      await exited
      clearTimeout(timer)
    }
    await rm(dataDir, { recursive: true, force: true })
  }
  await new Promise<void>((resolve, reject) => {
    // A build on a busy machine can take minutes; later starts reuse it.
    const timer = setTimeout(() => reject(new Error(`no login page after 600 s:\n${output.slice(-3000)}`)), 600_000)
    const onExit = (code: number | null): void => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}:\n${output.slice(-3000)}`))
    }
    server.once('exit', onExit)
    server.stdout?.on('data', () => {
      if (/\[doorstart\] ready in/.test(output)) {
        clearTimeout(timer)
        server.off('exit', onExit)
        resolve()
      }
    })
  }).catch(async (error: unknown) => {
    await cleanUp()
    throw error
  })
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir,
    server,
    coldStartMs: Date.now() - started,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (server.exitCode !== null) return resolve(server.exitCode)
        server.once('exit', (code) => resolve(code))
        server.kill('SIGTERM')
      }),
    interrupt: () =>
      new Promise((resolve) => {
        if (server.exitCode !== null) return resolve(server.exitCode)
        server.once('exit', (code) => resolve(code))
        process.kill(-server.pid!, 'SIGINT')
      }),
    cleanUp,
  }
}
