import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { DoorstartError, type ErrorCode, type LadderErrorCode, type ValidationIssue } from '@doorstart/ladder'
import { CertificateInputError, CredentialError, type CertificateErrorCode } from '@doorstart/certificates'
import { CliUsageError, type CliErrorCode } from '@doorstart/cli'

// The codes as a reader finds them in docs/errors.md. The type tests below make each list equal
// its package's union (so neither can gain or lose a code alone); the compiler makes every code
// thrown a member of the union.
const ladderCodes = [
  'invalid-ladder', 'invalid-rule', 'invalid-options', 'invalid-as-of', 'facts-not-object', 'invalid-fact-labels',
  'invalid-type', 'missing-field', 'unknown-field', 'invalid-id', 'invalid-version', 'invalid-date',
  'invalid-localized-text', 'text-too-long', 'unknown-placement', 'empty-rungs', 'too-many-rungs',
  'too-many-criteria', 'duplicate-rung-id', 'duplicate-criterion-id', 'unsupported-format-version',
  'unknown-operator', 'malformed-arguments', 'invalid-rule-object', 'forbidden-path', 'rule-too-deep', 'rule-too-large',
  'as-of-required', 'invalid-date-amount', 'invalid-date-unit', 'rule-evaluation-failed',
  'wrong-type', 'out-of-range', 'unknown-value', 'unknown-fact', 'duplicate-item', 'too-many-items', 'too-long',
  'invalid-fact', 'invalid-extension', 'invalid-hours', 'invalid-time', 'invalid-weekday', 'invalid-week-start',
  'duplicate-activity-id', 'invalid-period',
] as const

const certificateCodes = [
  'missing-property', 'unknown-property', 'expected-object', 'expected-array', 'expected-string', 'empty-text',
  'text-too-long', 'control-character', 'invalid-number', 'list-length', 'unknown-value', 'invalid-url',
  'invalid-date', 'invalid-time', 'invalid-phone', 'invalid-color', 'invalid-logo', 'logo-too-large',
  'period-ends-before-start', 'invalid-crebo', 'invalid-work-process-code', 'issued-before-period',
  'invalid-credential', 'ends-before-start', 'week-not-monday', 'day-outside-week', 'days-out-of-order',
  'duplicate-rung-id', 'unknown-rung', 'history-out-of-order', 'outside-period',
  'invalid-issuer-did', 'invalid-image', 'image-too-large', 'invalid-email', 'weak-recipient-identifier',
  'invalid-salt', 'invalid-achievement-type', 'invalid-target-type', 'valid-until-before-valid-from',
  'text-does-not-fit', 'unsupported-character', 'render-failed',
  'invalid-signing-key', 'invalid-public-key', 'unsupported-algorithm', 'invalid-kid', 'verification-method-mismatch',
  'invalid-did', 'invalid-did-web-url', 'invalid-did-document', 'invalid-key-id', 'duplicate-key-id',
  'private-key-in-did-document', 'invalid-status-list-length', 'index-out-of-range', 'missing-reason',
  'already-revoked', 'invalid-trust-file', 'invalid-status-list',
  'unknown-command', 'missing-option', 'missing-option-value', 'missing-file', 'invalid-json', 'unknown-document',
] as const

const cliCodes = [
  'unknown-command', 'invalid-arguments', 'missing-option', 'repeated-option', 'invalid-as-of', 'invalid-language',
  'unknown-document', 'missing-file', 'unreadable-file', 'unwritable-file', 'invalid-json', 'unknown-ladder',
  'invalid-ladder', 'not-an-assessment', 'invalid-trust-file', 'invalid-status-list', 'invalid-id', 'line-too-long',
] as const

const packages = [
  { name: '@doorstart/ladder', folder: 'ladder', codeFile: 'errors/ErrorCode.ts', codes: ladderCodes },
  { name: '@doorstart/certificates', folder: 'certificates', codeFile: 'errors/CertificateErrorCode.ts', codes: certificateCodes },
  { name: '@doorstart/cli', folder: 'cli', codeFile: 'CliErrorCode.ts', codes: cliCodes },
] as const

/** The codes in the first column of the table under `## <heading>` in docs/errors.md. */
function documentedCodes(heading: string): string[] {
  const docs = readFileSync('docs/errors.md', 'utf8')
  const section = docs.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? ''
  const firstCells = section.split('\n').filter((line) => line.startsWith('| `')).map((line) => line.split('|')[1] ?? '')
  return [...new Set(firstCells.flatMap((cell) => [...cell.matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1]!)))]
}

/** The TypeScript sources of a package, without the file that declares its codes. */
function sourcesOf(folder: string, codeFile: string): string {
  const root = join('packages', folder, 'src')
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts') && file !== codeFile)
    .map((file) => readFileSync(join(root, file), 'utf8'))
    .join('\n')
}

describe('ErrorCode', () => {
  it('lists the codes of each package as its union type', () => {
    expectTypeOf<(typeof ladderCodes)[number]>().toEqualTypeOf<LadderErrorCode>()
    expectTypeOf<(typeof certificateCodes)[number]>().toEqualTypeOf<CertificateErrorCode>()
    expectTypeOf<(typeof cliCodes)[number]>().toEqualTypeOf<CliErrorCode>()
  })

  it('is the union of the codes of every package', () => {
    expectTypeOf<ErrorCode>().toEqualTypeOf<LadderErrorCode | CertificateErrorCode | CliErrorCode>()
  })

  it('types the code of each error class with its package\'s codes', () => {
    expectTypeOf<DoorstartError['code']>().toEqualTypeOf<ErrorCode>()
    expectTypeOf<ValidationIssue['code']>().toEqualTypeOf<ErrorCode>()
    expectTypeOf<CredentialError['code']>().toEqualTypeOf<CertificateErrorCode>()
    expectTypeOf<CertificateInputError['issues'][number]['code']>().toEqualTypeOf<CertificateErrorCode>()
    expectTypeOf<CliUsageError['code']>().toEqualTypeOf<CliErrorCode>()
  })

  it('refuses a code that is not listed', () => {
    // @ts-expect-error 'facts-not-objct' is a typo, not an ErrorCode
    expect(new DoorstartError('facts-not-objct', 'A typo.').code).toBe('facts-not-objct')
    // @ts-expect-error a ladder code is not a code of the certificates package
    expect(new CredentialError('invalid-fact-labels', 'Not a certificate code.').code).toBe('invalid-fact-labels')
    // @ts-expect-error 'unknown-comand' is a typo
    expect(new CliUsageError('unknown-comand', 'A typo.').code).toBe('unknown-comand')
  })

  for (const { name, folder, codeFile, codes } of packages) {
    it(`documents every code of ${name} in docs/errors.md, and no other`, () => {
      expect(documentedCodes(name).sort()).toEqual([...codes].sort())
    })

    it(`lists only codes that ${name} still uses`, () => {
      const sources = sourcesOf(folder, codeFile)
      expect(codes.filter((code) => !sources.includes(`'${code}'`))).toEqual([])
    })
  }
})
