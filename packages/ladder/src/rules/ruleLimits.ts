/**
 * Limits on one rule, so that an untrusted rule can never exhaust the stack or the memory of the
 * process that runs it. `validateLadder`, `evaluate` and `compileRule` reject rules past them.
 *
 * @example
 * ```ts
 * try { compileRule(rule) } catch (error) {
 *   // a rule nested deeper than RULE_LIMITS.maxDepth (32): split it into several criteria
 *   if (error instanceof RuleValidationError) error.issues[0]?.code //=> 'rule-too-deep'
 * }
 * ```
 */
export const RULE_LIMITS = {
  /** Deepest nesting of operators and arrays. */
  maxDepth: 32,
  /** Most values (operators, operands and array items) in one rule. */
  maxNodes: 2_000,
  /** Longest string in a rule, in characters. */
  maxStringLength: 1_000,
} as const
