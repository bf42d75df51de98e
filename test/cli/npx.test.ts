// `npx doorstart …` in a clone after `npm install && npm run build`: npm links a workspace's bin
// only if its target exists at install time, and a rebuild that empties dist/ drops the run bit,
// so the bin is a small committed, executable file that imports the built code.
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, readlinkSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { builtinLadders } from '@doorstart/ladder'

const root = fileURLToPath(new URL('../../', import.meta.url))
const manifest = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')) as { bin: Record<string, string> }

function npx(args: string[], input = ''): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npx', ['--no-install', 'doorstart', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the doorstart bin', () => {
  it('is a committed, executable file outside dist/', () => {
    const bin = manifest.bin['doorstart']
    expect(bin).toBe('./bin/doorstart.js')
    const entry = execFileSync('git', ['ls-files', '--stage', '--', `packages/cli/${bin!.slice(2)}`], { cwd: root, encoding: 'utf8' })
    expect(entry).toMatch(/^100755 /)
  })

  it('is linked by npm install into node_modules/.bin', () => {
    expect(readlinkSync(join(root, 'node_modules/.bin/doorstart'))).toBe('../@doorstart/cli/bin/doorstart.js')
  })

  it('answers npx doorstart --help with the usage and exit code 0', () => {
    const { code, stdout } = npx(['--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('Usage: doorstart <command>')
  })

  it('runs a real command through npx: doorstart ladders --json', () => {
    const { code, stdout } = npx(['ladders', '--json'])
    expect(code).toBe(0)
    expect((JSON.parse(stdout) as { id: string }[]).map((ladder) => ladder.id)).toEqual(Object.keys(builtinLadders))
  })

  it('assesses NDJSON from stdin through npx', () => {
    const { code, stdout } = npx(['assess', '--ladder', 'participatieladder', '--as-of', '2026-03-01', '--placement'], '{"socialContactsPerWeek": 2}\n')
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual({ line: 1, rung: 'sociale-contacten', provisional: true })
  })
})
