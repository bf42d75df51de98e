// The reference interpreter. In 'plain' mode it is json-logic-js `apply` (with the date
// operations); in 'kleene' mode missing evidence is UNKNOWN and follows Kleene's logic. Each
// operator's meaning is its module's `interpret` (rules/operators/); the code generator
// (codegen.ts) must agree with it, and tests compare the two operator by operator.
import { OPERATORS, operandsOf, operatorOf } from '../rules/operators/index.js'
import { UNKNOWN } from './unknown.js'

export type EvaluationMode = 'plain' | 'kleene'

export interface Environment {
  readonly mode: EvaluationMode
  readonly asOf: string | undefined
  /** Kleene mode: collects the paths of absent facts read by `var` without a default. */
  readonly missing: string[] | undefined
}

/** Where the current data sits in the facts: '' at the top, `items.2` inside an iteration, null when not known. */
export type Scope = string | null

/**
 * Runs a rule. `truthOnly` says that only the truthiness of the result matters (a criterion, an
 * `if` condition, the operand of `!`): there an `and` / `or` may be decided by a known operand
 * after an unknown one. Where the value itself is used, such a result is UNKNOWN, because the
 * value json-logic-js returns would depend on the missing fact.
 */
export function interpret(rule: unknown, data: unknown, env: Environment, truthOnly = true): unknown {
  return run(rule, data, env, '', truthOnly)
}

/** Runs a sub-rule whose data sits at `scope` in the facts (for generated code that calls the interpreter). */
export function run(rule: unknown, data: unknown, env: Environment, scope: Scope, truthOnly = false): unknown {
  if (Array.isArray(rule)) {
    const values = new Array<unknown>(rule.length)
    let sawUnknown = false
    for (let i = 0; i < rule.length; i++) {
      const value = run(rule[i], data, env, scope)
      if (value === UNKNOWN) sawUnknown = true
      values[i] = value
    }
    return sawUnknown ? UNKNOWN : values
  }
  const operator = operatorOf(rule)
  if (operator === undefined) return rule
  return OPERATORS[operator]!.interpret(operandsOf(rule as object, operator), data, env, scope, truthOnly, run)
}
