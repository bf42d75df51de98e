// The deprecated runCertificatesCli stays exported and working for programs that embed it; the
// `doorstart` command itself is @doorstart/cli (test/cli).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { runCertificatesCli } from '@doorstart/certificates'
import { getuigschrift } from './support/fixtures.js'

describe('runCertificatesCli (deprecated)', () => {
  it('still renders a certificate and answers wrong usage with exit code 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'doorstart-compat-'))
    try {
      await writeFile(join(dir, 'input.json'), JSON.stringify(getuigschrift()))
      const io = { stdin: Readable.from(['']), stdout: new PassThrough(), stderr: new PassThrough() }
      expect(await runCertificatesCli(['certificate', 'render', '--input', join(dir, 'input.json'), '--out', join(dir, 'out.pdf')], io)).toBe(0)
      expect((await readFile(join(dir, 'out.pdf'))).subarray(0, 5).toString('latin1')).toBe('%PDF-')
      expect(await runCertificatesCli(['certificate', 'render', '--input', join(dir, 'input.json')], io)).toBe(2)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
