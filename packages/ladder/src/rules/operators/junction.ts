// What `and` and `or` share: `and` is decided by the first known falsy operand, `or` by the first
// known truthy one; an unknown operand only matters when nothing decides (Kleene's logic).
import { UNKNOWN } from '../../internal/unknown.js'
import { isTruthy } from '../truthy.js'
import type { Emitted, Operator } from './Operator.js'

/** `and` (decided by a falsy operand) or `or` (decided by a truthy one). */
export function junction(name: 'and' | 'or'): Operator {
  const decidesOn = name === 'or'
  return {
    name, minArgs: 1, maxArgs: Number.POSITIVE_INFINITY, returnsBoolean: false, folds: true,
    explain: { kind: 'operands' },
    interpret(operands, data, env, scope, truthOnly, run) {
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
    },
    // Where only the outcome matters: an outcome code (0 met, 1 not met, 2 unknown) that the
    // first deciding operand sets; an unknown operand only marks it unknown.
    condition(operands, generator) {
      // Without operands json-logic-js returns undefined: not met.
      if (operands.length === 0) return { unknown: null, truth: 'false' }
      const target = generator.temp()
      const label = generator.label()
      const [undecided, decided] = decidesOn ? ['1', '0'] : ['0', '1']
      generator.line(`${target} = ${undecided};`)
      generator.line(`${label}: {`)
      for (const operand of operands) {
        const condition = generator.emitCondition(operand)
        const decides = `if (${decidesOn ? condition.truth : `!(${condition.truth})`}) { ${target} = ${decided}; break ${label}; }`
        generator.line(condition.unknown === null ? decides : `if (${condition.unknown}) ${target} = 2; else ${decides}`)
      }
      generator.line('}')
      return { unknown: `${target} === 2`, truth: `${target} === 0` }
    },
    compile(operands, generator, truthOnly): Emitted {
      const target = generator.temp()
      const sawUnknown = generator.temp()
      const label = generator.label()
      const decides = (value: Emitted): string => (decidesOn ? generator.truthy(value) : `!${generator.truthy(value)}`)
      generator.line(`${sawUnknown} = false;`)
      generator.line(`${label}: {`)
      let last: Emitted = { expr: 'undefined', maybeUnknown: false, isBoolean: false }
      let maybeUnknown = false
      let isBoolean = true
      for (const operand of operands) {
        const value = generator.emit(operand, truthOnly)
        // Where the value is used, a decision after an unknown operand is unknown: json-logic-js
        // would have returned the missing operand's value.
        const decided = maybeUnknown && !truthOnly ? `${sawUnknown} ? U : ${value.expr}` : value.expr
        maybeUnknown ||= value.maybeUnknown
        isBoolean &&= value.isBoolean
        const decide = `if (${decides(value)}) { ${target} = ${decided}; break ${label}; }`
        generator.line(value.maybeUnknown ? `if (${value.expr} === U) ${sawUnknown} = true; else ${decide}` : decide)
        last = value
      }
      generator.line(`${target} = ${maybeUnknown ? `${sawUnknown} ? U : ` : ''}${last.expr};`)
      generator.line('}')
      return { expr: target, maybeUnknown, isBoolean: isBoolean && operands.length > 0 }
    },
  }
}
