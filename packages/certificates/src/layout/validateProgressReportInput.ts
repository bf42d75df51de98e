import type { ValidationIssue } from '@doorstart/ladder'
import { CertificateInputError } from '../errors/CertificateInputError.js'
import { refine, type Rule } from '../internal/rules.js'
import type { ProgressReportInput } from './ProgressReportInput.js'
import { array, centre, isoDate, locale, object, oneOf, period, personName, text } from './sharedRules.js'
import type { CertificateErrorCode } from '../errors/CertificateErrorCode.js'

const report: Rule = refine(
  object(
    {
      locale,
      participant: object({ name: personName }, { pseudonym: text(40) }),
      centre,
      ladder: object({ title: text(80), rungs: array(object({ id: text(60), title: text(60) }), { min: 2, max: 8 }) }),
      history: array(object({ date: isoDate, rungId: text(60) }), { min: 1, max: 60 }),
      period,
      issuedOn: isoDate,
    },
    {
      goals: array(object({ title: text(100), status: oneOf(['achieved', 'in-progress', 'not-started']) }), { min: 0, max: 8 }),
      summary: text(600, { multiline: true }),
      coach: object({ name: personName }),
    },
  ),
  (value, _path, issues) => {
    const input = value as ProgressReportInput
    const ids = new Set<string>()
    input.ladder.rungs.forEach((rung, index) => {
      if (ids.has(rung.id)) issues.push({ path: `/ladder/rungs/${index}/id`, code: 'duplicate-rung-id', message: `Rung id "${rung.id}" appears twice; each rung needs its own id.` })
      ids.add(rung.id)
    })
    let previous = ''
    input.history.forEach((entry, index) => {
      if (!ids.has(entry.rungId)) {
        issues.push({ path: `/history/${index}/rungId`, code: 'unknown-rung', message: `"${entry.rungId}" is not a rung of the ladder; use one of ${[...ids].join(', ')}.` })
      }
      if (entry.date < previous) {
        issues.push({ path: `/history/${index}/date`, code: 'history-out-of-order', message: `List the history oldest first (${entry.date} comes after ${previous}).` })
      }
      if (entry.date < input.period.from || entry.date > input.period.to) {
        issues.push({ path: `/history/${index}/date`, code: 'outside-period', message: `${entry.date} is outside the report period ${input.period.from} – ${input.period.to}.` })
      }
      previous = entry.date
    })
  },
)

/**
 * Checks that `input` is a printable {@link ProgressReportInput} and returns it typed.
 *
 * @throws {@link CertificateInputError} listing every problem with its JSON Pointer (e.g.
 *   `unknown-rung` at `/history/2/rungId`).
 * @example
 * ```ts
 * validateProgressReportInput(JSON.parse(reportJson)).history.length //=> 2
 * ```
 */
export function validateProgressReportInput(input: unknown): ProgressReportInput {
  const issues: ValidationIssue<CertificateErrorCode>[] = []
  report(input, '', issues)
  const [first, ...rest] = issues
  if (first) throw new CertificateInputError([first, ...rest])
  return input as ProgressReportInput
}
