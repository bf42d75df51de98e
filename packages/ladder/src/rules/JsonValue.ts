/**
 * Any value JSON can express. Rules and facts are JSON.
 *
 * @example
 * ```ts
 * const rule: JsonValue = { '>=': [{ var: 'hours' }, 12] }
 * ```
 */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue }

/**
 * The participant facts a ladder reads: a plain JSON object, read by rules with `var`.
 *
 * @example
 * ```ts
 * const facts: Facts = { work: { hoursPerWeek: 16 }, observations: [{ skill: 'punctuality', score: 4 }] }
 * ```
 */
export type Facts = { readonly [key: string]: JsonValue }
