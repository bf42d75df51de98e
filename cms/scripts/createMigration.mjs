#!/usr/bin/env node
// Writes a new migration (cms/src/migrations/<date>_<name>.ts and its schema snapshot) for the
// collections as they are now, against a throwaway embedded PostgreSQL: no database to set up.
// Payload diffs the config against the newest committed snapshot, so run it after rebasing.
//
//   npm run migrate:new -w @doorstart/cms -- <name>
//
// A migration of hand-written SQL only (triggers, functions, tables outside Payload's schema) has
// no schema change to diff: add `--force-accept-warning` after the name for a blank one.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startEmbeddedPostgres } from './embeddedPostgres.mjs'

const [name, ...flags] = process.argv.slice(2)
if (!name || !/^[a-z0-9_]+$/.test(name) || flags.some((flag) => flag !== '--force-accept-warning')) {
  console.error('usage: createMigration.mjs <name in snake_case> [--force-accept-warning]')
  process.exit(2)
}
const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// payload's exports map hides bin.js (its npm bin): find it on the module search path.
const payloadBin = createRequire(import.meta.url).resolve.paths('payload').map((dir) => path.join(dir, 'payload', 'bin.js')).find((file) => existsSync(file))
if (!payloadBin) throw new Error('payload is not installed: run npm install')
const folder = await mkdtemp(path.join(tmpdir(), 'doorstart-migration-'))
await chmod(folder, 0o755)
const database = await startEmbeddedPostgres({ dataDir: path.join(folder, 'pg') })
let status = 1
try {
  const result = spawnSync(process.execPath, [payloadBin, 'migrate:create', name, '--skip-empty', ...flags], {
    cwd: cmsDir,
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PAYLOAD_SECRET: 'migration-only',
      DOORSTART_SEED: 'none',
      // Without it the Payload CLI on Node 20 can exit 0 having done nothing.
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --conditions=production`.trim(),
    },
  })
  status = result.status ?? 1
} finally {
  await database.stop()
  await rm(folder, { recursive: true, force: true })
}
process.exit(status)
