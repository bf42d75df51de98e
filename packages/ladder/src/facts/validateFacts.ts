import type { ErrorObject } from 'ajv'
import { DoorstartError } from '../errors/DoorstartError.js'
import type { ValidationIssue } from '../errors/ValidationIssue.js'
import type { Facts } from '../rules/JsonValue.js'
import { validateFactsQuick, validateFactsThorough } from './factValidators.generated.js'
import type { LadderErrorCode } from '../errors/ErrorCode.js'

/**
 * Thrown by {@link validateFacts} when facts do not fit the fact vocabulary; `issues` lists every
 * problem, each with a stable `code`, a JSON Pointer `path` and a message. Messages never repeat
 * the offending value: facts are personal data and must not end up in logs.
 *
 * Codes: `facts-not-object`, `wrong-type`, `out-of-range`, `invalid-date`, `unknown-value`,
 * `unknown-fact`, `missing-field`, `invalid-id`, `duplicate-item`, `too-many-items`, `too-long`,
 * `invalid-fact`.
 *
 * @example
 * ```ts
 * try { validateFacts({ paidWork: { hoursPerWeek: -4 } }) } catch (error) {
 *   if (error instanceof FactsValidationError) error.issues[0]?.path //=> '/paidWork/hoursPerWeek'
 * }
 * ```
 */
export class FactsValidationError extends DoorstartError<LadderErrorCode> {
  /** Every problem found, in document order. */
  readonly issues: readonly ValidationIssue<LadderErrorCode>[]

  constructor(issues: readonly ValidationIssue<LadderErrorCode>[]) {
    const first = issues[0]
    super(first?.code ?? 'invalid-fact', `${issues.length} problem(s) in the facts; first: ${first?.message ?? ''}`, first?.path ?? '')
    this.issues = issues
  }
}

// The schema is compiled ahead of time (factValidators.generated.ts, ajv's standalone code), so
// checking facts generates no code at run time. Valid facts (the common case) go through the
// faster validator that stops at the first error; only invalid facts are checked again to collect
// every issue.
interface ValidateFunction {
  (data: unknown): boolean
  errors?: ErrorObject[] | null
}
const quick = validateFactsQuick as ValidateFunction
const thorough = validateFactsThorough as ValidateFunction

function issueOf(error: ErrorObject): ValidationIssue<LadderErrorCode> {
  const path = error.instancePath
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'type':
      return { path, code: 'wrong-type', message: `${path} must be ${String(params['type']).replace(',', ' or ')}.` }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, code: 'out-of-range', message: `${path} must be ${error.keyword.endsWith('inimum') ? 'at least' : 'at most'} ${String(params['limit'])}${error.keyword.startsWith('exclusive') ? ' (exclusive)' : ''}.` }
    case 'format':
      return { path, code: 'invalid-date', message: `${path} must be a date that exists, written YYYY-MM-DD.` }
    case 'enum':
      return { path, code: 'unknown-value', message: `${path} must be one of ${(params['allowedValues'] as unknown[]).filter((v) => v !== null).map((v) => JSON.stringify(v)).join(', ')}.` }
    case 'additionalProperties': {
      const key = String(params['additionalProperty'])
      return { path: `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, code: 'unknown-fact', message: `${path || '/'} has no fact called "${key}"; check the spelling against the fact vocabulary.` }
    }
    case 'required': {
      const key = String(params['missingProperty'])
      return { path: `${path}/${key}`, code: 'missing-field', message: `${path} needs "${key}".` }
    }
    case 'pattern':
      return { path, code: 'invalid-id', message: `${path} must be a lowercase kebab-case id such as "kitchen-hygiene".` }
    case 'uniqueItems':
      return { path, code: 'duplicate-item', message: `${path} lists the same item twice.` }
    case 'maxItems':
      return { path, code: 'too-many-items', message: `${path} ${String(error.message)}.` }
    case 'maxLength':
      return { path, code: 'too-long', message: `${path} ${String(error.message)}.` }
    default:
      return { path, code: 'invalid-fact', message: `${path} ${String(error.message)}.` }
  }
}

/**
 * Checks facts against the fact vocabulary ({@link factSchema}) and returns every problem found;
 * an empty list means the facts are valid. Absent facts are never a problem: the engine treats
 * them as unknown. Messages never repeat the offending value.
 *
 * @example
 * ```ts
 * findFactIssues({ paidWork: { hoursPerWeek: -4 }, trajectory: { startedOn: '2026-02-30' } })
 * //=> [{ path: '/paidWork/hoursPerWeek', code: 'out-of-range', message: … },
 * //    { path: '/trajectory/startedOn', code: 'invalid-date', message: … }]
 * ```
 */
export function findFactIssues(input: unknown): readonly ValidationIssue<LadderErrorCode>[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ path: '', code: 'facts-not-object', message: 'Facts must be a JSON object such as {"paidWork": {"hoursPerWeek": 16}}.' }]
  }
  if (quick(input)) return []
  const validate = thorough
  validate(input)
  const issues: ValidationIssue<LadderErrorCode>[] = []
  const seen = new Set<string>()
  for (const error of validate.errors ?? []) {
    const issue = issueOf(error)
    const key = `${issue.path}\u0000${issue.code}`
    if (!seen.has(key)) {
      seen.add(key)
      issues.push(issue)
    }
  }
  return issues
}

/**
 * Returns `input` typed as {@link Facts} when it fits the fact vocabulary, or throws a
 * {@link FactsValidationError} listing every problem.
 *
 * @example
 * ```ts
 * const facts = validateFacts({ paidWork: { hoursPerWeek: 24, support: ['jobcoach'] } })
 * ```
 */
export function validateFacts(input: unknown): Facts {
  const issues = findFactIssues(input)
  if (issues.length > 0) throw new FactsValidationError(issues)
  return input as Facts
}
