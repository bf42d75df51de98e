// What `all`, `some` and `none` share: each is decided by an item known to decide (`all` by a
// falsy one, `some` and `none` by a truthy one); unknown items matter only when none decides.
// Over an empty list or a non-list, `none` holds and the others do not.
import { UNKNOWN } from '../../internal/unknown.js'
import { isTruthy } from '../truthy.js'
import { emitItemScope, itemScope } from './iteration.js'
import type { Emitted, Operator } from './Operator.js'

export function quantifier(name: 'all' | 'some' | 'none'): Operator {
  const decidesOn = name !== 'all'
  return {
    name, minArgs: 2, maxArgs: 2, returnsBoolean: true, folds: true,
    interpret(operands, data, env, scope, _truthOnly, run) {
      const items = run(operands[0], data, env, scope)
      if (items === UNKNOWN) return UNKNOWN
      if (!Array.isArray(items) || items.length === 0) return name === 'none'
      let sawUnknown = false
      for (let i = 0; i < items.length; i++) {
        const value = run(operands[1], items[i], env, itemScope(operands[0], scope, i, env), true)
        if (value === UNKNOWN) {
          sawUnknown = true
          continue
        }
        if (isTruthy(value) === decidesOn) return name === 'some'
      }
      return sawUnknown ? UNKNOWN : name !== 'some'
    },
    compile(operands, generator): Emitted {
      const items = generator.emit(operands[0])
      const logic = generator.hoist(operands[1], true)
      const [target, list, value, index, sawUnknown] = [generator.temp(), generator.temp(), generator.temp(), generator.temp(), generator.temp()]
      generator.line(`${list} = ${items.expr};`)
      if (items.maybeUnknown) generator.line(`if (${list} === U) { ${target} = U; } else {`)
      generator.line(`if (!Array.isArray(${list}) || ${list}.length === 0) { ${target} = ${name === 'none'}; } else {`)
      generator.line(`${target} = undefined; ${sawUnknown} = false;`)
      generator.line(`for (${index} = 0; ${index} < ${list}.length; ${index}++) {`)
      generator.line(`${value} = ${logic}(${list}[${index}], M, A, ${emitItemScope(operands[0], index, generator)});`)
      generator.line(`if (${value} === U) { ${sawUnknown} = true; continue; }`)
      generator.line(`if (${generator.truthy({ expr: value, maybeUnknown: false, isBoolean: false })} === ${decidesOn}) { ${target} = ${name === 'some'}; break; }`)
      generator.line('}')
      generator.line(`if (${target} === undefined) ${target} = ${sawUnknown} ? U : ${name !== 'some'};`)
      generator.line('}')
      if (items.maybeUnknown) generator.line('}')
      return { expr: target, maybeUnknown: generator.mode === 'kleene', isBoolean: true }
    },
  }
}
