// `in`: whether the second operand (a list or a text) contains the first.
import { strictOperator, unknownTests } from './strict.js'

function contains([needle, haystack]: readonly unknown[]): boolean {
  if (!haystack || typeof (haystack as { indexOf?: unknown }).indexOf === 'undefined') return false
  return (haystack as { indexOf(value: unknown): number }).indexOf(needle) !== -1
}

function isPrimitiveList(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object')
}

export const inList = strictOperator({
  name: 'in', minArgs: 2, maxArgs: 2, returnsBoolean: true,
  apply: contains,
  operation: (operands, generator) => {
    if (operands.length !== 2 || !isPrimitiveList(operands[1])) return undefined
    // A literal list: search one frozen copy instead of building the list per record.
    const needle = generator.emit(operands[0])
    return {
      operation: `(${generator.reference(Object.freeze([...operands[1]]))}.indexOf(${needle.expr}) !== -1)`,
      unknowns: unknownTests([needle], generator),
      isBoolean: true,
    }
  },
  explain: { kind: 'comparison', requirement: (value, locale) => (locale === 'nl' ? `een van ${value}` : `one of ${value}`) },
})
