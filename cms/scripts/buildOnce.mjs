// Builds the CMS for production (`next build`) unless the output folder already holds a build of
// exactly these sources. Several processes may ask at once (test files starting servers in
// parallel, two app servers on one machine): a lock folder lets one build while the others wait,
// then find the build done.
//
//   node scripts/buildOnce.mjs     builds into DOORSTART_NEXT_DIR (default .next) if needed
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { cmsDir, sourceHash } from './sourceHash.mjs'

const HASH_FILE = 'doorstart-source-hash'
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** @param {number} pid */
const isRunning = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM'
  }
}

/** @param {string} outDir */
const builtHash = async (outDir) => {
  const file = path.join(outDir, HASH_FILE)
  return existsSync(file) ? (await readFile(file, 'utf8')).trim() : null
}

/**
 * Takes the lock folder `<outDir>.lock` (mkdir is atomic); a lock whose owner died is taken over.
 * @param {string} lockDir
 * @param {(message: string) => void} log
 */
const acquire = async (lockDir, log) => {
  let told = false
  for (;;) {
    try {
      await mkdir(lockDir)
      await writeFile(path.join(lockDir, 'pid'), String(process.pid))
      return
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error
    }
    const owner = Number(await readFile(path.join(lockDir, 'pid'), 'utf8').catch(() => '0'))
    if (owner > 0 && !isRunning(owner)) {
      await rm(lockDir, { recursive: true, force: true })
      continue
    }
    if (!told) log('waiting for another build of the same folder')
    told = true
    await sleep(owner > 0 ? 500 : 100)
  }
}

/**
 * Makes sure `distDir` (relative to cms/) holds a production build of the current sources.
 * @param {{ distDir?: string, log?: (message: string) => void }} [options]
 * @returns {Promise<{ built: boolean, hash: string, ms: number }>}
 */
export async function buildOnce({ distDir = process.env.DOORSTART_NEXT_DIR || '.next', log = console.log } = {}) {
  const started = Date.now()
  const outDir = path.resolve(cmsDir, distDir)
  const hash = await sourceHash()
  if ((await builtHash(outDir)) === hash) return { built: false, hash, ms: Date.now() - started }
  const lockDir = `${outDir}.lock`
  await acquire(lockDir, log)
  try {
    if ((await builtHash(outDir)) === hash) return { built: false, hash, ms: Date.now() - started }
    log(`building the CMS for production into cms/${distDir} (sources changed)`)
    const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
    const code = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [nextBin, 'build'], {
        cwd: cmsDir,
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, NODE_ENV: 'production', DOORSTART_NEXT_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
      })
      // Stopped while building: stop the build too and free the lock, so nobody waits on it.
      const stop = (signal) => {
        child.kill('SIGTERM')
        void rm(lockDir, { recursive: true, force: true }).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
      }
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, stop)
      child.once('error', reject)
      child.once('exit', (exitCode, signal) => {
        for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.off(name, stop)
        resolve(exitCode ?? (signal ? 1 : 0))
      })
    })
    if (code !== 0) throw new Error(`next build failed (exit ${code})`)
    await writeFile(path.join(outDir, HASH_FILE), `${hash}\n`)
    return { built: true, hash, ms: Date.now() - started }
  } finally {
    await rm(lockDir, { recursive: true, force: true })
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { built, ms } = await buildOnce({ log: (message) => console.log(`[doorstart] ${message}`) })
  console.log(`[doorstart] ${built ? 'built' : 'build is up to date'} in ${(ms / 1000).toFixed(1)} s`)
}
