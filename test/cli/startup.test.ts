// The ladder commands start without loading the certificate library (pdfkit, fonts, JSON-LD
// contexts), which costs seconds per process: `doorstart assess` in a batch job must not pay it.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))

function doorstartWithoutCertificates(args: string[], input = ''): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--import', join(root, 'test/support/registerBlockCertificates.mjs'), join(root, 'packages/cli/src/main.ts'), ...args], {
    cwd: root, input, encoding: 'utf8', timeout: 60_000,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('doorstart start-up', () => {
  it('assesses a batch without loading @doorstart/certificates', () => {
    const input = `${JSON.stringify({ id: 'p1', facts: { socialContactsPerWeek: 2 } })}\n`
    const { code, stdout, stderr } = doorstartWithoutCertificates(['assess', '--ladder', 'participatieladder', '--as-of', '2026-03-01', '--placement'], input)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ line: 1, id: 'p1', rung: 'sociale-contacten' })
  })

  it('lists ladders and prints the fact schema without it', () => {
    expect(doorstartWithoutCertificates(['ladders']).code).toBe(0)
    expect(doorstartWithoutCertificates(['schema']).code).toBe(0)
  })

  it('loads it for a certificate command (so the check above can fail)', () => {
    const { code, stderr } = doorstartWithoutCertificates(['certificate', 'render', '--input', '-', '--out', '-'], '{}')
    expect(code).not.toBe(0)
    expect(stderr).toContain('@doorstart/certificates was loaded')
  })
})
