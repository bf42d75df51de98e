// The operator table: one module per operator in this folder, gathered here. The validator
// (rules/checkRule.ts), the interpreter (internal/interpreter.ts), the code generator
// (internal/codegen.ts) and the explanations (assessment/explainCriterion.ts) all read it.
// Every operation on known values follows json-logic-js 2.0.5 exactly (the reference), so the odd
// corners are kept on purpose (see each module). To add an operator, add its module and list it
// below (see docs/engine.md, "Adding an operator").
import type { Operator } from './Operator.js'
import { all } from './all.js'
import { and } from './and.js'
import { asOf } from './asOf.js'
import { cat } from './cat.js'
import { dateAdd } from './dateAdd.js'
import { daysBetween } from './daysBetween.js'
import { divide } from './divide.js'
import { doubleNegation } from './doubleNegation.js'
import { equals } from './equals.js'
import { filter } from './filter.js'
import { greaterOrEqual } from './greaterOrEqual.js'
import { greaterThan } from './greaterThan.js'
import { conditional } from './if.js'
import { inList } from './in.js'
import { lessOrEqual } from './lessOrEqual.js'
import { lessThan } from './lessThan.js'
import { log } from './log.js'
import { map } from './map.js'
import { max } from './max.js'
import { merge } from './merge.js'
import { min } from './min.js'
import { minus } from './minus.js'
import { missing } from './missing.js'
import { missingSomeOf } from './missingSome.js'
import { modulo } from './modulo.js'
import { monthsBetween } from './monthsBetween.js'
import { times } from './multiply.js'
import { none } from './none.js'
import { not } from './not.js'
import { notEquals } from './notEquals.js'
import { or } from './or.js'
import { plus } from './plus.js'
import { reduce } from './reduce.js'
import { some } from './some.js'
import { strictEquals } from './strictEquals.js'
import { strictNotEquals } from './strictNotEquals.js'
import { substring } from './substr.js'
import { ternary } from './ternary.js'
import { variable } from './var.js'

export type { Operator } from './Operator.js'
export { operandsOf, operatorOf } from './node.js'

const ALL: readonly Operator[] = [
  equals, strictEquals, notEquals, strictNotEquals, greaterThan, greaterOrEqual, lessThan, lessOrEqual,
  doubleNegation, not, modulo, log, inList, cat, substring, plus, times, minus, divide, min, max, merge,
  conditional, ternary, and, or, filter, map, reduce, all, none, some, variable, missing, missingSomeOf,
  asOf, daysBetween, monthsBetween, dateAdd,
]

/** The operators rules may use, by name. A null-prototype record, so no name reaches Object.prototype. */
export const OPERATORS: Readonly<Record<string, Operator>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, Operator>, Object.fromEntries(ALL.map((operator) => [operator.name, Object.freeze(operator)]))),
)

/** The names of all operators, for messages. */
export const OPERATOR_NAMES: readonly string[] = Object.freeze(ALL.map((operator) => operator.name))
