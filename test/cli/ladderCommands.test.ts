// The `doorstart` CLI tested end to end as a process (issue 4), run from its TypeScript entry
// with tsx so that the test does not depend on a build.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { builtinLadders } from '@doorstart/ladder'

const root = fileURLToPath(new URL('../../', import.meta.url))
const fixture = (name: string): string => join(root, 'test/fixtures/domain/cli', name)

function doorstart(args: string[], input = ''): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'packages/cli/src/main.ts'), ...args], {
    cwd: root, input, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}
const lines = (text: string): unknown[] => text.trim().split('\n').map((line) => JSON.parse(line) as unknown)

describe('doorstart ladders', () => {
  it('lists every built-in ladder by id', () => {
    const { code, stdout } = doorstart(['ladders'])
    expect(code).toBe(0)
    for (const id of Object.keys(builtinLadders)) expect(stdout).toContain(id)
  })

  it('lists them as JSON with --json', () => {
    const { stdout } = doorstart(['ladders', '--json'])
    expect((JSON.parse(stdout) as { id: string }[]).map((l) => l.id)).toEqual(Object.keys(builtinLadders))
  })
})

describe('doorstart validate', () => {
  it('accepts a valid ladder file and exits 0', () => {
    const { code, stdout } = doorstart(['validate', fixture('centre-ladder.json')])
    expect(code).toBe(0)
    expect(stdout).toContain('valid ladder verbindingskamer-horeca 2026.1')
  })

  it('prints every issue with its path and exits 1', () => {
    const { code, stdout } = doorstart(['validate', fixture('bad-ladder.json')])
    expect(code).toBe(1)
    expect(stdout).toContain(':/id  ')
    expect(stdout).toContain(':/placement  ')
    expect(stdout).toContain(':/rungs/0/criteria/0/rule')
    expect(stdout).toContain(':/rungs/0/criteria/1/id')
    expect(stdout).toContain(':/rungs/0/criteria/1/rule')
  })

  it('checks NDJSON facts against the fact vocabulary with --facts, one line per issue with line number and path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorstart-cli-'))
    const file = join(dir, 'facts.ndjson')
    writeFileSync(file, ['{"socialContactsPerWeek": 2}', '{"id": "p2", "facts": {"trajectory": {"startedOn": "2026-02-30"}}}', 'nope'].join('\n'))
    const { code, stdout, stderr } = doorstart(['validate', '--facts', file])
    expect(code).toBe(1)
    expect(stdout.trim().split('\n')).toEqual([
      `${file}:2:/trajectory/startedOn  invalid-date  /trajectory/startedOn must be a date that exists, written YYYY-MM-DD.`,
      `${file}:3:/  invalid-json  Line 3 is not valid JSON.`,
    ])
    expect(stderr).toContain('2 of 3 records have issues')
  })

  it('exits 2 for a file that is not JSON or does not exist', () => {
    expect(doorstart(['validate', fixture('not-json.json')]).code).toBe(2)
    expect(doorstart(['validate', fixture('missing.json')]).code).toBe(2)
  })
})

describe('doorstart assess', () => {
  const input = [
    JSON.stringify({ id: 'p1', facts: { socialContactsPerWeek: 2 } }),
    '',
    '{"id": "p2", "facts": {"secret": "Jansen"',
    JSON.stringify({ id: 'p3', facts: { paidWork: { hoursPerWeek: -3 }, workplace: { kind: 'Jansen BV' } } }),
    JSON.stringify({ paidWork: { hoursPerWeek: 30, support: [] } }),
    '[1, 2]',
  ].join('\n')

  it('writes one result per record, an error record per bad line with its line number, and exits 1', () => {
    const { code, stdout, stderr } = doorstart(['assess', '--ladder', 'participatieladder', '--as-of', '2026-03-01', '--placement'], input)
    expect(code).toBe(1)
    expect(lines(stdout)).toEqual([
      { line: 1, id: 'p1', rung: 'sociale-contacten', provisional: true },
      { line: 3, error: { code: 'invalid-json', path: '', message: 'Line 3 is not valid JSON.' } },
      expect.objectContaining({ line: 4, id: 'p3', error: expect.objectContaining({ code: 'out-of-range', path: '/paidWork/hoursPerWeek' }) }),
      { line: 5, rung: 'betaald-werk', provisional: false },
      expect.objectContaining({ line: 6, error: expect.objectContaining({ code: 'facts-not-object' }) }),
    ])
    expect(stderr).toContain('3 of 5 records failed')
  })

  it('never echoes fact values in error records or on stderr', () => {
    const { stdout, stderr } = doorstart(['assess', '--ladder', 'participatieladder', '--as-of', '2026-03-01'], input)
    const errors = stdout.split('\n').filter((line) => line.includes('"error"')).join('\n')
    expect(errors).not.toContain('Jansen')
    expect(stderr).not.toContain('Jansen')
  })

  it('writes assessments with every outcome and missing fact, and exits 0 when every record is fine', () => {
    const { code, stdout, stderr } = doorstart(['assess', '--ladder', 'participatieladder', '--as-of', '2026-03-01'],
      `${JSON.stringify({ id: 7, facts: { paidWork: { hoursPerWeek: 20, support: ['jobcoach'] } } })}\n`)
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const [record] = lines(stdout) as { id: number; assessment: { rungs: { criteria: { explanation?: unknown }[] }[] } }[]
    expect(record?.id).toBe(7)
    expect(record?.assessment).toMatchObject({
      ladder: { id: 'participatieladder', version: '2026.1' }, asOf: '2026-03-01', rung: 'betaald-werk-met-ondersteuning',
      next: { rung: 'betaald-werk', unmet: ['zonder-ondersteuning'], unknown: [] },
    })
    expect(record?.assessment.rungs[1]?.criteria[0]).toEqual({ id: 'sociale-contacten-wekelijks', outcome: 'unknown', missing: ['socialContactsPerWeek'] })
  })

  it('adds the Dutch and English explanations with --explain', () => {
    const { stdout } = doorstart(['assess', '--ladder', 'participatieladder', '--as-of', '2026-03-01', '--explain'],
      `${JSON.stringify({ socialContactsPerWeek: 2 })}\n`)
    const [record] = lines(stdout) as { assessment: { rungs: { criteria: { explanation?: { nl: string; en: string } }[] }[] } }[]
    expect(record?.assessment.rungs[1]?.criteria[0]?.explanation?.en).toContain('social contacts outside the home per week')
  })

  it("reads --in and a centre's own ladder file", () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorstart-cli-'))
    const file = join(dir, 'facts.ndjson')
    writeFileSync(file, `${JSON.stringify({ unpaidWork: { hoursPerWeek: 12 }, certificates: [{ kind: 'deelcertificaat', achievement: 'deelcertificaat-hygiene-keuken', issuedOn: '2026-02-01' }] })}\r\n`)
    const { code, stdout } = doorstart(['assess', '--ladder', fixture('centre-ladder.json'), '--as-of', '2026-03-01', '--in', file, '--placement'])
    expect(code).toBe(0)
    expect(lines(stdout)).toEqual([{ line: 1, rung: 'eerste-diploma', provisional: false }])
  })

  it.each([
    [['assess', '--as-of', '2026-03-01'], 'needs --ladder'],
    [['assess', '--ladder', 'participatieladder', '--as-of', '2026-02-30'], 'a date that exists'],
    [['assess', '--ladder', 'no-such-ladder', '--as-of', '2026-03-01'], 'No built-in ladder "no-such-ladder"'],
    [['assess', '--ladder', fixture('bad-ladder.json'), '--as-of', '2026-03-01'], 'not a valid ladder'],
    [['assess', '--ladder', 'participatieladder', '--as-of', '2026-03-01', '--in', fixture('missing.ndjson')], 'Cannot read'],
    [['assess', '--bogus'], 'Unknown option'],
    [['frobnicate'], 'Unknown command'],
  ])('exits 2 with a usage message for %j', (args, message) => {
    const { code, stderr } = doorstart(args)
    expect(code).toBe(2)
    expect(stderr).toContain(message)
  })

  it('writes no progress line when stderr is not a terminal', () => {
    const many = Array.from({ length: 20_001 }, () => '{"socialContactsPerWeek": 1}').join('\n')
    const { code, stdout, stderr } = doorstart(['assess', '--ladder', 'participatieladder', '--as-of', '2026-03-01', '--placement'], many)
    expect(code).toBe(0)
    expect(stdout.trim().split('\n')).toHaveLength(20_001)
    expect(stderr).toBe('')
  })
})

describe('doorstart assess on a terminal', () => {
  it.runIf(existsSync('/usr/bin/script'))('writes a progress line to stderr when stderr is a terminal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorstart-cli-'))
    const file = join(dir, 'facts.ndjson')
    writeFileSync(file, Array.from({ length: 20_000 }, () => '{"socialContactsPerWeek": 1}').join('\n'))
    const command = `'${join(root, 'node_modules/.bin/tsx')}' '${join(root, 'packages/cli/src/main.ts')}' assess --ladder participatieladder --as-of 2026-03-01 --placement --in '${file}' > /dev/null`
    // script(1) runs the command with a pseudo-terminal as stderr; stdout still goes to /dev/null.
    const result = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { encoding: 'utf8', timeout: 60_000 })
    expect(result.stdout).toContain('10000 records, 0 failed')
    expect(result.stdout).toContain('20000 records, 0 failed')
  })
})

describe('doorstart explain', () => {
  const assessed = doorstart(['assess', '--ladder', 'participatieladder', '--as-of', '2026-03-01'],
    `${JSON.stringify({ socialContactsPerWeek: 2 })}\n`).stdout

  it('prints an assessment as readable Dutch by default', () => {
    const { code, stdout } = doorstart(['explain'], assessed)
    expect(code).toBe(0)
    expect(stdout).toContain('Participatieladder (participatieladder 2026.1), peildatum 2026-03-01')
    expect(stdout).toContain('Trede: Trede 2: sociale contacten buiten de deur (voorlopig: er ontbreken gegevens)')
    expect(stdout).toContain('Volgende stap: Trede 3: deelname aan georganiseerde activiteiten')
    expect(stdout).toContain('ontbreekt: organisedActivityHoursPerWeek')
  })

  it('prints the explanation texts when the assessment has them', () => {
    const explained = doorstart(['assess', '--ladder', 'participatieladder', '--as-of', '2026-03-01', '--explain'], `${JSON.stringify({ socialContactsPerWeek: 2 })}\n`).stdout
    expect(doorstart(['explain', '--lang', 'en'], explained).stdout).toContain('Met: social contacts outside the home per week is 2')
  })

  it('prints it in English with --lang en', () => {
    const { stdout } = doorstart(['explain', '--lang', 'en'], assessed)
    expect(stdout).toContain('Rung: Rung 2: social contacts outside the home (provisional: some facts are missing)')
  })

  it('exits 2 for input that is not an assessment, and for an unknown language', () => {
    expect(doorstart(['explain'], '{"line": 3, "error": {"code": "invalid-json"}}').code).toBe(2)
    expect(doorstart(['explain', '--lang', 'fr'], assessed).code).toBe(2)
  })
})

describe('doorstart certificate', () => {
  it('lists the certificate and credential commands in its usage, on --help after them too', () => {
    const { code, stdout } = doorstart(['certificate', '--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('certificate render --input <json|-> --out <pdf|->')
    expect(stdout).toContain('credential verify <jwt-or-pdf|-> --trust <trusted-issuers.json>')
  })

  it('says an incomplete certificate command is unknown, with exit code 2', () => {
    const { code, stderr } = doorstart(['certificate'])
    expect(code).toBe(2)
    expect(stderr).toContain('Unknown command "certificate"')
  })
})

describe('compileAssessmentWriter', () => {
  it('writes exactly JSON.stringify of the assessment without explanations', async () => {
    const { assess, compileAssessmentWriter, compileLadder } = await import('@doorstart/ladder')
    const compiled = compileLadder(builtinLadders.participatieladder)
    const write = compileAssessmentWriter(compiled, '2026-03-01')
    const varied = Array.from({ length: 300 }, (_, i) => ({
      ...(i % 3 === 0 ? {} : { socialContactsPerWeek: i % 4 }),
      ...(i % 5 === 0 ? {} : { organisedActivityHoursPerWeek: i % 7 }),
      ...(i % 2 === 0 ? { unpaidWork: { hoursPerWeek: i % 33, ...(i % 4 === 0 ? {} : { withResponsibility: i % 8 < 4 }) } } : {}),
      ...(i % 7 < 3 ? { paidWork: { hoursPerWeek: (i % 3) * 12, ...(i % 6 === 0 ? {} : { support: i % 2 === 0 ? [] : ['jobcoach'] }) } } : {}),
    }))
    for (const facts of [{}, { socialContactsPerWeek: 2 }, { paidWork: { hoursPerWeek: 20, support: ['jobcoach'] } }, { unpaidWork: { workExperiencePlace: true } }, ...varied]) {
      const assessment = assess(compiled, facts, { asOf: '2026-03-01' })
      const compact = {
        ladder: assessment.ladder, asOf: assessment.asOf, rung: assessment.rung, provisional: assessment.provisional,
        rungs: assessment.rungs.map((rung) => ({ id: rung.id, outcome: rung.outcome, criteria: rung.criteria.map((c) => ({ id: c.id, outcome: c.outcome, missing: c.missing })) })),
        next: assessment.next,
      }
      expect(write(facts)).toBe(JSON.stringify(compact))
      expect(write(facts), 'the second time, from the kept pattern').toBe(JSON.stringify(compact))
    }
  })
})
