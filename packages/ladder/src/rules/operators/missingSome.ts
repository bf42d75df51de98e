// `missing_some`: `[]` when at least n of the listed facts are present, else the absent ones. Like
// `missing` it asks about evidence: never unknown.
import { joinPointer } from '../../internal/jsonPointer.js'
import { isTruthy } from '../truthy.js'
import { checkKeys, countAbsent, listAbsent, missingKeys, plainOperands, staticKeys } from './missing.js'
import type { Emitted, Operator } from './Operator.js'

function missingSome(needCount: unknown, keys: unknown, data: unknown): unknown[] {
  const absent = missingKeys([keys], data)
  return (keys as unknown[]).length - absent.length >= (needCount as number) ? [] : absent
}

export const missingSomeOf: Operator = {
  name: 'missing_some', minArgs: 2, maxArgs: 2, returnsBoolean: false,
  // Reads the facts.
  folds: false,
  checkOperands: (operands, path, report) => {
    if (typeof operands[0] !== 'number' || !Number.isInteger(operands[0]) || operands[0] < 0) {
      report(`${path}/0`, 'malformed-arguments', '"missing_some" needs a whole number of facts that must be present as its first operand.')
    }
    if (!Array.isArray(operands[1])) {
      report(`${path}/1`, 'malformed-arguments', '"missing_some" needs an array of fact paths as its second operand.')
    }
  },
  checkPaths: (operands, pointer, report) => {
    const keys = operands[1]
    if (Array.isArray(keys)) checkKeys(keys, (index) => joinPointer(pointer(1), index), report)
  },
  interpret(operands, data, env, _scope, truthOnly, run) {
    const [needCount, keys] = plainOperands(operands, data, env, run)
    const absent = missingSome(needCount, keys, data)
    return truthOnly && env.mode === 'kleene' ? isTruthy(absent) : absent
  },
  compile(operands, generator, truthOnly): Emitted {
    const asBoolean = truthOnly && generator.mode === 'kleene'
    return generator.inMode('plain', () => {
      // Literal keys only as a list: json-logic-js counts the list's length.
      const keys = Array.isArray(operands[1]) ? staticKeys(operands.slice(1)) : undefined
      const needCount = operands[0]
      if (keys !== undefined && typeof needCount === 'number') {
        const target = generator.temp()
        if (asBoolean) {
          const absent = countAbsent(keys, generator)
          generator.line(`${target} = ${absent} !== 0 && ${keys.length} - ${absent} < ${generator.constant(needCount).expr};`)
          return { expr: target, maybeUnknown: false, isBoolean: true }
        }
        const absent = listAbsent(keys, generator)
        generator.line(`${target} = ${keys.length} - ${absent}.length >= ${generator.constant(needCount).expr} ? [] : ${absent};`)
        return { expr: target, maybeUnknown: false, isBoolean: false }
      }
      const values = operands.map((operand) => generator.emit(operand))
      const target = generator.temp()
      generator.line(`${target} = ${generator.reference(missingSome)}(${values[0]?.expr ?? 'undefined'}, ${values[1]?.expr ?? 'undefined'}, d);`)
      if (!asBoolean) return { expr: target, maybeUnknown: false, isBoolean: false }
      generator.line(`${target} = ${target}.length !== 0;`)
      return { expr: target, maybeUnknown: false, isBoolean: true }
    })
  },
}
