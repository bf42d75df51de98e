import type { ValidationIssue } from '@doorstart/ladder'
import { CertificateInputError } from '../errors/CertificateInputError.js'
import { integer, isPlainObject, matches, refine, type Rule } from '../internal/rules.js'
import type { CertificateInput } from './CertificateInput.js'
import { array, centre, httpUrl, isoDate, locale, object, oneOf, period, personName, signatories, text } from './sharedRules.js'
import type { CertificateErrorCode } from '../errors/CertificateErrorCode.js'

/** Titles (achievement, qualification) may have 200 characters: real qualification titles run to 150 and more. */
const MAX_TITLE = 200

const base: Readonly<Record<string, Rule>> = {
  kind: oneOf(['getuigschrift', 'praktijkverklaring', 'certificaat']),
  locale,
  recipient: object({ name: personName }),
  centre,
  achievement: object(
    { title: text(MAX_TITLE), competences: array(text(160), { min: 1, max: 10 }) },
    { description: text(400, { multiline: true }) },
  ),
  issuedOn: isoDate,
  verifyUrl: httpUrl,
}
const jwtCredential = matches(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, 'invalid-credential', 'Give the signed credential as a compact JWT (three base64url parts joined by dots), as issueCredential returns it, or as a Data Integrity credential object')
const identification: Readonly<Record<string, Rule>> = {
  certificateNumber: text(40),
  credential: (value, path, issues) => {
    if (isPlainObject(value)) {
      if (value.proof === undefined || !Array.isArray(value.type) || !value.type.includes('VerifiableCredential')) {
        issues.push({ path, code: 'invalid-credential', message: 'Give the signed credential as issueDataIntegrityCredential returns it (an object with a proof), or as a compact JWT.' })
      } else if (JSON.stringify(value).length > 2_000_000) {
        issues.push({ path, code: 'invalid-credential', message: 'The credential is too large to embed (over 2 MB); give the badge image by URL.' })
      }
      return
    }
    jwtCredential(value, path, issues)
  },
}
const baseOptional: Readonly<Record<string, Rule>> = { ...identification, signatories }

const byKind: Readonly<Record<CertificateInput['kind'], Rule>> = {
  getuigschrift: object(base, { ...baseOptional, workplace: text(80), period }),
  praktijkverklaring: object(
    {
      ...base,
      company: object({ name: text(80) }, { recognitionNumber: text(20) }),
      practiceTrainer: object({ name: personName }),
      qualification: object({
        title: text(MAX_TITLE),
        crebo: matches(/^\d{5}$/, 'invalid-crebo', 'A crebo code has five digits, e.g. 25180'),
      }),
      workProcesses: array(
        object({
          code: matches(/^B\d{1,2}-K\d{1,2}-W\d{1,2}$/, 'invalid-work-process-code', 'Write the work process code as B1-K1-W2'),
          title: text(90),
        }),
        { min: 1, max: 6 },
      ),
      period,
      evidence: array(text(120), { min: 1, max: 6 }),
      // SBB's format has signatures: at least the practice trainer's.
      signatories,
    },
    identification,
  ),
  certificaat: object(
    { ...base, qualification: object({ title: text(MAX_TITLE), area: oneOf(['social', 'educational', 'work']) }) },
    { ...baseOptional, hours: integer(1, 10_000) },
  ),
}

const withDates: Rule = refine(
  (value, path, issues) => {
    const kind = isPlainObject(value) ? value.kind : undefined
    const rule = typeof kind === 'string' && kind in byKind ? byKind[kind as CertificateInput['kind']] : undefined
    if (rule) rule(value, path, issues)
    else if (!isPlainObject(value)) issues.push({ path, code: 'expected-object', message: 'Expected the certificate input as an object.' })
    else oneOf(Object.keys(byKind))(kind, `${path}/kind`, issues)
  },
  (value, _path, issues) => {
    const input = value as CertificateInput
    if ('period' in input && input.period && input.period.from > input.issuedOn) {
      issues.push({ path: '/issuedOn', code: 'issued-before-period', message: `The certificate is issued (${input.issuedOn}) before the period starts (${input.period.from}); issue it on or after the start.` })
    }
  },
)

/**
 * Checks that `input` is a complete, printable {@link CertificateInput} and returns it typed.
 * Reports every problem at once.
 *
 * @throws {@link CertificateInputError} with one issue per problem (`missing-property`,
 *   `text-too-long`, `invalid-date`, `unknown-property`, …), each with a JSON Pointer path.
 * @example
 * ```ts
 * const input = validateCertificateInput(JSON.parse(json))
 * input.kind //=> 'getuigschrift'
 * ```
 */
export function validateCertificateInput(input: unknown): CertificateInput {
  const issues: ValidationIssue<CertificateErrorCode>[] = []
  withDates(input, '', issues)
  const [first, ...rest] = issues
  if (first) throw new CertificateInputError([first, ...rest])
  return input as CertificateInput
}
