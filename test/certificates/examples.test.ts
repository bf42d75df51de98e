import { execFile } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../../', import.meta.url))
let out: string

// The example imports the built package, as a user would; build it from the current sources.
beforeAll(async () => {
  await run('npx', ['tsc', '-p', 'packages/certificates/tsconfig.build.json'], { cwd: root })
  out = await mkdtemp(join(tmpdir(), 'doorstart-example-'))
})
afterAll(async () => {
  await rm(out, { recursive: true, force: true })
})

describe('examples/certificates.mjs', () => {
  it('renders every document, verifies the embedded credential and sees it revoked', async () => {
    const { stdout } = await run('node', ['examples/certificates.mjs', out], { cwd: root })
    expect((await readdir(out)).sort()).toEqual([
      'certificaat-en.pdf', 'certificaat-nl.pdf', 'getuigschrift-en.pdf', 'getuigschrift-nl.pdf',
      'praktijkverklaring-en.pdf', 'praktijkverklaring-nl.pdf', 'progress-report-en.pdf', 'werkweekagenda-nl.pdf',
    ])
    expect(stdout).toContain('credential embedded in getuigschrift-nl.pdf: verified')
    expect(stdout).toContain('after revocation: not verified (revoked)')
  })
})
