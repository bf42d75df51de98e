// The reference interpreter. In 'plain' mode it is json-logic-js `apply` (with the date
// operations); in 'kleene' mode missing evidence is UNKNOWN and follows Kleene's logic.
// The code generator (codegen.ts) must agree with it; tests compare the two.
import { OPERATORS, operandsOf, operatorOf } from '../rules/operators.js'
import { isTruthy } from '../rules/truthy.js'
import { readPath } from './readPath.js'
import { UNKNOWN } from './unknown.js'

export type EvaluationMode = 'plain' | 'kleene'

export interface Environment {
  readonly mode: EvaluationMode
  readonly asOf: string | undefined
  /** Kleene mode: collects the paths of absent facts read by `var` without a default. */
  readonly missing: string[] | undefined
}

/** Where the current data sits in the facts: '' at the top, `items.2` inside an iteration, null when not known. */
type Scope = string | null

const PLAIN_SCOPE: Scope = ''

/**
 * Runs a rule. `truthOnly` says that only the truthiness of the result matters (a criterion, an
 * `if` condition, the operand of `!`): there an `and` / `or` may be decided by a known operand
 * after an unknown one. Where the value itself is used, such a result is UNKNOWN, because the
 * value json-logic-js returns would depend on the missing fact.
 */
export function interpret(rule: unknown, data: unknown, env: Environment, truthOnly = true): unknown {
  return run(rule, data, env, '', truthOnly)
}

function run(rule: unknown, data: unknown, env: Environment, scope: Scope, truthOnly = false): unknown {
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
  const operands = operandsOf(rule as object, operator)
  const definition = OPERATORS[operator]!

  switch (definition.kind) {
    case 'control':
      return runControl(operator, operands, data, env, scope, truthOnly)
    case 'scoped':
      return runScoped(operator, operands, data, env, scope)
    case 'missing': {
      const absent = runMissing(operator, operands, data, env)
      // Where only truthiness matters (a criterion, `!`), the answer is whether anything is absent.
      return truthOnly && env.mode === 'kleene' ? isTruthy(absent) : absent
    }
    case 'var':
      return runVar(operands, data, env, scope)
    case 'strict': {
      const values = new Array<unknown>(operands.length)
      let sawUnknown = false
      const operandTruthOnly = operator === '!' || operator === '!!'
      for (let i = 0; i < operands.length; i++) {
        const value = run(operands[i], data, env, scope, operandTruthOnly)
        if (value === UNKNOWN) sawUnknown = true
        values[i] = value
      }
      return sawUnknown ? UNKNOWN : definition.apply!(values, env.asOf)
    }
  }
}

function runControl(operator: string, operands: readonly unknown[], data: unknown, env: Environment, scope: Scope, truthOnly: boolean): unknown {
  if (operator === 'if' || operator === '?:') {
    let i = 0
    for (; i < operands.length - 1; i += 2) {
      const condition = run(operands[i], data, env, scope, true)
      if (condition === UNKNOWN) return UNKNOWN
      if (isTruthy(condition)) return run(operands[i + 1], data, env, scope, truthOnly)
    }
    return operands.length === i + 1 ? run(operands[i], data, env, scope, truthOnly) : null
  }
  // `and` is decided by the first known falsy operand, `or` by the first known truthy one;
  // an unknown operand only matters when nothing decides.
  const decidesOn = operator === 'or'
  let current: unknown
  let sawUnknown = false
  for (const operand of operands) {
    current = run(operand, data, env, scope, truthOnly)
    if (current === UNKNOWN) {
      sawUnknown = true
      continue
    }
    if (isTruthy(current) === decidesOn) return sawUnknown && !truthOnly ? UNKNOWN : current
  }
  return sawUnknown ? UNKNOWN : current
}

function runScoped(operator: string, operands: readonly unknown[], data: unknown, env: Environment, scope: Scope): unknown {
  const items = run(operands[0], data, env, scope)
  if (items === UNKNOWN) return UNKNOWN
  const logic = operands[1]
  const itemScope = (index: number): Scope => itemScopeOf(operands[0], scope, index, env)

  if (operator === 'reduce') {
    const initial = operands[2] !== undefined ? run(operands[2], data, env, scope) : null
    if (initial === UNKNOWN) return UNKNOWN
    if (!Array.isArray(items)) return initial
    let accumulator = initial
    for (let i = 0; i < items.length; i++) {
      accumulator = run(logic, { current: items[i], accumulator }, env, null)
      if (accumulator === UNKNOWN) return UNKNOWN
    }
    return accumulator
  }
  if (operator === 'filter' || operator === 'map') {
    if (!Array.isArray(items)) return []
    const results: unknown[] = []
    for (let i = 0; i < items.length; i++) {
      const value = run(logic, items[i], env, itemScope(i), operator === 'filter')
      if (value === UNKNOWN) return UNKNOWN
      if (operator === 'map') results.push(value)
      else if (isTruthy(value)) results.push(items[i])
    }
    return results
  }
  // all / some / none: decided by an item known to decide; unknown items matter only otherwise.
  if (!Array.isArray(items) || items.length === 0) return operator === 'none'
  const decidesOn = operator !== 'all'
  let sawUnknown = false
  for (let i = 0; i < items.length; i++) {
    const value = run(logic, items[i], env, itemScope(i), true)
    if (value === UNKNOWN) {
      sawUnknown = true
      continue
    }
    if (isTruthy(value) === decidesOn) return operator === 'some'
  }
  return sawUnknown ? UNKNOWN : operator !== 'some'
}

/** The fact path of item `index` when the array came straight from a `var` with a literal path. */
function itemScopeOf(source: unknown, scope: Scope, index: number, env: Environment): Scope {
  if (env.missing === undefined || scope === null) return null
  if (operatorOf(source) !== 'var') return null
  const path = operandsOf(source as object, 'var')[0]
  if (typeof path !== 'string' && typeof path !== 'number') return null
  return joinScope(scope, `${String(path)}.${index}`)
}

function joinScope(scope: Scope, path: string): string {
  if (scope === null) return `[item].${path}`
  return scope === '' ? path : path === '' ? scope : `${scope}.${path}`
}

function runMissing(operator: string, operands: readonly unknown[], data: unknown, env: Environment): unknown {
  // `missing` and `missing_some` ask about evidence: their keys are plain values, never unknown.
  const plain: Environment = env.mode === 'plain' ? env : { mode: 'plain', asOf: env.asOf, missing: undefined }
  const values = operands.map((operand) => run(operand, data, plain, PLAIN_SCOPE))
  if (operator === 'missing') return missingKeys(values, data)
  const [needCount, keys] = values
  const absent = missingKeys([keys], data)
  return (keys as unknown[]).length - absent.length >= (needCount as number) ? [] : absent
}

/** json-logic-js `missing`: the keys whose value is absent (null, undefined or ''). */
export function missingKeys(values: readonly unknown[], data: unknown): unknown[] {
  const keys = Array.isArray(values[0]) ? values[0] : values
  const absent: unknown[] = []
  for (const key of keys) {
    const value = readPath(data, key, undefined)
    if (value === null || value === '') absent.push(key)
  }
  return absent
}

function runVar(operands: readonly unknown[], data: unknown, env: Environment, scope: Scope): unknown {
  const path = run(operands[0], data, env, scope)
  const fallback = operands.length > 1 ? run(operands[1], data, env, scope) : undefined
  if (path === UNKNOWN || fallback === UNKNOWN) return UNKNOWN
  const value = readPath(data, path, fallback)
  if (env.mode === 'kleene' && fallback === undefined && (value === null || value === undefined)) {
    env.missing?.push(joinScope(scope, path === null || path === undefined ? '' : String(path)))
    return UNKNOWN
  }
  return value
}
