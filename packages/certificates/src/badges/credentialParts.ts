// What both ways of issuing a credential share (the OB 3.0 form of `buildOpenBadgeCredential`
// and the earlier `issueCredential`): the rules for dates, evidence and status, and how those
// parts are written into the credential. Key order is fixed, so the same input gives the same JSON.
import type { ValidationIssue } from '@doorstart/ladder'
import { CertificateInputError } from '../errors/CertificateInputError.js'
import type { CertificateErrorCode } from '../errors/CertificateErrorCode.js'
import { array, httpUrl, integer, isIsoDate, object, text, type Rule } from '../internal/rules.js'
import type { BitstringStatusListEntry, Evidence } from './OpenBadgeCredential.js'

/** A day (YYYY-MM-DD) or an ISO date-time with a zone. */
export const dateTime: Rule = (value, path, issues) => {
  const ok = isIsoDate(value) || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value)))
  if (!ok) issues.push({ path, code: 'invalid-date', message: `Write the date as YYYY-MM-DD or as an ISO date-time with a zone, e.g. 2026-03-03T09:00:00Z (got ${JSON.stringify(value)}).` })
}

/** A day as the start of that day in UTC; a date-time as given. */
export const toDateTime = (value: string): string => (isIsoDate(value) ? `${value}T00:00:00Z` : value)

/** The optional parts after the achievement: validity end, evidence, revocation status, id. */
export const optionalCredentialParts = (identifier: Rule): Record<string, Rule> => ({
  validUntil: dateTime,
  evidence: array(object({}, { id: identifier, name: text(200), narrative: text(1000, { multiline: true }) }), { min: 1, max: 20 }),
  status: object({ statusListCredential: httpUrl, statusListIndex: integer(0, 2 ** 31 - 1) }),
  id: identifier,
})

/** Refuses a `validUntil` that does not come after `validFrom`. */
export const validUntilAfterValidFrom = (value: unknown, _path: string, issues: ValidationIssue<CertificateErrorCode>[]): void => {
  const input = value as { readonly validFrom: string; readonly validUntil?: string }
  if (input.validUntil && Date.parse(toDateTime(input.validUntil)) <= Date.parse(toDateTime(input.validFrom))) {
    issues.push({ path: '/validUntil', code: 'valid-until-before-valid-from', message: 'validUntil must come after validFrom.' })
  }
}

/** Checks `input` against `rule` and throws every problem at once. */
export function assertValid(rule: Rule, input: unknown): void {
  const issues: ValidationIssue<CertificateErrorCode>[] = []
  rule(input, '', issues)
  const [first, ...rest] = issues
  if (first) throw new CertificateInputError([first, ...rest])
}

interface TailInput {
  readonly evidence?: readonly { readonly id?: string; readonly name?: string; readonly narrative?: string }[]
  readonly status?: { readonly statusListCredential: string; readonly statusListIndex: number }
}

/** The credential's `evidence` and `credentialStatus` (a Bitstring Status List entry for revocation). */
export const credentialTail = (input: TailInput): { evidence?: readonly Evidence[]; credentialStatus?: BitstringStatusListEntry } => ({
  ...(input.evidence ? { evidence: input.evidence.map((item) => ({ type: ['Evidence'] as const, ...item })) } : {}),
  ...(input.status
    ? {
        credentialStatus: {
          id: `${input.status.statusListCredential}#${input.status.statusListIndex}`,
          type: 'BitstringStatusListEntry' as const,
          statusPurpose: 'revocation' as const,
          statusListIndex: String(input.status.statusListIndex),
          statusListCredential: input.status.statusListCredential,
        },
      }
    : {}),
})
