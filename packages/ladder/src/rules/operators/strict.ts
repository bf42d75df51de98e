// The common shape of strict operators: every operand is evaluated first, and an unknown operand
// makes the result unknown. An operator module gives its operation on known values (`apply`) and,
// optionally, inline code for it; everything else is shared here.
import { UNKNOWN } from '../../internal/unknown.js'
import type { CompiledCondition, CompiledOperation, Emitted, Explaining, Operator, Report, RuleCodeGenerator } from './Operator.js'

/** An operation on already evaluated operands; `asOf` is the assessment date, if any. */
export type Operation = (args: readonly unknown[], asOf: string | undefined) => unknown

export interface StrictOperatorSpec {
  readonly name: string
  readonly minArgs: number
  readonly maxArgs: number
  readonly apply: Operation
  readonly returnsBoolean?: boolean
  /** False when the result depends on more than the operands (`as_of`). Default true. */
  readonly folds?: boolean
  /** Only the operands' truthiness matters (`!`, `!!`). */
  readonly truthOperands?: boolean
  /**
   * Inline JS for the operation on the emitted operands, or undefined to call `apply` (the
   * default); values never reach the source except as the generator emitted them.
   */
  readonly inline?: (values: readonly Emitted[], generator: RuleCodeGenerator) => string | undefined
  /** Replaces the whole compiled operation (e.g. `in` over a literal list, which is not emitted). */
  readonly operation?: (operands: readonly unknown[], generator: RuleCodeGenerator) => CompiledOperation | undefined
  readonly checkOperands?: (operands: readonly unknown[], path: string, report: Report) => void
  readonly explain?: Explaining
  /** Faster code where only the outcome matters (see {@link Operator.condition}). */
  readonly condition?: Operator['condition']
}

/** Builds a strict operator from its spec. */
export function strictOperator(spec: StrictOperatorSpec): Operator {
  const { apply, inline } = spec
  const truthOperands = spec.truthOperands === true
  const isBoolean = spec.returnsBoolean === true
  const operator: Operator = {
    name: spec.name,
    minArgs: spec.minArgs,
    maxArgs: spec.maxArgs,
    returnsBoolean: isBoolean,
    folds: spec.folds ?? true,
    ...(spec.checkOperands === undefined ? {} : { checkOperands: spec.checkOperands }),
    ...(spec.explain === undefined ? {} : { explain: spec.explain }),
    ...(spec.condition === undefined ? {} : { condition: spec.condition }),
    interpret(operands, data, env, scope, _truthOnly, run) {
      const values = new Array<unknown>(operands.length)
      let sawUnknown = false
      for (let i = 0; i < operands.length; i++) {
        const value = run(operands[i], data, env, scope, truthOperands)
        if (value === UNKNOWN) sawUnknown = true
        values[i] = value
      }
      return sawUnknown ? UNKNOWN : apply(values, env.asOf)
    },
    operation(operands, generator) {
      const special = spec.operation?.(operands, generator)
      if (special !== undefined) return special
      const values = operands.map((operand) => generator.emit(operand, truthOperands))
      return {
        operation: inline?.(values, generator) ?? callApply(apply, values, generator),
        unknowns: unknownTests(values, generator),
        isBoolean,
      }
    },
  }
  return operator
}

/** Generated code that calls `apply` on the emitted values. */
export function callApply(apply: Operation, values: readonly Emitted[], generator: RuleCodeGenerator): string {
  return `${generator.reference(apply)}([${values.map((value) => value.expr).join(', ')}], A)`
}

/** The tests that make a strict operation UNKNOWN: one per operand that may be unknown. */
export function unknownTests(values: readonly Emitted[], generator: RuleCodeGenerator): string[] {
  return values.filter((value) => value.maybeUnknown).map((value) => generator.isUnknown(value))
}

/** Inline code for a binary JS operator with exactly two operands. */
export function binary(jsOperator: string): (values: readonly Emitted[]) => string | undefined {
  return (values) => (values.length === 2 ? `(${values[0]!.expr} ${jsOperator} ${values[1]!.expr})` : undefined)
}

/** The outcome of the single operand, negated or not (`!`, `!!`): unknown when it is unknown. */
export function operandCondition(negate: boolean): (operands: readonly unknown[], generator: RuleCodeGenerator) => CompiledCondition | undefined {
  return (operands, generator) => {
    if (operands.length !== 1) return undefined
    const { unknown, truth } = generator.emitCondition(operands[0])
    return { unknown, truth: negate ? `!(${truth})` : truth }
  }
}
