import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderCertificate, revoke } from '@doorstart/certificates'
import { runCli } from '@doorstart/cli'
import { getuigschrift, progressReport, withValue, workAgenda } from '../certificates/support/fixtures.js'
import { issue, STATUS_URL, testCentre, type TestCentre } from '../certificates/support/issuer.js'
import { pdfText } from '../certificates/support/poppler.js'

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

async function cli(args: readonly string[], stdin = ''): Promise<Run> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: Buffer[] = []
  const err: Buffer[] = []
  stdout.on('data', (chunk: Buffer) => out.push(chunk))
  stderr.on('data', (chunk: Buffer) => err.push(chunk))
  const code = await runCli(args, { stdin: Readable.from([stdin]), stdout, stderr })
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }
}

let dir: string
let centre: TestCentre
let trustFile: string
let listFile: string
const file = (name: string): string => join(dir, name)

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'doorstart-cli-'))
  centre = await testCentre()
  trustFile = file('trust.json')
  listFile = file('status-list.jwt')
  await writeFile(trustFile, JSON.stringify([centre.trust]))
  await writeFile(listFile, centre.published.get(STATUS_URL) ?? '')
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('doorstart certificate render', () => {
  it('writes the PDF for a JSON input', async () => {
    await writeFile(file('input.json'), JSON.stringify(getuigschrift()))
    const run = await cli(['certificate', 'render', '--input', file('input.json'), '--out', file('out.pdf')])
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toMatch(/^Wrote .*out\.pdf \(\d+ KB\)\n$/)
    expect(await pdfText(await readFile(file('out.pdf')))).toContain('Zoë Çelik-Ağaoğlu')
  })

  it('reads the input from stdin and renders work agendas and progress reports too', async () => {
    const agenda = await cli(['certificate', 'render', '--input', '-', '--out', file('agenda.pdf'), '--document', 'work-agenda'], JSON.stringify(workAgenda()))
    expect(agenda.code).toBe(0)
    expect(await pdfText(await readFile(file('agenda.pdf')))).toContain('Werkweekagenda')
    const report = await cli(['certificate', 'render', '--input=-', '--out', file('report.pdf'), '--document=progress-report'], JSON.stringify(progressReport()))
    expect(report.code).toBe(0)
    expect(await pdfText(await readFile(file('report.pdf')))).toContain('Progress report')
  })

  it('lists every problem of an invalid input with its path, and exits 1 without printing the participant', async () => {
    const bad = withValue(withValue(getuigschrift(), '/issuedOn', '2026-13-01'), '/recipient/diagnosis', 'x')
    await writeFile(file('bad.json'), JSON.stringify(bad))
    const run = await cli(['certificate', 'render', '--input', file('bad.json'), '--out', file('bad.pdf')])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Invalid input (2 problems):')
    expect(run.stderr).toContain('/recipient/diagnosis  unknown-property')
    expect(run.stderr).toContain('/issuedOn  invalid-date')
    expect(run.stderr + run.stdout).not.toContain('Zoë')
  })

  it('exits 2 with the usage on a wrong call', async () => {
    const run = await cli(['certificate', 'render', '--input', file('input.json')])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Give --out exactly once.')
    expect(run.stderr).toContain('Usage:')
    expect((await cli(['certificate', 'print'])).code).toBe(2)
    expect((await cli(['certificate', 'render', '--input', file('input.json'), '--out', file('x.pdf'), '--document', 'diploma'])).stderr).toContain('Unknown --document "diploma"')
    expect((await cli(['certificate', 'render', '--input', file('missing.json'), '--out', file('x.pdf')])).code).toBe(2)
  })

  it('prints the usage for --help', async () => {
    const run = await cli(['--help'])
    expect(run).toMatchObject({ code: 0 })
    expect(run.stdout).toContain('  credential verify <jwt-or-pdf|->')
  })
})

describe('doorstart credential verify', () => {
  it('verifies a VC-JWT file and exits 0', async () => {
    await writeFile(file('credential.jwt'), await issue(centre))
    const run = await cli(['credential', 'verify', file('credential.jwt'), '--trust', trustFile, '--status-list', listFile])
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toBe('Verified: "Fietsherstel" issued by Stichting Pluspunt (https://pluspunt.example/issuer), valid from 2026-03-03.\n')
  })

  it('verifies the credential embedded in a certificate PDF', async () => {
    await writeFile(file('with-credential.pdf'), await renderCertificate({ ...getuigschrift(), credential: await issue(centre) }))
    const run = await cli(['credential', 'verify', file('with-credential.pdf'), '--trust', trustFile, '--status-list', listFile])
    expect(run.code).toBe(0)
  })

  it('exits 1 with the reason for a revoked credential', async () => {
    const revokedList = revoke(centre.list, { index: 42, reason: 'wrong participant', revokedOn: '2026-04-01' })
    const { issueStatusListCredential } = await import('@doorstart/certificates')
    await writeFile(file('revoked-list.jwt'), await issueStatusListCredential(revokedList, { signingKey: centre.keys.privateJwk, validFrom: '2026-04-01' }))
    await writeFile(file('credential.jwt'), await issue(centre))
    const run = await cli(['credential', 'verify', file('credential.jwt'), '--trust', trustFile, '--status-list', file('revoked-list.jwt')])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^Not verified \(revoked\): Stichting Pluspunt has revoked this credential/)
  })

  it('exits 1 for a tampered credential', async () => {
    const jwt = await issue(centre)
    const [header, payload, signature] = jwt.split('.')
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as { name: string }
    claims.name = 'Diploma'
    await writeFile(file('tampered.jwt'), `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`)
    const run = await cli(['credential', 'verify', file('tampered.jwt'), '--trust', trustFile, '--status-list', listFile])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Not verified (bad-signature)')
  })

  it('runs as a process, with the exit code as its result', async () => {
    const script = fileURLToPath(new URL('../../packages/cli/src/main.ts', import.meta.url))
    await writeFile(file('credential.jwt'), await issue(centre))
    const result = await promisify(execFile)('npx', ['tsx', script, 'credential', 'verify', file('credential.jwt'), '--trust', trustFile, '--status-list', listFile])
    expect(result.stdout).toContain('Verified: "Fietsherstel"')
    const failed = await promisify(execFile)('npx', ['tsx', script, 'credential', 'verify', file('credential.jwt'), '--trust', trustFile]).catch((error: { code: number; stderr: string }) => error)
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining('status-unavailable') })
  })
})
