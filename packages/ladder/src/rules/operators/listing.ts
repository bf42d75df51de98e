// What `filter` and `map` share: a rule run per item, giving a new list (empty for a non-list);
// an unknown item result makes the whole list unknown.
import { UNKNOWN } from '../../internal/unknown.js'
import { isTruthy } from '../truthy.js'
import { emitItemScope, itemScope } from './iteration.js'
import type { Emitted, Operator } from './Operator.js'

export function listing(name: 'filter' | 'map'): Operator {
  const filters = name === 'filter'
  return {
    name, minArgs: 2, maxArgs: 2, returnsBoolean: false, folds: true,
    interpret(operands, data, env, scope, _truthOnly, run) {
      const items = run(operands[0], data, env, scope)
      if (items === UNKNOWN) return UNKNOWN
      if (!Array.isArray(items)) return []
      const results: unknown[] = []
      for (let i = 0; i < items.length; i++) {
        const value = run(operands[1], items[i], env, itemScope(operands[0], scope, i, env), filters)
        if (value === UNKNOWN) return UNKNOWN
        if (!filters) results.push(value)
        else if (isTruthy(value)) results.push(items[i])
      }
      return results
    },
    compile(operands, generator): Emitted {
      const items = generator.emit(operands[0])
      const logic = generator.hoist(operands[1], filters)
      const [target, list, value, index] = [generator.temp(), generator.temp(), generator.temp(), generator.temp()]
      const keep = filters ? `${list}[${index}]` : value
      const test = filters ? generator.truthy({ expr: value, maybeUnknown: false, isBoolean: false }) : 'true'
      generator.line(`${list} = ${items.expr};`)
      if (items.maybeUnknown) generator.line(`if (${list} === U) { ${target} = U; } else {`)
      generator.line(`if (!Array.isArray(${list})) { ${target} = []; } else {`)
      generator.line(`${target} = [];`)
      generator.line(`for (${index} = 0; ${index} < ${list}.length; ${index}++) {`)
      generator.line(`${value} = ${logic}(${list}[${index}], M, A, ${emitItemScope(operands[0], index, generator)});`)
      generator.line(`if (${value} === U) { ${target} = U; break; }`)
      generator.line(`if (${test}) ${target}.push(${keep});`)
      generator.line('}}')
      if (items.maybeUnknown) generator.line('}')
      return { expr: target, maybeUnknown: generator.mode === 'kleene', isBoolean: false }
    },
  }
}
