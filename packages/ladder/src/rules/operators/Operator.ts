// What one operator is: everything the validator, the interpreter, the code generator and the
// explanations need to know about it, in one object. Each operator lives in its own module in
// this folder; `index.ts` gathers them into the table the rest of the engine reads.
import type { Emitted, RuleCodeGenerator } from '../../internal/codegen.js'
import type { Environment, Scope } from '../../internal/interpreter.js'
import type { LadderErrorCode } from '../../errors/ErrorCode.js'

export type { Emitted, RuleCodeGenerator } from '../../internal/codegen.js'
export type { Environment, Scope } from '../../internal/interpreter.js'

/** The interpreter's entry for operands: evaluates `rule` on `data` (see internal/interpreter.ts). */
export type Run = (rule: unknown, data: unknown, env: Environment, scope: Scope, truthOnly?: boolean) => unknown

/** Reports a problem of a rule at a JSON Pointer path. */
export type Report = (path: string, code: LadderErrorCode, message: string) => void

/** The locales explanations are written in. */
export type ExplanationLocale = 'nl' | 'en'

/** What a criterion requires of one fact, in words: `ten minste 12`, `een van ["A2", "B1"]`. */
export type Requirement = (expected: string, locale: ExplanationLocale) => string

/**
 * How explanations spell an operator out:
 * - `comparison`: `{"op": [fact, constant]}` requires `requirement` of the fact; `flipped` names
 *   the operator that `{"op": [constant, fact]}` amounts to (none: not spelled out that way).
 * - `operands`: explained through its operands (`and`, `or`).
 * - `fact`: the fact it reads must hold (`!!`, a bare `var`).
 */
export type Explaining =
  | { readonly kind: 'comparison'; readonly requirement: Requirement; readonly flipped?: string }
  | { readonly kind: 'operands' }
  | { readonly kind: 'fact' }

/**
 * A strict operator's operation on operand values that are known, as generated code: `operation`
 * is a JS expression, `unknowns` the tests that make the result UNKNOWN instead.
 */
export interface CompiledOperation {
  readonly operation: string
  readonly unknowns: readonly string[]
  readonly isBoolean: boolean
}

/**
 * A rule compiled where only its outcome matters (a criterion, a condition): `unknown` is JS that
 * is true when it is UNKNOWN (null: never), `truth` JS for its truthiness when known.
 */
export interface CompiledCondition {
  readonly unknown: string | null
  readonly truth: string
}

export interface Operator {
  /** The name rules use: `{"<name>": [operands]}`. */
  readonly name: string
  /** Operand counts a ladder rule must respect (checked by `validateLadder`). */
  readonly minArgs: number
  readonly maxArgs: number
  /** True when a known result is always a boolean, so truthiness needs no check. */
  readonly returnsBoolean: boolean
  /**
   * True when the result depends on nothing but the operands (no facts, no `asOf`): with constant
   * operands the code generator computes it once, at compile time.
   */
  readonly folds: boolean
  /** Checks of the operands' shape for ladder criteria (strict checking), beyond their count. */
  readonly checkOperands?: (operands: readonly unknown[], path: string, report: Report) => void
  /** Checks every rule makes (strict or not): fact paths that could reach prototypes. */
  readonly checkPaths?: (operands: readonly unknown[], pointer: (index: number) => string, report: Report) => void
  /**
   * Interprets the operator. `truthOnly`: only the truthiness of the result matters here (see
   * internal/interpreter.ts); `run` evaluates an operand.
   */
  readonly interpret: (operands: readonly unknown[], data: unknown, env: Environment, scope: Scope, truthOnly: boolean, run: Run) => unknown
  /**
   * For operators whose operands are all evaluated first (an unknown operand makes the result
   * unknown): the operation as generated code, which the generator may test in place.
   */
  readonly operation?: (operands: readonly unknown[], generator: RuleCodeGenerator) => CompiledOperation
  /**
   * Any other compiled form: emits statements and returns the value. Without `operation` or
   * `compile` the generated code calls `interpret`.
   */
  readonly compile?: (operands: readonly unknown[], generator: RuleCodeGenerator, truthOnly: boolean) => Emitted
  /**
   * Optional, faster code where only the outcome matters (Kleene: known true, known false or
   * unknown); without it (or when it returns undefined) the generator tests `operation` in
   * place, or the emitted value.
   */
  readonly condition?: (operands: readonly unknown[], generator: RuleCodeGenerator) => CompiledCondition | undefined
  /** How explanations spell it out; without it they name the facts the rule reads. */
  readonly explain?: Explaining
}

/** Operand counts without an upper bound. */
export const MANY = Number.POSITIVE_INFINITY
