/**
 * Limits on one ladder definition, so that an untrusted definition stays cheap to compile and run.
 *
 * @example
 * ```ts
 * LADDER_LIMITS.maxRungs //=> 50
 * ```
 */
export const LADDER_LIMITS = {
  /** Most rungs in one ladder. */
  maxRungs: 50,
  /** Most criteria in one rung. */
  maxCriteriaPerRung: 100,
  /** Longest title or description, in characters. */
  maxTextLength: 2_000,
  /** Longest id or version, in characters. */
  maxIdLength: 64,
} as const
