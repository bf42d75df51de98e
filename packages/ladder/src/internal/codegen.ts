// The only place that generates code. A rule becomes JavaScript statements with literal property
// reads, which V8 optimises far better than walking the rule per record. What each operator
// compiles to is its module's `operation` or `compile` (rules/operators/); an operator without
// either is compiled to a call of its interpreter.
//
// Safety: rules are untrusted. No value from a rule reaches the generated source unescaped:
// strings and property names go through JSON.stringify (a valid, fully escaped JS string
// literal), finite numbers through String(), and every other value (objects, -0, functions)
// is passed in the constants array `K` and referenced by index. Operator names never reach the
// source: they select table entries here.
import { OPERATORS, operandsOf, operatorOf, type Operator } from '../rules/operators/index.js'
import type { CompiledCondition } from '../rules/operators/Operator.js'
import { joinScope } from '../rules/operators/iteration.js'
import { isTruthy } from '../rules/truthy.js'
import { readPath, readOwn } from './readPath.js'
import { run, type EvaluationMode, type Scope } from './interpreter.js'
import { UNKNOWN } from './unknown.js'

/** A compiled rule body: `(data, missing | null, asOf, scope) => value | UNKNOWN`. */
export type GeneratedRule = (data: unknown, missing: string[] | null, asOf: string | undefined, scope: string | null) => unknown

/** An emitted expression: a variable name or a literal, plus what is known about its value. */
export interface Emitted {
  readonly expr: string
  /** False when the value can never be UNKNOWN (constants, plain mode). */
  readonly maybeUnknown: boolean
  /** True when a known value is always a boolean. */
  readonly isBoolean: boolean
  /** Set for a constant from the rule, so its truthiness is decided here. */
  readonly constant?: { readonly value: unknown }
}

/** Helpers the generated code calls; passed in as `H`. */
const HELPERS = { readOwn, readPath, at: joinScope }

const PLAIN = { mode: 'plain', asOf: undefined, missing: undefined } as const

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
  #mode: EvaluationMode
  /** False when `M` is always null, so no code records absent facts. */
  readonly tracksMissing: boolean
  private labels = 0
  private functions = 0

  /**
   * @param options - `factsAreObject`: the main function's `d` is checked facts (a plain object),
   *   never null. `tracksMissing: false`: `M` is always null, so no code records absent facts.
   */
  constructor(mode: EvaluationMode, { factsAreObject = false, tracksMissing = true } = {}) {
    this.#mode = mode
    this.tracksMissing = tracksMissing
    this.context = { lines: [], temps: 0, dataIsObject: factsAreObject }
  }

  /** 'kleene' where absent facts are UNKNOWN, 'plain' as json-logic-js. */
  get mode(): EvaluationMode {
    return this.#mode
  }

  /** True when the current function's `d` is the checked facts, never null. */
  get dataIsObject(): boolean {
    return this.context.dataIsObject
  }

  /** Emits with another mode in force (`missing` asks about evidence in plain mode). */
  inMode<T>(mode: EvaluationMode, emit: () => T): T {
    const saved = this.#mode
    this.#mode = mode
    try {
      return emit()
    } finally {
      this.#mode = saved
    }
  }

  /**
   * Emits the statements of `rule` into the current function and returns its value expression.
   * `truthOnly`: only the result's truthiness matters here (see interpreter.ts).
   */
  emit(rule: unknown, truthOnly = false): Emitted {
    if (Array.isArray(rule)) return this.emitArray(rule)
    const name = operatorOf(rule)
    if (name === undefined) return this.constant(rule)
    const operator = OPERATORS[name]!
    const operands = operandsOf(rule as object, name)
    const folded = this.fold(rule, operator, operands, truthOnly)
    if (folded !== undefined) return folded
    if (operator.operation !== undefined) return this.emitOperation(operator.operation(operands, this))
    if (operator.compile !== undefined) return operator.compile(operands, this, truthOnly)
    return this.emitInterpreted(rule, operator, truthOnly)
  }

  /**
   * Emits `rule` where only its outcome matters (a criterion, a condition) and returns two JS
   * expressions: `unknown`, true when the value is UNKNOWN (null when it never is), and `truth`,
   * its truthiness when known. An operator's result is tested in place instead of first being
   * stored, which keeps booleans and UNKNOWN apart for V8.
   */
  emitCondition(rule: unknown): CompiledCondition {
    const name = Array.isArray(rule) ? undefined : operatorOf(rule)
    const operator = name === undefined ? undefined : OPERATORS[name]!
    if (operator !== undefined && (operator.condition !== undefined || operator.operation !== undefined)) {
      const operands = operandsOf(rule as object, name!)
      if (this.fold(rule, operator, operands, true) === undefined) {
        const condition = operator.condition?.(operands, this)
        if (condition !== undefined) return condition
        if (operator.operation !== undefined) {
          const { operation, unknowns, isBoolean } = operator.operation(operands, this)
          const truth = isBoolean ? operation : this.truthy({ expr: `(${operation})`, maybeUnknown: false, isBoolean: false })
          return { unknown: unknowns.length > 0 ? unknowns.join(' || ') : null, truth }
        }
      }
    }
    const value = this.emit(rule, true)
    return { unknown: value.maybeUnknown ? this.isUnknown(value) : null, truth: this.truthy(value) }
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

  /** A constant from the rule: a literal for null, booleans, strings and finite numbers, else a reference. */
  constant(value: unknown): Emitted {
    const known = { maybeUnknown: false, isBoolean: typeof value === 'boolean', constant: { value } }
    if (value === null || typeof value === 'boolean') return { expr: String(value), ...known }
    if (typeof value === 'string') return { expr: JSON.stringify(value), ...known }
    if (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0)) {
      return { expr: value < 0 ? `(${String(value)})` : String(value), ...known }
    }
    return { expr: this.reference(value), ...known }
  }

  private renderFunction(name: string, tail: string, parameters = 'd, M, A, S'): string {
    const { lines, temps } = this.context
    const declarations = temps > 0 ? `let ${Array.from({ length: temps }, (_, i) => `t${i + 1}`).join(', ')};\n` : ''
    return `function ${name}(${parameters}) {\n${declarations}${lines.join('\n')}\n${tail}\n}`
  }

  /**
   * A constant subtree (operators that fold, over constants only) is computed now. Only a
   * primitive result is folded (a list must stay a new list per call), and a subtree that throws
   * is left to throw when it runs.
   */
  private fold(rule: unknown, operator: Operator, operands: readonly unknown[], truthOnly: boolean): Emitted | undefined {
    if (!operator.folds || !operands.every(isConstant)) return undefined
    let value: unknown
    try {
      value = run(rule, undefined, PLAIN, '', truthOnly)
    } catch {
      return undefined
    }
    return value !== null && typeof value === 'object' ? undefined : this.constant(value)
  }

  private emitOperation({ operation, unknowns, isBoolean }: { operation: string; unknowns: readonly string[]; isBoolean: boolean }): Emitted {
    const target = this.temp()
    this.line(unknowns.length > 0 ? `${target} = ${unknowns.join(' || ')} ? U : ${operation};` : `${target} = ${operation};`)
    return { expr: target, maybeUnknown: unknowns.length > 0, isBoolean }
  }

  /** An operator that has no compiled form: the generated code calls its interpreter. */
  private emitInterpreted(rule: unknown, operator: Operator, truthOnly: boolean): Emitted {
    const mode = this.#mode
    const interpretHere = (d: unknown, M: string[] | null, A: string | undefined, S: Scope): unknown =>
      run(rule, d, { mode, asOf: A, missing: M ?? undefined }, S, truthOnly)
    const target = this.temp()
    this.line(`${target} = ${this.reference(interpretHere)}(d, M, A, S);`)
    return { expr: target, maybeUnknown: mode === 'kleene', isBoolean: operator.returnsBoolean }
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
}

/** True when a value has no logic that reads facts or the date: data, or operators that fold over such values. */
function isConstant(node: unknown): boolean {
  if (Array.isArray(node)) return node.every(isConstant)
  const name = operatorOf(node)
  if (name === undefined) return true
  const operator = OPERATORS[name]
  return operator !== undefined && operator.folds && operandsOf(node as object, name).every(isConstant)
}
