// `missing`: the keys (one list, or the operands) whose facts are absent (null, undefined or '').
// It asks about evidence, so absent facts are plainly absent here, never unknown; where only its
// truthiness matters in Kleene mode, it only says whether anything is absent.
import { joinPointer } from '../../internal/jsonPointer.js'
import { readPath } from '../../internal/readPath.js'
import { isTruthy } from '../truthy.js'
import { checkFactPath } from './var.js'
import type { Emitted, Environment, Operator, Report, RuleCodeGenerator, Run } from './Operator.js'

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

/** Evaluates the operands as plain values: the keys of `missing` are never unknown. */
export function plainOperands(operands: readonly unknown[], data: unknown, env: Environment, run: Run): unknown[] {
  const plain: Environment = env.mode === 'plain' ? env : { mode: 'plain', asOf: env.asOf, missing: undefined }
  return operands.map((operand) => run(operand, data, plain, ''))
}

/** The keys when they are literal strings or numbers (json-logic-js: one array, or the operands). */
export function staticKeys(operands: readonly unknown[]): ReadonlyArray<string | number> | undefined {
  const keys = Array.isArray(operands[0]) ? (operands[0] as unknown[]) : operands
  return keys.every((key) => typeof key === 'string' || (typeof key === 'number' && Number.isFinite(key))) ? (keys as Array<string | number>) : undefined
}

/** Counts the absent facts among literal keys into a new temp and returns its name. */
export function countAbsent(keys: ReadonlyArray<string | number>, generator: RuleCodeGenerator): string {
  const absent = generator.temp()
  generator.line(`${absent} = 0;`)
  for (const key of keys) {
    const value = generator.emit({ var: key })
    generator.line(`if (${value.expr} === null || ${value.expr} === "") ${absent}++;`)
  }
  return absent
}

/** Lists the absent facts among literal keys, each read inline as `var` reads it, into a new temp. */
export function listAbsent(keys: ReadonlyArray<string | number>, generator: RuleCodeGenerator): string {
  const absent = generator.temp()
  generator.line(`${absent} = [];`)
  for (const key of keys) {
    const value = generator.emit({ var: key })
    generator.line(`if (${value.expr} === null || ${value.expr} === "") ${absent}.push(${generator.constant(key).expr});`)
  }
  return absent
}

/** Checks the literal keys of a `missing` list. */
export function checkKeys(keys: readonly unknown[], pointer: (index: number) => string, report: Report): void {
  keys.forEach((key, index) => {
    if (typeof key === 'string') checkFactPath(key, pointer(index), report)
  })
}

export const missing: Operator = {
  name: 'missing', minArgs: 1, maxArgs: Number.POSITIVE_INFINITY, returnsBoolean: false,
  // Reads the facts.
  folds: false,
  checkPaths: (operands, pointer, report) => {
    const [first] = operands
    if (Array.isArray(first)) checkKeys(first, (index) => joinPointer(pointer(0), index), report)
    else checkKeys(operands, pointer, report)
  },
  interpret(operands, data, env, _scope, truthOnly, run) {
    const absent = missingKeys(plainOperands(operands, data, env, run), data)
    return truthOnly && env.mode === 'kleene' ? isTruthy(absent) : absent
  },
  compile(operands, generator, truthOnly): Emitted {
    const asBoolean = truthOnly && generator.mode === 'kleene'
    return generator.inMode('plain', () => {
      const keys = staticKeys(operands)
      if (keys !== undefined) {
        if (!asBoolean) return { expr: listAbsent(keys, generator), maybeUnknown: false, isBoolean: false }
        const absent = countAbsent(keys, generator)
        const target = generator.temp()
        generator.line(`${target} = ${absent} !== 0;`)
        return { expr: target, maybeUnknown: false, isBoolean: true }
      }
      const values = operands.map((operand) => generator.emit(operand))
      const target = generator.temp()
      generator.line(`${target} = ${generator.reference(missingKeys)}([${values.map((value) => value.expr).join(', ')}], d);`)
      if (!asBoolean) return { expr: target, maybeUnknown: false, isBoolean: false }
      generator.line(`${target} = ${target}.length !== 0;`)
      return { expr: target, maybeUnknown: false, isBoolean: true }
    })
  },
}
