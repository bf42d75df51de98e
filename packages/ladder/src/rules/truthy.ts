/**
 * JSON Logic truthiness (jsonlogic.com/truthy): JavaScript truthiness, except that an empty array
 * is falsy.
 *
 * @example
 * ```ts
 * isTruthy([]) //=> false
 * isTruthy('0') //=> true
 * ```
 */
export function isTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length !== 0
  return !!value
}
