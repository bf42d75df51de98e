// `if`: condition/result pairs and an optional else-result; the first truthy condition decides.
// In Kleene mode an unknown deciding condition makes the result unknown.
import { UNKNOWN } from '../../internal/unknown.js'
import { isTruthy } from '../truthy.js'
import type { Emitted, Operator } from './Operator.js'

export const conditional: Operator = {
  name: 'if', minArgs: 3, maxArgs: Number.POSITIVE_INFINITY, returnsBoolean: false, folds: true,
  checkOperands: (operands, path, report) => {
    if (operands.length % 2 === 0) {
      report(path, 'malformed-arguments', '"if" takes condition/result pairs and a final else-result: an odd number of operands.')
    }
  },
  interpret(operands, data, env, scope, truthOnly, run) {
    let i = 0
    for (; i < operands.length - 1; i += 2) {
      const condition = run(operands[i], data, env, scope, true)
      if (condition === UNKNOWN) return UNKNOWN
      if (isTruthy(condition)) return run(operands[i + 1], data, env, scope, truthOnly)
    }
    return operands.length === i + 1 ? run(operands[i], data, env, scope, truthOnly) : null
  },
  compile(operands, generator, truthOnly): Emitted {
    const target = generator.temp()
    let maybeUnknown = false
    let isBoolean = true
    let opened = 0
    let i = 0
    for (; i < operands.length - 1; i += 2) {
      const condition = generator.emit(operands[i], true)
      if (condition.maybeUnknown) {
        maybeUnknown = true
        generator.line(`if (${condition.expr} === U) { ${target} = U; } else`)
      }
      generator.line(`if (${generator.truthy(condition)}) {`)
      const branch = generator.emit(operands[i + 1], truthOnly)
      maybeUnknown ||= branch.maybeUnknown
      isBoolean &&= branch.isBoolean
      generator.line(`${target} = ${branch.expr};`)
      generator.line('} else {')
      opened += 1
    }
    if (operands.length === i + 1) {
      const otherwise = generator.emit(operands[i], truthOnly)
      maybeUnknown ||= otherwise.maybeUnknown
      isBoolean &&= otherwise.isBoolean
      generator.line(`${target} = ${otherwise.expr};`)
    } else {
      isBoolean = false
      generator.line(`${target} = null;`)
    }
    generator.line('}'.repeat(opened))
    return { expr: target, maybeUnknown, isBoolean }
  },
}
