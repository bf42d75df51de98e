// The only place that generates code. A rule becomes JavaScript statements with literal property
// reads, which V8 optimises far better than walking the rule per record.
//
// Safety: rules are untrusted. No value from a rule reaches the generated source unescaped:
// strings and property names go through JSON.stringify (a valid, fully escaped JS string
// literal), finite numbers through String(), and every other value (objects, -0, functions)
// is passed in the constants array `K` and referenced by index. Operator names never reach the
// source: they select code paths here.
import { OPERATORS, operandsOf, operatorOf } from '../rules/operators.js'
import { isTruthy } from '../rules/truthy.js'
import { FORBIDDEN_PATH_SEGMENTS, readPath, readOwn } from './readPath.js'
import { missingKeys, type EvaluationMode } from './interpreter.js'
import { UNKNOWN } from './unknown.js'

/** A compiled rule body: `(data, missing | null, asOf, scope) => value | UNKNOWN`. */
export type GeneratedRule = (data: unknown, missing: string[] | null, asOf: string | undefined, scope: string | null) => unknown

/** An emitted expression: a variable name or a literal, plus what is known about its value. */
interface Emitted {
  readonly expr: string
  /** False when the value can never be UNKNOWN (constants, plain mode). */
  readonly maybeUnknown: boolean
  /** True when a known value is always a boolean. */
  readonly isBoolean: boolean
  /** Set for a constant from the rule, so its truthiness is decided here. */
  readonly constant?: { readonly value: unknown }
}

/** Property names that some built-in prototype has: reading them needs an own-property check. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(
  [Object.prototype, Function.prototype, Array.prototype, String.prototype, Number.prototype, Boolean.prototype]
    .flatMap((prototype) => Object.getOwnPropertyNames(prototype)),
)

const INLINE_BINARY: Readonly<Record<string, string>> = {
  '==': '==', '===': '===', '!=': '!=', '!==': '!==', '>': '>', '>=': '>=', '%': '%', '/': '/',
}

/** The keys of `missing` when they are literal strings or numbers (json-logic-js: one array, or the operands). */
function staticMissingKeys(operands: readonly unknown[]): ReadonlyArray<string | number> | undefined {
  const keys = Array.isArray(operands[0]) ? (operands[0] as unknown[]) : operands
  return keys.every((key) => typeof key === 'string' || (typeof key === 'number' && Number.isFinite(key))) ? (keys as Array<string | number>) : undefined
}

function isPrimitiveList(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object')
}

/** Helpers the generated code calls; passed in as `H`. */
const HELPERS = {
  readOwn,
  readPath,
  isTruthy,
  missing: missingKeys,
  missingSome(needCount: unknown, keys: unknown, data: unknown): unknown[] {
    const absent = missingKeys([keys], data)
    return (keys as unknown[]).length - absent.length >= (needCount as number) ? [] : absent
  },
  /** The full fact path of `path` read in `scope` ('' top level, null an item of unknown origin). */
  at(scope: string | null, path: string): string {
    if (scope === null) return `[item].${path}`
    return scope === '' ? path : path === '' ? scope : `${scope}.${path}`
  },
}

interface FunctionContext {
  lines: string[]
  temps: number
  /** True when `d` is known to be a plain object (the checked facts), so reading it needs no null check. */
  dataIsObject: boolean
}

export class RuleCodeGenerator {
  private readonly constants: unknown[] = []
  private readonly constantIndex = new Map<unknown, number>()
  private readonly hoisted: string[] = []
  private context: FunctionContext
  private mode: EvaluationMode
  private readonly tracksMissing: boolean
  private labels = 0
  private functions = 0

  /**
   * @param options - `factsAreObject`: the main function's `d` is checked facts (a plain object),
   *   never null. `tracksMissing: false`: `M` is always null, so no code records absent facts.
   */
  constructor(mode: EvaluationMode, { factsAreObject = false, tracksMissing = true } = {}) {
    this.mode = mode
    this.tracksMissing = tracksMissing
    this.context = { lines: [], temps: 0, dataIsObject: factsAreObject }
  }

  /**
   * Emits the statements of `rule` into the current function and returns its value expression.
   * `truthOnly`: only the result's truthiness matters here (see interpreter.ts).
   */
  emit(rule: unknown, truthOnly = false): Emitted {
    if (Array.isArray(rule)) return this.emitArray(rule)
    const operator = operatorOf(rule)
    if (operator === undefined) return this.constant(rule)
    const operands = operandsOf(rule as object, operator)
    const definition = OPERATORS[operator]!
    switch (definition.kind) {
      case 'control':
        return operator === 'if' || operator === '?:' ? this.emitIf(operands, truthOnly) : this.emitAndOr(operator, operands, truthOnly)
      case 'scoped':
        return this.emitScoped(operator, operands)
      case 'missing':
        return this.emitMissing(operator, operands, truthOnly && this.mode === 'kleene')
      case 'var':
        return this.emitVar(operands)
      case 'strict':
        return this.emitStrict(operator, operands)
    }
  }

  /** Adds a line to the current function body. */
  line(code: string): void {
    this.context.lines.push(code)
  }

  /** A fresh local variable of the current function. */
  temp(): string {
    this.context.temps += 1
    return `t${this.context.temps}`
  }

  /** A fresh statement label. */
  label(): string {
    this.labels += 1
    return `L${this.labels}`
  }

  /** JS that is true when the emitted value is JSON Logic truthy. */
  truthy(value: Emitted): string {
    if (value.constant !== undefined) return String(isTruthy(value.constant.value))
    if (value.isBoolean) return value.expr
    return `(Array.isArray(${value.expr}) ? ${value.expr}.length !== 0 : !!${value.expr})`
  }

  /** JS that is true when the emitted value is UNKNOWN. */
  isUnknown(value: Emitted): string {
    return value.maybeUnknown ? `${value.expr} === U` : 'false'
  }

  /** Compiles `rule` into a hoisted function `(d, M, A, S)` and returns its name. */
  hoist(rule: unknown, truthOnly = false): string {
    const name = `f${++this.functions}`
    const saved = this.context
    this.context = { lines: [], temps: 0, dataIsObject: false }
    const result = this.emit(rule, truthOnly)
    this.hoisted.push(this.renderFunction(name, `return ${result.expr};`))
    this.context = saved
    return name
  }

  /**
   * Builds the module: hoisted functions, then `main` from the current context with `tail` as its
   * last statements, returning whatever `main` is.
   */
  build<T>(tail: string, parameters = 'd, M, A, S'): T {
    const source = `"use strict";\n${this.hoisted.join('\n')}\n${this.renderFunction('main', tail, parameters)}\nreturn main;`
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- see the safety note at the top
    const factory = new Function('H', 'K', 'U', source) as (h: typeof HELPERS, k: unknown[], u: typeof UNKNOWN) => T
    return factory(HELPERS, this.constants, UNKNOWN)
  }

  /** A reference to a value in the constants array, for values that must not become source text. */
  reference(value: unknown): string {
    let index = this.constantIndex.get(value)
    if (index === undefined) {
      index = this.constants.push(value) - 1
      this.constantIndex.set(value, index)
    }
    return `K[${index}]`
  }

  private renderFunction(name: string, tail: string, parameters = 'd, M, A, S'): string {
    const { lines, temps } = this.context
    const declarations = temps > 0 ? `let ${Array.from({ length: temps }, (_, i) => `t${i + 1}`).join(', ')};\n` : ''
    return `function ${name}(${parameters}) {\n${declarations}${lines.join('\n')}\n${tail}\n}`
  }

  private constant(value: unknown): Emitted {
    const known = { maybeUnknown: false, isBoolean: typeof value === 'boolean', constant: { value } }
    if (value === null || typeof value === 'boolean') return { expr: String(value), ...known }
    if (typeof value === 'string') return { expr: JSON.stringify(value), ...known }
    if (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0)) {
      return { expr: value < 0 ? `(${String(value)})` : String(value), ...known }
    }
    return { expr: this.reference(value), ...known }
  }

  private emitArray(items: readonly unknown[]): Emitted {
    const values = items.map((item) => this.emit(item))
    const unknowns = values.filter((value) => value.maybeUnknown).map((value) => this.isUnknown(value))
    const list = `[${values.map((value) => value.expr).join(', ')}]`
    if (unknowns.length === 0) {
      if (values.length === 0) return { expr: '[]', maybeUnknown: false, isBoolean: false }
      const target = this.temp()
      this.line(`${target} = ${list};`)
      return { expr: target, maybeUnknown: false, isBoolean: false }
    }
    const target = this.temp()
    this.line(`${target} = ${unknowns.join(' || ')} ? U : ${list};`)
    return { expr: target, maybeUnknown: true, isBoolean: false }
  }

  /**
   * Emits `rule` where only its outcome matters (a criterion, a condition) and returns two JS
   * expressions: `unknown`, true when the value is UNKNOWN (null when it never is), and `truth`,
   * its truthiness when known. An operator's result is tested in place instead of first being
   * stored, which keeps booleans and UNKNOWN apart for V8.
   */
  emitCondition(rule: unknown): { readonly unknown: string | null; readonly truth: string } {
    const operator = Array.isArray(rule) ? undefined : operatorOf(rule)
    if (operator !== undefined && OPERATORS[operator]!.kind === 'strict') {
      const strict = this.strictOperation(operator, operandsOf(rule as object, operator))
      const truth = strict.isBoolean ? strict.operation : this.truthy({ expr: `(${strict.operation})`, maybeUnknown: false, isBoolean: false })
      return { unknown: strict.unknowns.length > 0 ? strict.unknowns.join(' || ') : null, truth }
    }
    const value = this.emit(rule, true)
    return { unknown: value.maybeUnknown ? this.isUnknown(value) : null, truth: this.truthy(value) }
  }

  private emitStrict(operator: string, operands: readonly unknown[]): Emitted {
    const { operation, unknowns, isBoolean } = this.strictOperation(operator, operands)
    const target = this.temp()
    this.line(unknowns.length > 0 ? `${target} = ${unknowns.join(' || ')} ? U : ${operation};` : `${target} = ${operation};`)
    return { expr: target, maybeUnknown: unknowns.length > 0, isBoolean }
  }

  /** A strict operator's operands are emitted; returns its operation on known values and the unknown tests. */
  private strictOperation(operator: string, operands: readonly unknown[]): { operation: string; unknowns: string[]; isBoolean: boolean } {
    const definition = OPERATORS[operator]!
    // A literal list searched by `in` is not built per record (see below).
    const literalList = operator === 'in' && operands.length === 2 && isPrimitiveList(operands[1])
    const operandTruthOnly = operator === '!' || operator === '!!'
    const values = (literalList ? operands.slice(0, 1) : operands).map((operand) => this.emit(operand, operandTruthOnly))
    const unknowns = values.filter((value) => value.maybeUnknown).map((value) => this.isUnknown(value))
    const [a, b] = values
    let operation: string
    const binary = INLINE_BINARY[operator]
    if (binary !== undefined && values.length === 2) {
      operation = `(${a!.expr} ${binary} ${b!.expr})`
    } else if ((operator === '<' || operator === '<=') && values.length === 2) {
      operation = `(${a!.expr} ${operator} ${b!.expr})`
    } else if (operator === '!' && values.length === 1) {
      operation = `!${this.truthy(a!)}`
    } else if (operator === '!!' && values.length === 1) {
      operation = a!.isBoolean ? a!.expr : this.truthy(a!)
    } else if (operator === '-' && values.length === 2 && b!.constant !== undefined && b!.constant.value !== undefined) {
      // Only with a constant subtrahend: json-logic-js negates when the second operand is undefined.
      operation = `(${a!.expr} - ${b!.expr})`
    } else if (literalList) {
      // A literal list: search one frozen copy instead of building the list per record.
      operation = `(${this.reference(Object.freeze([...(operands[1] as unknown[])]))}.indexOf(${a!.expr}) !== -1)`
    } else {
      operation = `${this.reference(definition.apply)}([${values.map((value) => value.expr).join(', ')}], A)`
    }
    return { operation, unknowns, isBoolean: definition.returnsBoolean === true }
  }

  private emitIf(operands: readonly unknown[], truthOnly: boolean): Emitted {
    const target = this.temp()
    let maybeUnknown = false
    let isBoolean = true
    let opened = 0
    let i = 0
    for (; i < operands.length - 1; i += 2) {
      const condition = this.emit(operands[i], true)
      if (condition.maybeUnknown) {
        maybeUnknown = true
        this.line(`if (${condition.expr} === U) { ${target} = U; } else`)
      }
      this.line(`if (${this.truthy(condition)}) {`)
      const branch = this.emit(operands[i + 1], truthOnly)
      maybeUnknown ||= branch.maybeUnknown
      isBoolean &&= branch.isBoolean
      this.line(`${target} = ${branch.expr};`)
      this.line('} else {')
      opened += 1
    }
    if (operands.length === i + 1) {
      const otherwise = this.emit(operands[i], truthOnly)
      maybeUnknown ||= otherwise.maybeUnknown
      isBoolean &&= otherwise.isBoolean
      this.line(`${target} = ${otherwise.expr};`)
    } else {
      isBoolean = false
      this.line(`${target} = null;`)
    }
    this.line('}'.repeat(opened))
    return { expr: target, maybeUnknown, isBoolean }
  }

  private emitAndOr(operator: string, operands: readonly unknown[], truthOnly: boolean): Emitted {
    // `and` is decided by the first known falsy operand, `or` by the first known truthy one.
    const target = this.temp()
    const sawUnknown = this.temp()
    const label = this.label()
    const decides = (value: Emitted): string => (operator === 'and' ? `!${this.truthy(value)}` : this.truthy(value))
    this.line(`${sawUnknown} = false;`)
    this.line(`${label}: {`)
    let last: Emitted = { expr: 'undefined', maybeUnknown: false, isBoolean: false }
    let maybeUnknown = false
    let isBoolean = true
    for (const operand of operands) {
      const value = this.emit(operand, truthOnly)
      // Where the value is used, a decision after an unknown operand is unknown: json-logic-js
      // would have returned the missing operand's value.
      const decided = maybeUnknown && !truthOnly ? `${sawUnknown} ? U : ${value.expr}` : value.expr
      maybeUnknown ||= value.maybeUnknown
      isBoolean &&= value.isBoolean
      const decide = `if (${decides(value)}) { ${target} = ${decided}; break ${label}; }`
      this.line(value.maybeUnknown ? `if (${value.expr} === U) ${sawUnknown} = true; else ${decide}` : decide)
      last = value
    }
    this.line(`${target} = ${maybeUnknown ? `${sawUnknown} ? U : ` : ''}${last.expr};`)
    this.line('}')
    return { expr: target, maybeUnknown, isBoolean: isBoolean && operands.length > 0 }
  }

  private emitScoped(operator: string, operands: readonly unknown[]): Emitted {
    const items = this.emit(operands[0])
    const logic = this.hoist(operands[1], operator !== 'map' && operator !== 'reduce')
    const target = this.temp()
    const list = this.temp()
    const value = this.temp()
    const index = this.temp()
    const itemScope = this.itemScope(operands[0], index)
    const maybeUnknown = this.mode === 'kleene'
    this.line(`${list} = ${items.expr};`)
    if (items.maybeUnknown) this.line(`if (${list} === U) { ${target} = U; } else {`)

    if (operator === 'reduce') {
      const initial = operands[2] !== undefined ? this.emit(operands[2]) : this.constant(null)
      this.line(`if (${this.isUnknown(initial)}) { ${target} = U; } else if (!Array.isArray(${list})) { ${target} = ${initial.expr}; } else {`)
      this.line(`${target} = ${initial.expr};`)
      this.line(`for (${index} = 0; ${index} < ${list}.length; ${index}++) {`)
      this.line(`${target} = ${logic}({ current: ${list}[${index}], accumulator: ${target} }, M, A, null);`)
      this.line(`if (${target} === U) break;`)
      this.line('}}')
    } else if (operator === 'filter' || operator === 'map') {
      const keep = operator === 'map' ? value : `${list}[${index}]`
      const test = operator === 'map' ? 'true' : this.truthy({ expr: value, maybeUnknown: false, isBoolean: false })
      this.line(`if (!Array.isArray(${list})) { ${target} = []; } else {`)
      this.line(`${target} = [];`)
      this.line(`for (${index} = 0; ${index} < ${list}.length; ${index}++) {`)
      this.line(`${value} = ${logic}(${list}[${index}], M, A, ${itemScope});`)
      this.line(`if (${value} === U) { ${target} = U; break; }`)
      this.line(`if (${test}) ${target}.push(${keep});`)
      this.line('}}')
    } else {
      // all / some / none: an item known to decide decides; unknown items matter only otherwise.
      const decidesOn = operator === 'all' ? 'false' : 'true'
      const decided = operator === 'some' ? 'true' : 'false'
      const undecided = operator === 'some' ? 'false' : 'true'
      const sawUnknown = this.temp()
      this.line(`if (!Array.isArray(${list}) || ${list}.length === 0) { ${target} = ${operator === 'none'}; } else {`)
      this.line(`${target} = undefined; ${sawUnknown} = false;`)
      this.line(`for (${index} = 0; ${index} < ${list}.length; ${index}++) {`)
      this.line(`${value} = ${logic}(${list}[${index}], M, A, ${itemScope});`)
      this.line(`if (${value} === U) { ${sawUnknown} = true; continue; }`)
      this.line(`if ((Array.isArray(${value}) ? ${value}.length !== 0 : !!${value}) === ${decidesOn}) { ${target} = ${decided}; break; }`)
      this.line('}')
      this.line(`if (${target} === undefined) ${target} = ${sawUnknown} ? U : ${undecided};`)
      this.line('}')
    }
    if (items.maybeUnknown) this.line('}')
    return { expr: target, maybeUnknown, isBoolean: OPERATORS[operator]!.returnsBoolean === true }
  }

  /** The fact path of the current item, when missing facts are tracked and the items come from a literal `var`. */
  private itemScope(source: unknown, index: string): string {
    if (this.mode !== 'kleene' || operatorOf(source) !== 'var') return 'null'
    const path = operandsOf(source as object, 'var')[0]
    if (typeof path !== 'string' && typeof path !== 'number') return 'null'
    return `(M === null || S === null ? null : H.at(S, ${JSON.stringify(String(path))} + "." + ${index}))`
  }

  /** `asBoolean`: only truthiness matters, so say whether anything is absent without building the list. */
  private emitMissing(operator: string, operands: readonly unknown[], asBoolean: boolean): Emitted {
    // `missing` and `missing_some` ask about evidence: their keys are plain values, never unknown.
    const saved = this.mode
    this.mode = 'plain'
    try {
      const keys = operator === 'missing' ? staticMissingKeys(operands) : staticMissingKeys(operands.slice(1))
      if (keys !== undefined && (operator === 'missing' || typeof operands[0] === 'number')) {
        return asBoolean ? this.emitStaticMissingTest(operator, keys, operands[0] as number) : this.emitStaticMissing(operator, keys, operands[0] as number)
      }
      const values = operands.map((operand) => this.emit(operand))
      const target = this.temp()
      if (operator === 'missing') {
        this.line(`${target} = H.missing([${values.map((value) => value.expr).join(', ')}], d);`)
      } else {
        this.line(`${target} = H.missingSome(${values[0]?.expr ?? 'undefined'}, ${values[1]?.expr ?? 'undefined'}, d);`)
      }
      if (!asBoolean) return { expr: target, maybeUnknown: false, isBoolean: false }
      this.line(`${target} = ${target}.length !== 0;`)
      return { expr: target, maybeUnknown: false, isBoolean: true }
    } finally {
      this.mode = saved
    }
  }

  /** Whether `missing` over literal keys is non-empty, counting instead of building the list. */
  private emitStaticMissingTest(operator: string, keys: ReadonlyArray<string | number>, needCount: number): Emitted {
    const absent = this.temp()
    this.line(`${absent} = 0;`)
    for (const key of keys) {
      const value = this.emitVar([key])
      this.line(`if (${value.expr} === null || ${value.expr} === "") ${absent}++;`)
    }
    const target = this.temp()
    this.line(operator === 'missing'
      ? `${target} = ${absent} !== 0;`
      : `${target} = ${absent} !== 0 && ${keys.length} - ${absent} < ${this.constant(needCount).expr};`)
    return { expr: target, maybeUnknown: false, isBoolean: true }
  }

  /** `missing` over literal keys: each key read inline, as `var` reads it. */
  private emitStaticMissing(operator: string, keys: ReadonlyArray<string | number>, needCount: number): Emitted {
    const absent = this.temp()
    this.line(`${absent} = [];`)
    for (const key of keys) {
      const value = this.emitVar([key])
      this.line(`if (${value.expr} === null || ${value.expr} === "") ${absent}.push(${this.constant(key).expr});`)
    }
    if (operator === 'missing') return { expr: absent, maybeUnknown: false, isBoolean: false }
    const target = this.temp()
    this.line(`${target} = ${keys.length} - ${absent}.length >= ${this.constant(needCount).expr} ? [] : ${absent};`)
    return { expr: target, maybeUnknown: false, isBoolean: false }
  }

  private emitVar(operands: readonly unknown[]): Emitted {
    const [path, fallback] = operands
    const hasFallback = operands.length > 1
    const literalPath = typeof path === 'string' || typeof path === 'number' || path === null || path === undefined
    const literalFallback = !hasFallback || (operatorOf(fallback) === undefined && !Array.isArray(fallback))
    if (!literalPath || !literalFallback) return this.emitDynamicVar(path, fallback, hasFallback)

    const kleeneMiss = this.mode === 'kleene' && (!hasFallback || fallback === undefined)
    const pathText = path === null || path === undefined ? '' : String(path)
    const miss = !kleeneMiss ? '' : this.tracksMissing ? `(M !== null && M.push(H.at(S, ${JSON.stringify(pathText)})), U)` : 'U'
    const notFound = kleeneMiss ? miss : hasFallback && fallback !== undefined ? this.constant(fallback).expr : 'null'
    const target = this.temp()
    if (pathText === '') {
      this.line(kleeneMiss ? `${target} = d == null ? ${miss} : d;` : `${target} = d;`)
      return { expr: target, maybeUnknown: kleeneMiss, isBoolean: false }
    }
    const keys = pathText.split('.')
    if (keys.some((key) => FORBIDDEN_PATH_SEGMENTS.has(key))) {
      // Unreachable after validation; kept so that no prototype is ever read.
      this.line(`${target} = ${notFound};`)
      return { expr: target, maybeUnknown: kleeneMiss, isBoolean: false }
    }
    // Checked facts are a plain object, so the first read needs no null test of `d`.
    const steps = this.context.dataIsObject ? [] : [`(${target} = d) == null ? ${notFound}`]
    keys.forEach((key, i) => {
      const from = i === 0 && this.context.dataIsObject ? 'd' : target
      const read = PROTOTYPE_KEYS.has(key) ? `H.readOwn(${from}, ${JSON.stringify(key)})` : `${from}[${JSON.stringify(key)}]`
      const last = i === keys.length - 1
      const absent = last && !kleeneMiss ? '=== undefined' : '== null'
      steps.push(last ? `(${target} = ${read}) ${absent} ? ${notFound} : ${target}` : `(${target} = ${read}) == null ? ${notFound}`)
    })
    this.line(`${target} = ${steps.join(' : ')};`)
    return { expr: target, maybeUnknown: kleeneMiss, isBoolean: false }
  }

  private emitDynamicVar(path: unknown, fallback: unknown, hasFallback: boolean): Emitted {
    const pathValue = this.emit(path)
    const fallbackValue = hasFallback ? this.emit(fallback) : this.constant(undefined)
    const target = this.temp()
    const unknowns = [pathValue, fallbackValue].filter((value) => value.maybeUnknown).map((value) => this.isUnknown(value))
    const read = `H.readPath(d, ${pathValue.expr}, ${fallbackValue.expr})`
    this.line(`${target} = ${unknowns.length > 0 ? `${unknowns.join(' || ')} ? U : ` : ''}${read};`)
    if (this.mode === 'kleene') {
      const pathText = `(${pathValue.expr} == null ? "" : String(${pathValue.expr}))`
      this.line(`if (${target} !== U && ${fallbackValue.expr} === undefined && ${target} == null) { if (M !== null) M.push(H.at(S, ${pathText})); ${target} = U; }`)
      return { expr: target, maybeUnknown: true, isBoolean: false }
    }
    return { expr: target, maybeUnknown: unknowns.length > 0, isBoolean: false }
  }
}
