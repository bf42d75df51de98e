import type { ValidationIssue } from '@doorstart/ladder'
import { CertificateInputError } from '../errors/CertificateInputError.js'
import { integer, matches, refine, type Rule } from '../internal/rules.js'
import type { WorkAgendaInput } from './WorkAgendaInput.js'
import { array, centre, isoDate, locale, object, oneOf, personName, text } from './sharedRules.js'
import type { CertificateErrorCode } from '../errors/CertificateErrorCode.js'

const time = matches(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid-time', 'Write the time as HH:MM on a 24-hour clock, e.g. 09:30')

const activity: Rule = refine(
  object(
    { start: time, end: time, title: text(60), kind: oneOf(['work', 'course', 'coaching', 'other']) },
    { location: text(50), contact: text(50) },
  ),
  (value, path, issues) => {
    const { start, end } = value as { start: string; end: string }
    if (end <= start) issues.push({ path: `${path}/end`, code: 'ends-before-start', message: `The activity ends (${end}) at or before it starts (${start}); correct one of the times.` })
  },
)

const agenda: Rule = refine(
  object(
    {
      locale,
      participant: object({ name: personName }, { pseudonym: text(40) }),
      centre,
      week: object({ year: integer(2000, 2100), number: integer(1, 53), startsOn: isoDate }),
      days: array(object({ date: isoDate, activities: array(activity, { min: 0, max: 6 }) }), { min: 1, max: 7 }),
      issuedOn: isoDate,
    },
    {
      goals: array(object({ title: text(120) }), { min: 0, max: 5 }),
      coach: object({ name: personName }, { phone: matches(/^[+0-9][0-9 -]{5,19}$/, 'invalid-phone', 'Write the phone number with digits, spaces and dashes only') }),
    },
  ),
  (value, _path, issues) => {
    const input = value as WorkAgendaInput
    const monday = new Date(`${input.week.startsOn}T00:00:00Z`)
    if (monday.getUTCDay() !== 1) {
      issues.push({ path: '/week/startsOn', code: 'week-not-monday', message: `An ISO week starts on a Monday; ${input.week.startsOn} is not one.` })
    }
    const end = new Date(monday.getTime() + 6 * 86_400_000).toISOString().slice(0, 10)
    let previous = ''
    input.days.forEach((day, index) => {
      if (day.date < input.week.startsOn || day.date > end) {
        issues.push({ path: `/days/${index}/date`, code: 'day-outside-week', message: `${day.date} is not in the week ${input.week.startsOn} – ${end}.` })
        return
      }
      if (day.date <= previous) {
        issues.push({ path: `/days/${index}/date`, code: 'days-out-of-order', message: `List each day once, in date order (${day.date} comes after ${previous}).` })
      }
      previous = day.date
    })
  },
)

/**
 * Checks that `input` is a printable {@link WorkAgendaInput} and returns it typed.
 *
 * @throws {@link CertificateInputError} listing every problem with its JSON Pointer.
 * @example
 * ```ts
 * validateWorkAgendaInput(JSON.parse(agendaJson)).week.number //=> 10
 * ```
 */
export function validateWorkAgendaInput(input: unknown): WorkAgendaInput {
  const issues: ValidationIssue<CertificateErrorCode>[] = []
  agenda(input, '', issues)
  const [first, ...rest] = issues
  if (first) throw new CertificateInputError([first, ...rest])
  return input as WorkAgendaInput
}
