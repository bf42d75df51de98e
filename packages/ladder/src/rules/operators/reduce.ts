// `reduce`: folds a list with a rule over `{ current, accumulator }`, from the initial value (or
// null); a non-list gives the initial value. Absent facts inside are named `[item].…`.
import { UNKNOWN } from '../../internal/unknown.js'
import type { Emitted, Operator } from './Operator.js'

export const reduce: Operator = {
  name: 'reduce', minArgs: 2, maxArgs: 3, returnsBoolean: false, folds: true,
  interpret(operands, data, env, scope, _truthOnly, run) {
    const items = run(operands[0], data, env, scope)
    if (items === UNKNOWN) return UNKNOWN
    const initial = operands[2] !== undefined ? run(operands[2], data, env, scope) : null
    if (initial === UNKNOWN) return UNKNOWN
    if (!Array.isArray(items)) return initial
    let accumulator = initial
    for (let i = 0; i < items.length; i++) {
      accumulator = run(operands[1], { current: items[i], accumulator }, env, null)
      if (accumulator === UNKNOWN) return UNKNOWN
    }
    return accumulator
  },
  compile(operands, generator): Emitted {
    const items = generator.emit(operands[0])
    const logic = generator.hoist(operands[1], false)
    const [target, list, index] = [generator.temp(), generator.temp(), generator.temp()]
    generator.line(`${list} = ${items.expr};`)
    if (items.maybeUnknown) generator.line(`if (${list} === U) { ${target} = U; } else {`)
    const initial = operands[2] !== undefined ? generator.emit(operands[2]) : generator.constant(null)
    generator.line(`if (${generator.isUnknown(initial)}) { ${target} = U; } else if (!Array.isArray(${list})) { ${target} = ${initial.expr}; } else {`)
    generator.line(`${target} = ${initial.expr};`)
    generator.line(`for (${index} = 0; ${index} < ${list}.length; ${index}++) {`)
    generator.line(`${target} = ${logic}({ current: ${list}[${index}], accumulator: ${target} }, M, A, null);`)
    generator.line(`if (${target} === U) break;`)
    generator.line('}}')
    if (items.maybeUnknown) generator.line('}')
    return { expr: target, maybeUnknown: generator.mode === 'kleene', isBoolean: false }
  },
}
