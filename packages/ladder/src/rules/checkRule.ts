import type { ValidationIssue } from '../errors/ValidationIssue.js'
import { joinPointer } from '../internal/jsonPointer.js'
import { OPERATORS, operandsOf, operatorOf, type Operator } from './operators/index.js'
import type { Report } from './operators/Operator.js'
import { RULE_LIMITS } from './ruleLimits.js'
import type { LadderErrorCode } from '../errors/ErrorCode.js'

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
export function checkRule(rule: unknown, basePath: string, options: CheckRuleOptions): ValidationIssue<LadderErrorCode>[] {
  const issues: ValidationIssue<LadderErrorCode>[] = []
  let nodes = 0
  let tooLarge = false

  const report: Report = (path, code, message) => {
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
    if (options.strict) checkOperands(definition, operands, operatorPath, report)
    definition.checkPaths?.(operands, operandPath, report)
    operands.forEach((operand, index) => visit(operand, operandPath(index), depth + 1))
  }

  visit(rule, basePath, 0)
  return issues
}

function checkOperands(operator: Operator, operands: readonly unknown[], path: string, report: Report): void {
  const { minArgs, maxArgs } = operator
  if (operands.length < minArgs || operands.length > maxArgs) {
    const expected = minArgs === maxArgs ? `${minArgs}` : maxArgs === Number.POSITIVE_INFINITY ? `at least ${minArgs}` : `${minArgs} to ${maxArgs}`
    report(path, 'malformed-arguments', `"${operator.name}" takes ${expected} operand${minArgs === 1 && maxArgs === 1 ? '' : 's'}, got ${operands.length}.`)
    return
  }
  operator.checkOperands?.(operands, path, report)
}
