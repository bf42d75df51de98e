/**
 * The value of an expression whose evidence is missing. It never leaves the engine: a criterion
 * that ends with it has the outcome `unknown`.
 */
export const UNKNOWN: unique symbol = Symbol('unknown')
export type Unknown = typeof UNKNOWN
