// The operator table: one registry serves the validator, the interpreter and the code generator.
// Every operation on known values follows json-logic-js 2.0.5 exactly (the reference), so the
// odd corners are kept on purpose: `+` parses its operands with parseFloat, `*` with one operand
// returns it unchanged, `substr` emulates PHP for a negative length.
import { isTruthy } from './truthy.js'
import { dateAdd, daysBetween, monthsBetween } from './dates.js'
import { RuleEvaluationError } from './RuleError.js'

/** An operation on already evaluated operands; `asOf` is the assessment date, if any. */
export type Operation = (args: readonly unknown[], asOf: string | undefined) => unknown

/**
 * How an operator treats its operands.
 * - `strict`: every operand is evaluated first; an unknown operand makes the result unknown.
 * - `control`: `if`, `and`, `or` evaluate operands themselves (Kleene logic for unknowns).
 * - `scoped`: `filter`, `map`, `reduce`, `all`, `some`, `none` run a rule per item.
 * - `var`, `missing`: read the data.
 */
export type OperatorKind = 'strict' | 'control' | 'scoped' | 'var' | 'missing'

export interface OperatorDefinition {
  readonly kind: OperatorKind
  /** Operand counts a ladder rule must respect (checked by `validateLadder`). */
  readonly minArgs: number
  readonly maxArgs: number
  /** The operation for `strict` operators. */
  readonly apply?: Operation
  /** True when a known result is always a boolean, so truthiness needs no check. */
  readonly returnsBoolean?: boolean
  /** True when the result depends on the `asOf` option. */
  readonly needsAsOf?: boolean
}

const MANY = Number.POSITIVE_INFINITY

function strict(minArgs: number, maxArgs: number, apply: Operation, returnsBoolean = false): OperatorDefinition {
  return { kind: 'strict', minArgs, maxArgs, apply, returnsBoolean }
}

/* eslint-disable eqeqeq -- loose equality is JSON Logic's `==` */
const looseEquals: Operation = ([a, b]) => (a as never) == (b as never)
const looseNotEquals: Operation = ([a, b]) => (a as never) != (b as never)
/* eslint-enable eqeqeq */

type Comparable = never
const lessThan: Operation = ([a, b, c]) =>
  c === undefined ? (a as Comparable) < (b as Comparable) : (a as Comparable) < (b as Comparable) && (b as Comparable) < (c as Comparable)
const lessOrEqual: Operation = ([a, b, c]) =>
  c === undefined ? (a as Comparable) <= (b as Comparable) : (a as Comparable) <= (b as Comparable) && (b as Comparable) <= (c as Comparable)

function substr([source, start, end]: readonly unknown[]): string {
  if ((end as number) < 0) {
    // A negative length counts from the end, as in PHP (json-logic-js does the same).
    const rest = String(source).substr(start as number)
    return rest.substr(0, rest.length + (end as number))
  }
  return String(source).substr(start as number, end as number)
}

function inOperation([needle, haystack]: readonly unknown[]): boolean {
  if (!haystack || typeof (haystack as { indexOf?: unknown }).indexOf === 'undefined') return false
  return (haystack as { indexOf(value: unknown): number }).indexOf(needle) !== -1
}

function multiply(args: readonly unknown[]): unknown {
  if (args.length === 0) {
    throw new RuleEvaluationError('rule-evaluation-failed', '"*" needs at least one operand.')
  }
  return args.reduce((a, b) => parseFloat(a as string) * parseFloat(b as string))
}

function requireAsOf(asOf: string | undefined): string {
  if (asOf === undefined) {
    throw new RuleEvaluationError(
      'as-of-required',
      'The rule uses "as_of"; pass the assessment date as the asOf option (YYYY-MM-DD).',
    )
  }
  return asOf
}

/** The operators rules may use, by name. A null-prototype record, so no name reaches Object.prototype. */
export const OPERATORS: Readonly<Record<string, OperatorDefinition>> = Object.assign(Object.create(null) as Record<string, OperatorDefinition>, {
  '==': strict(2, 2, looseEquals, true),
  '===': strict(2, 2, ([a, b]) => a === b, true),
  '!=': strict(2, 2, looseNotEquals, true),
  '!==': strict(2, 2, ([a, b]) => a !== b, true),
  '>': strict(2, 2, ([a, b]) => (a as Comparable) > (b as Comparable), true),
  '>=': strict(2, 2, ([a, b]) => (a as Comparable) >= (b as Comparable), true),
  '<': strict(2, 3, lessThan, true),
  '<=': strict(2, 3, lessOrEqual, true),
  '!!': strict(1, 1, ([a]) => isTruthy(a), true),
  '!': strict(1, 1, ([a]) => !isTruthy(a), true),
  '%': strict(2, 2, ([a, b]) => (a as number) % (b as number)),
  // json-logic-js prints the value; a library that sees personal data logs nothing, so it only passes it on.
  log: strict(1, 1, ([a]) => a),
  in: strict(2, 2, inOperation, true),
  cat: strict(0, MANY, (args) => args.join('')),
  substr: strict(2, 3, substr),
  '+': strict(1, MANY, (args) => args.reduce<number>((a, b) => parseFloat(a as unknown as string) + parseFloat(b as string), 0)),
  '*': strict(1, MANY, multiply),
  '-': strict(1, 2, ([a, b]) => (b === undefined ? -(a as number) : (a as number) - (b as number))),
  '/': strict(2, 2, ([a, b]) => (a as number) / (b as number)),
  min: strict(1, MANY, (args) => Math.min(...(args as number[]))),
  max: strict(1, MANY, (args) => Math.max(...(args as number[]))),
  merge: strict(0, MANY, (args) => args.reduce<unknown[]>((a, b) => a.concat(b), [])),
  if: { kind: 'control', minArgs: 3, maxArgs: MANY },
  '?:': { kind: 'control', minArgs: 3, maxArgs: 3 },
  and: { kind: 'control', minArgs: 1, maxArgs: MANY },
  or: { kind: 'control', minArgs: 1, maxArgs: MANY },
  filter: { kind: 'scoped', minArgs: 2, maxArgs: 2 },
  map: { kind: 'scoped', minArgs: 2, maxArgs: 2 },
  reduce: { kind: 'scoped', minArgs: 2, maxArgs: 3 },
  all: { kind: 'scoped', minArgs: 2, maxArgs: 2, returnsBoolean: true },
  none: { kind: 'scoped', minArgs: 2, maxArgs: 2, returnsBoolean: true },
  some: { kind: 'scoped', minArgs: 2, maxArgs: 2, returnsBoolean: true },
  var: { kind: 'var', minArgs: 0, maxArgs: 2 },
  missing: { kind: 'missing', minArgs: 1, maxArgs: MANY },
  missing_some: { kind: 'missing', minArgs: 2, maxArgs: 2 },
  // Date operations for trajectory rules; the assessment date is the asOf option, never the clock.
  as_of: { kind: 'strict', minArgs: 0, maxArgs: 0, apply: (_args, asOf) => requireAsOf(asOf), needsAsOf: true },
  days_between: strict(2, 2, ([a, b]) => daysBetween(a, b)),
  months_between: strict(2, 2, ([a, b]) => monthsBetween(a, b)),
  date_add: strict(3, 3, ([date, amount, unit]) => dateAdd(date, amount, unit)),
} satisfies Record<string, OperatorDefinition>)

/** The names of all operators, for messages. */
export const OPERATOR_NAMES: readonly string[] = Object.keys(OPERATORS)

/** The operator of a JSON Logic node, or undefined when the value is data, not logic. */
export function operatorOf(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined
  let found: string | undefined
  let count = 0
  for (const key in node) {
    if (!Object.hasOwn(node, key)) continue
    count += 1
    if (count > 1) return undefined
    found = key
  }
  return found
}

/** The operands of a logic node, always as an array (`{"var": "x"}` is `{"var": ["x"]}`). */
export function operandsOf(node: object, operator: string): readonly unknown[] {
  const values = (node as Record<string, unknown>)[operator]
  return Array.isArray(values) ? values : [values]
}
