// Packs @doorstart/ladder as npm would publish it, installs the tarball in a scratch project and
// assesses a participant from plain Node: a broken `exports` map or a missing file fails here.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const scratch = mkdtempSync(join(tmpdir(), 'doorstart-pack-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

interface PackResult { filename: string; files: Array<{ path: string }> }

function pack(dryRun: boolean): PackResult {
  const args = ['pack', '-w', '@doorstart/ladder', '--json', '--ignore-scripts', ...(dryRun ? ['--dry-run'] : ['--pack-destination', scratch])]
  const output = execFileSync('npm', args, { encoding: 'utf8' })
  return (JSON.parse(output) as PackResult[])[0]!
}

describe('the published package @doorstart/ladder', () => {
  it('contains only dist/ (JS, declarations, source maps), README, LICENSE and package.json', () => {
    const files = pack(true).files.map((file) => file.path)
    expect(files).toContain('dist/index.js')
    expect(files).toContain('dist/index.d.ts')
    expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']))
    const unexpected = files.filter((path) => !/^dist\/.+\.(js|d\.ts|js\.map|d\.ts\.map|json)$/.test(path) && !['README.md', 'LICENSE', 'package.json'].includes(path))
    expect(unexpected).toEqual([])
  })

  it('installs from its tarball and assesses from plain Node', () => {
    const { filename } = pack(false)
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }))
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, filename)], { cwd: scratch, stdio: 'pipe' })
    writeFileSync(join(scratch, 'check.mjs'), `
      import { assess } from '@doorstart/ladder'
      const ladder = { id: 'scratch', version: '1', title: { en: 'Scratch' }, placement: 'cumulative',
        rungs: [{ id: 'works', title: { en: 'Works' }, criteria: [{ id: 'hours', title: { en: 'Hours' }, rule: { '>=': [{ var: 'hours' }, 12] } }] }] }
      console.log(JSON.stringify(assess(ladder, { hours: 16 }, { asOf: '2026-03-01' }).rung))
    `)
    expect(execFileSync(process.execPath, ['check.mjs'], { cwd: scratch, encoding: 'utf8' }).trim()).toBe('"works"')
  }, 120_000)
})
