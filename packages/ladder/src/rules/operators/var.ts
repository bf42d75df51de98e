// `var`: reads a fact by its dotted path (own properties only), or the default when it is absent
// (json-logic-js: null, undefined, or a missing step). In Kleene mode an absent fact without a
// default is UNKNOWN, and its full path is recorded as missing evidence.
import { FORBIDDEN_PATH_SEGMENTS, isForbiddenPath, readPath } from '../../internal/readPath.js'
import { UNKNOWN } from '../../internal/unknown.js'
import { joinScope } from './iteration.js'
import { operatorOf } from './node.js'
import type { Emitted, Operator, Report, RuleCodeGenerator } from './Operator.js'

/** Property names that some built-in prototype has: reading them needs an own-property check. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(
  [Object.prototype, Function.prototype, Array.prototype, String.prototype, Number.prototype, Boolean.prototype]
    .flatMap((prototype) => Object.getOwnPropertyNames(prototype)),
)

/** Refuses a literal fact path that could reach prototype machinery. */
export function checkFactPath(path: unknown, pointer: string, report: Report): void {
  if ((typeof path === 'string' || typeof path === 'number') && isForbiddenPath(String(path))) {
    report(pointer, 'forbidden-path', `The fact path "${String(path)}" touches __proto__, constructor or prototype; rename the fact.`)
  }
}

function compileVar(operands: readonly unknown[], generator: RuleCodeGenerator): Emitted {
  const [path, fallback] = operands
  const hasFallback = operands.length > 1
  const literalPath = typeof path === 'string' || typeof path === 'number' || path === null || path === undefined
  const literalFallback = !hasFallback || (operatorOf(fallback) === undefined && !Array.isArray(fallback))
  if (!literalPath || !literalFallback) return compileDynamicVar(path, fallback, hasFallback, generator)

  const kleeneMiss = generator.mode === 'kleene' && (!hasFallback || fallback === undefined)
  const pathText = path === null || path === undefined ? '' : String(path)
  const miss = !kleeneMiss ? '' : generator.tracksMissing ? `(M !== null && M.push(H.at(S, ${JSON.stringify(pathText)})), U)` : 'U'
  const notFound = kleeneMiss ? miss : hasFallback && fallback !== undefined ? generator.constant(fallback).expr : 'null'
  const target = generator.temp()
  if (pathText === '') {
    generator.line(kleeneMiss ? `${target} = d == null ? ${miss} : d;` : `${target} = d;`)
    return { expr: target, maybeUnknown: kleeneMiss, isBoolean: false }
  }
  const keys = pathText.split('.')
  if (keys.some((key) => FORBIDDEN_PATH_SEGMENTS.has(key))) {
    // Unreachable after validation; kept so that no prototype is ever read.
    generator.line(`${target} = ${notFound};`)
    return { expr: target, maybeUnknown: kleeneMiss, isBoolean: false }
  }
  // Checked facts are a plain object, so the first read needs no null test of `d`.
  const steps = generator.dataIsObject ? [] : [`(${target} = d) == null ? ${notFound}`]
  keys.forEach((key, i) => {
    const from = i === 0 && generator.dataIsObject ? 'd' : target
    const read = PROTOTYPE_KEYS.has(key) ? `H.readOwn(${from}, ${JSON.stringify(key)})` : `${from}[${JSON.stringify(key)}]`
    const last = i === keys.length - 1
    const absent = last && !kleeneMiss ? '=== undefined' : '== null'
    steps.push(last ? `(${target} = ${read}) ${absent} ? ${notFound} : ${target}` : `(${target} = ${read}) == null ? ${notFound}`)
  })
  generator.line(`${target} = ${steps.join(' : ')};`)
  return { expr: target, maybeUnknown: kleeneMiss, isBoolean: false }
}

function compileDynamicVar(path: unknown, fallback: unknown, hasFallback: boolean, generator: RuleCodeGenerator): Emitted {
  const pathValue = generator.emit(path)
  const fallbackValue = hasFallback ? generator.emit(fallback) : generator.constant(undefined)
  const target = generator.temp()
  const unknowns = [pathValue, fallbackValue].filter((value) => value.maybeUnknown).map((value) => generator.isUnknown(value))
  const read = `H.readPath(d, ${pathValue.expr}, ${fallbackValue.expr})`
  generator.line(`${target} = ${unknowns.length > 0 ? `${unknowns.join(' || ')} ? U : ` : ''}${read};`)
  if (generator.mode === 'kleene') {
    const pathText = `(${pathValue.expr} == null ? "" : String(${pathValue.expr}))`
    generator.line(`if (${target} !== U && ${fallbackValue.expr} === undefined && ${target} == null) { if (M !== null) M.push(H.at(S, ${pathText})); ${target} = U; }`)
    return { expr: target, maybeUnknown: true, isBoolean: false }
  }
  return { expr: target, maybeUnknown: unknowns.length > 0, isBoolean: false }
}

export const variable: Operator = {
  name: 'var', minArgs: 0, maxArgs: 2, returnsBoolean: false,
  // Reads the facts.
  folds: false,
  explain: { kind: 'fact' },
  checkOperands: (operands, path, report) => {
    const [varPath] = operands
    if (!(varPath === undefined || typeof varPath === 'string' || typeof varPath === 'number' || operatorOf(varPath) !== undefined)) {
      report(`${path}/0`, 'malformed-arguments', '"var" needs a dotted fact path (a string) as its first operand, e.g. {"var": "work.hoursPerWeek"}.')
    }
  },
  checkPaths: (operands, pointer, report) => checkFactPath(operands[0], pointer(0), report),
  interpret(operands, data, env, scope, _truthOnly, run) {
    const path = run(operands[0], data, env, scope)
    const fallback = operands.length > 1 ? run(operands[1], data, env, scope) : undefined
    if (path === UNKNOWN || fallback === UNKNOWN) return UNKNOWN
    const value = readPath(data, path, fallback)
    if (env.mode === 'kleene' && fallback === undefined && (value === null || value === undefined)) {
      env.missing?.push(joinScope(scope, path === null || path === undefined ? '' : String(path)))
      return UNKNOWN
    }
    return value
  },
  compile: (operands, generator) => compileVar(operands, generator),
}
