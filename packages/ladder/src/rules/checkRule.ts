import type { ValidationIssue } from '../errors/ValidationIssue.js'
import { joinPointer } from '../internal/jsonPointer.js'
import { isForbiddenPath } from '../internal/readPath.js'
import { OPERATORS, operandsOf, operatorOf } from './operators.js'
import { RULE_LIMITS } from './ruleLimits.js'

/** How strictly a rule is checked. */
export interface CheckRuleOptions {
  /**
   * Ladder criteria are checked strictly: operand counts and shapes must fit the operator, and
   * objects that are not logic (no key or several keys) are refused as likely mistakes. Plain
   * `evaluate` and `compileRule` accept everything json-logic-js runs.
   */
  readonly strict: boolean
}

/**
 * Checks a JSON Logic rule without running it and returns every problem found, with JSON Pointer
 * paths below `basePath`. An empty list means the rule can be evaluated and compiled.
 */
export function checkRule(rule: unknown, basePath: string, options: CheckRuleOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  let nodes = 0
  let tooLarge = false

  const report = (path: string, code: string, message: string): void => {
    issues.push({ path, code, message })
  }

  const visit = (node: unknown, path: string, depth: number): void => {
    if (tooLarge) return
    nodes += 1
    if (nodes > RULE_LIMITS.maxNodes) {
      tooLarge = true
      report(basePath, 'rule-too-large', `The rule has more than ${RULE_LIMITS.maxNodes} values; split it into several criteria.`)
      return
    }
    if (depth > RULE_LIMITS.maxDepth) {
      report(path, 'rule-too-deep', `The rule nests deeper than ${RULE_LIMITS.maxDepth} levels; flatten it.`)
      return
    }
    if (typeof node === 'string') {
      if (node.length > RULE_LIMITS.maxStringLength) {
        report(path, 'rule-too-large', `This text is longer than ${RULE_LIMITS.maxStringLength} characters.`)
      }
      return
    }
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) report(path, 'invalid-type', 'Numbers in a rule must be finite.')
      return
    }
    if (node === null || typeof node === 'boolean') return
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, joinPointer(path, index), depth + 1))
      return
    }
    if (typeof node !== 'object') {
      report(path, 'invalid-type', `A rule holds only JSON values, not ${typeof node}.`)
      return
    }
    const operator = operatorOf(node)
    if (operator === undefined) {
      if (options.strict) {
        report(path, 'invalid-rule-object', 'An object in a rule must have exactly one key, the operator (e.g. {">=": [{"var": "hours"}, 12]}).')
      }
      for (const key of Object.keys(node)) visit((node as Record<string, unknown>)[key], joinPointer(path, key), depth + 1)
      return
    }
    const definition = OPERATORS[operator]
    const operatorPath = joinPointer(path, operator)
    if (definition === undefined) {
      report(path, 'unknown-operator', `Unknown JSON Logic operator "${operator}"; use one of: ${Object.keys(OPERATORS).join(', ')}.`)
      return
    }
    const operands = operandsOf(node, operator)
    const operandPath = (index: number): string =>
      Array.isArray((node as Record<string, unknown>)[operator]) ? joinPointer(operatorPath, index) : operatorPath
    if (options.strict) checkOperands(operator, operands, operatorPath, report)
    if (definition.kind === 'var') checkVarPath(operands[0], operandPath(0), report)
    if (definition.kind === 'missing') checkMissingKeys(operator, operands, operandPath, report)
    operands.forEach((operand, index) => visit(operand, operandPath(index), depth + 1))
  }

  visit(rule, basePath, 0)
  return issues
}

type Report = (path: string, code: string, message: string) => void

function checkOperands(operator: string, operands: readonly unknown[], path: string, report: Report): void {
  const definition = OPERATORS[operator]
  if (definition === undefined) return
  const { minArgs, maxArgs } = definition
  if (operands.length < minArgs || operands.length > maxArgs) {
    const expected = minArgs === maxArgs ? `${minArgs}` : maxArgs === Number.POSITIVE_INFINITY ? `at least ${minArgs}` : `${minArgs} to ${maxArgs}`
    report(path, 'malformed-arguments', `"${operator}" takes ${expected} operand${minArgs === 1 && maxArgs === 1 ? '' : 's'}, got ${operands.length}.`)
    return
  }
  if (operator === 'if' && operands.length % 2 === 0) {
    report(path, 'malformed-arguments', '"if" takes condition/result pairs and a final else-result: an odd number of operands.')
  }
  if (operator === 'missing_some') {
    if (typeof operands[0] !== 'number' || !Number.isInteger(operands[0]) || operands[0] < 0) {
      report(`${path}/0`, 'malformed-arguments', '"missing_some" needs a whole number of facts that must be present as its first operand.')
    }
    if (!Array.isArray(operands[1])) {
      report(`${path}/1`, 'malformed-arguments', '"missing_some" needs an array of fact paths as its second operand.')
    }
  }
  if (operator === 'var') {
    const [varPath] = operands
    if (!(varPath === undefined || typeof varPath === 'string' || typeof varPath === 'number' || operatorOf(varPath) !== undefined)) {
      report(`${path}/0`, 'malformed-arguments', '"var" needs a dotted fact path (a string) as its first operand, e.g. {"var": "work.hoursPerWeek"}.')
    }
  }
  if (operator === 'date_add' && typeof operands[2] === 'string' && !['days', 'weeks', 'months', 'years'].includes(operands[2])) {
    report(`${path}/2`, 'malformed-arguments', '"date_add" takes a unit of "days", "weeks", "months" or "years".')
  }
}

function checkVarPath(path: unknown, pointer: string, report: Report): void {
  if ((typeof path === 'string' || typeof path === 'number') && isForbiddenPath(String(path))) {
    report(pointer, 'forbidden-path', `The fact path "${String(path)}" touches __proto__, constructor or prototype; rename the fact.`)
  }
}

function checkMissingKeys(operator: string, operands: readonly unknown[], pointer: (index: number) => string, report: Report): void {
  const check = (key: unknown, path: string): void => {
    if (typeof key === 'string' && isForbiddenPath(key)) {
      report(path, 'forbidden-path', `The fact path "${key}" touches __proto__, constructor or prototype; rename the fact.`)
    }
  }
  if (operator === 'missing_some') {
    const keys = operands[1]
    if (Array.isArray(keys)) keys.forEach((key, index) => check(key, joinPointer(pointer(1), index)))
    return
  }
  const [first] = operands
  if (Array.isArray(first)) first.forEach((key, index) => check(key, joinPointer(pointer(0), index)))
  else operands.forEach((key, index) => check(key, pointer(index)))
}
