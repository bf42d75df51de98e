import type { LadderErrorCode } from '../errors/ErrorCode.js'
import type { ValidationIssue } from '../errors/ValidationIssue.js'
import { joinPointer } from '../internal/jsonPointer.js'
import { checkRule } from '../rules/checkRule.js'
import { isIsoDate } from '../rules/dates.js'
import type { Ladder } from './Ladder.js'
import { LadderValidationError } from './LadderValidationError.js'
import { LADDER_LIMITS } from './ladderLimits.js'

const KEBAB_CASE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const VERSION = /^[0-9A-Za-z][0-9A-Za-z.+-]*$/
const PLACEMENTS = ['cumulative', 'first-match'] as const

const LADDER_FIELDS = ['formatVersion', 'id', 'version', 'effectiveFrom', 'title', 'description', 'placement', 'rungs']
const RUNG_FIELDS = ['id', 'title', 'description', 'criteria']
const CRITERION_FIELDS = ['id', 'title', 'description', 'rule']

type Report = (path: string, code: LadderErrorCode, message: string) => void

/**
 * Checks a ladder definition (format version 1) and returns it typed, or throws
 * {@link LadderValidationError} listing every problem with its JSON Pointer path.
 *
 * It catches wrong types and missing fields, unknown fields (usually typos), ids that are not
 * lowercase kebab-case, duplicate rung or criterion ids, an empty `rungs` list, an unknown
 * `placement`, dates that do not exist, unknown JSON Logic operators, malformed operands, rules
 * nested or sized past {@link RULE_LIMITS}, and `var` paths that touch `__proto__`,
 * `constructor` or `prototype`. The input is not changed; the result is a deep copy.
 *
 * @param input - Parsed JSON from any source.
 * @returns The same definition, typed.
 * @throws {@link LadderValidationError} with `issues` when anything is wrong.
 * @example
 * ```ts
 * const ladder = validateLadder({
 *   id: 'werkfit', version: '2026.1', title: { nl: 'Werkfit', en: 'Work-ready' },
 *   placement: 'cumulative',
 *   rungs: [{ id: 'start', title: { nl: 'Start' }, criteria: [
 *     { id: 'komt-op-tijd', title: { nl: 'Komt op tijd' }, rule: { '==': [{ var: 'punctual' }, true] } },
 *   ] }],
 * })
 * ladder.rungs.length //=> 1
 * ```
 */
export function validateLadder(input: unknown): Ladder {
  const issues = findLadderIssues(input)
  if (issues.length > 0) throw new LadderValidationError(issues)
  return structuredClone(input) as Ladder
}

/**
 * Every problem of a ladder definition, without throwing: an empty list means it is valid.
 *
 * @example
 * ```ts
 * findLadderIssues({ id: 'x' }).map((issue) => issue.code) //=> ['missing-field', ...]
 * ```
 */
export function findLadderIssues(input: unknown): ValidationIssue<LadderErrorCode>[] {
  const issues: ValidationIssue<LadderErrorCode>[] = []
  const report: Report = (path, code, message) => issues.push({ path, code, message })

  if (!isPlainRecord(input)) {
    report('', 'invalid-type', 'A ladder definition must be a JSON object with id, version, title, placement and rungs.')
    return issues
  }
  checkUnknownFields(input, '', LADDER_FIELDS, 'ladder', report)
  if (input.formatVersion !== undefined && input.formatVersion !== 1) {
    report('/formatVersion', 'unsupported-format-version', 'This engine reads ladder format version 1; set "formatVersion": 1 or leave it out.')
  }
  checkId(input, '', 'ladder', report)
  checkVersion(input, report)
  if (input.effectiveFrom !== undefined && !isIsoDate(input.effectiveFrom)) {
    report('/effectiveFrom', 'invalid-date', `"effectiveFrom" must be a date that exists, written YYYY-MM-DD (e.g. "2026-01-01"), got ${show(input.effectiveFrom)}.`)
  }
  checkText(input, '', 'title', true, report)
  checkText(input, '', 'description', false, report)
  if (input.placement === undefined) {
    report('/placement', 'missing-field', 'The ladder needs "placement": "cumulative" or "first-match".')
  } else if (!PLACEMENTS.includes(input.placement as never)) {
    report('/placement', 'unknown-placement', `"placement" must be "cumulative" or "first-match", got ${show(input.placement)}.`)
  }
  checkRungs(input.rungs, report)
  return issues
}

function checkRungs(rungs: unknown, report: Report): void {
  if (rungs === undefined) {
    report('/rungs', 'missing-field', 'The ladder needs "rungs": a list of rungs from the lowest to the highest.')
    return
  }
  if (!Array.isArray(rungs)) {
    report('/rungs', 'invalid-type', '"rungs" must be a list of rungs from the lowest to the highest.')
    return
  }
  if (rungs.length === 0) {
    report('/rungs', 'empty-rungs', 'A ladder needs at least one rung.')
    return
  }
  if (rungs.length > LADDER_LIMITS.maxRungs) {
    report('/rungs', 'too-many-rungs', `A ladder has at most ${LADDER_LIMITS.maxRungs} rungs; this one has ${rungs.length}.`)
    return
  }
  const rungIds = new Map<string, number>()
  const criterionIds = new Map<string, string>()
  rungs.forEach((rung, index) => {
    const path = joinPointer('/rungs', index)
    if (!isPlainRecord(rung)) {
      report(path, 'invalid-type', 'A rung must be an object with id, title and criteria.')
      return
    }
    checkUnknownFields(rung, path, RUNG_FIELDS, 'rung', report)
    if (checkId(rung, path, 'rung', report)) {
      const id = rung.id as string
      const first = rungIds.get(id)
      if (first !== undefined) report(`${path}/id`, 'duplicate-rung-id', `Rung id "${id}" is already used by rung ${first + 1}; rung ids must be unique in a ladder.`)
      else rungIds.set(id, index)
    }
    checkText(rung, path, 'title', true, report)
    checkText(rung, path, 'description', false, report)
    checkCriteria(rung.criteria, path, criterionIds, report)
  })
}

function checkCriteria(criteria: unknown, rungPath: string, seen: Map<string, string>, report: Report): void {
  const path = `${rungPath}/criteria`
  if (criteria === undefined) {
    report(path, 'missing-field', 'A rung needs "criteria": a list (empty when the rung is always met).')
    return
  }
  if (!Array.isArray(criteria)) {
    report(path, 'invalid-type', '"criteria" must be a list of criteria.')
    return
  }
  if (criteria.length > LADDER_LIMITS.maxCriteriaPerRung) {
    report(path, 'too-many-criteria', `A rung has at most ${LADDER_LIMITS.maxCriteriaPerRung} criteria; this one has ${criteria.length}.`)
    return
  }
  criteria.forEach((criterion, index) => {
    const criterionPath = joinPointer(path, index)
    if (!isPlainRecord(criterion)) {
      report(criterionPath, 'invalid-type', 'A criterion must be an object with id, title and rule.')
      return
    }
    checkUnknownFields(criterion, criterionPath, CRITERION_FIELDS, 'criterion', report)
    if (checkId(criterion, criterionPath, 'criterion', report)) {
      const id = criterion.id as string
      const first = seen.get(id)
      if (first !== undefined) report(`${criterionPath}/id`, 'duplicate-criterion-id', `Criterion id "${id}" is already used at ${first}; criterion ids must be unique in a ladder.`)
      else seen.set(id, criterionPath)
    }
    checkText(criterion, criterionPath, 'title', true, report)
    checkText(criterion, criterionPath, 'description', false, report)
    if (!Object.hasOwn(criterion, 'rule')) {
      report(`${criterionPath}/rule`, 'missing-field', 'A criterion needs a "rule": a JSON Logic rule over the facts, e.g. {">=": [{"var": "hoursPerWeek"}, 12]}.')
      return
    }
    for (const issue of checkRule(criterion.rule, `${criterionPath}/rule`, { strict: true })) report(issue.path, issue.code, issue.message)
  })
}

function checkId(owner: Record<string, unknown>, path: string, what: string, report: Report): boolean {
  const id = owner.id
  if (id === undefined) {
    report(`${path}/id`, 'missing-field', `The ${what} needs an "id" in lowercase kebab-case, e.g. "werkfit-start".`)
    return false
  }
  if (typeof id !== 'string' || !KEBAB_CASE_ID.test(id) || id.length > LADDER_LIMITS.maxIdLength) {
    report(`${path}/id`, 'invalid-id', `The ${what} id must be lowercase kebab-case (letters, digits and single hyphens, at most ${LADDER_LIMITS.maxIdLength} characters), got ${show(id)}.`)
    return false
  }
  return true
}

function checkVersion(ladder: Record<string, unknown>, report: Report): void {
  const { version } = ladder
  if (version === undefined) {
    report('/version', 'missing-field', 'The ladder needs a "version", e.g. "2026.1"; (id, version) identifies one definition.')
  } else if (typeof version !== 'string' || !VERSION.test(version) || version.length > LADDER_LIMITS.maxIdLength) {
    report('/version', 'invalid-version', `"version" must be a short text of letters, digits, ".", "+" or "-", e.g. "2026.1", got ${show(version)}.`)
  }
}

function checkText(owner: Record<string, unknown>, path: string, field: string, required: boolean, report: Report): void {
  const text = owner[field]
  const fieldPath = `${path}/${field}`
  if (text === undefined) {
    if (required) report(fieldPath, 'missing-field', `"${field}" is required: give it in Dutch and/or English, e.g. {"nl": "…", "en": "…"}.`)
    return
  }
  if (!isPlainRecord(text)) {
    report(fieldPath, 'invalid-localized-text', `"${field}" must be an object with Dutch ("nl") and/or English ("en") text.`)
    return
  }
  let languages = 0
  for (const [language, value] of Object.entries(text)) {
    if (language !== 'nl' && language !== 'en') {
      report(joinPointer(fieldPath, language), 'unknown-field', `"${language}" is not a supported language; use "nl" or "en".`)
      continue
    }
    if (typeof value !== 'string' || value.trim() === '') {
      report(joinPointer(fieldPath, language), 'invalid-localized-text', `The ${language === 'nl' ? 'Dutch' : 'English'} text must be a non-empty string.`)
      continue
    }
    if (value.length > LADDER_LIMITS.maxTextLength) {
      report(joinPointer(fieldPath, language), 'text-too-long', `This text is longer than ${LADDER_LIMITS.maxTextLength} characters.`)
    }
    languages += 1
  }
  if (languages === 0 && Object.keys(text).length === 0) {
    report(fieldPath, 'invalid-localized-text', `"${field}" needs Dutch ("nl") and/or English ("en") text.`)
  }
}

function checkUnknownFields(owner: Record<string, unknown>, path: string, known: readonly string[], what: string, report: Report): void {
  for (const key of Object.keys(owner)) {
    if (!known.includes(key)) {
      report(joinPointer(path, key), 'unknown-field', `A ${what} has no field "${key}"; the fields are ${known.join(', ')}.`)
    }
  }
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype = Object.getPrototypeOf(value) as unknown
  return prototype === Object.prototype || prototype === null
}

function show(value: unknown): string {
  const text = JSON.stringify(value)
  if (text === undefined) return String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}
