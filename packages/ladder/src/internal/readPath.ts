// Reading facts by a dotted `var` path, as json-logic-js does, except that only own properties
// are read: a path can never reach Object.prototype, a constructor or a function.

/** Path segments that would reach an object's prototype machinery; rules may not use them. */
export const FORBIDDEN_PATH_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/** True when a dotted path has a segment that could reach prototype machinery. */
export function isForbiddenPath(path: string): boolean {
  return path.split('.').some((segment) => FORBIDDEN_PATH_SEGMENTS.has(segment))
}

/** Reads an own property, or undefined; `value` must not be null or undefined. */
export function readOwn(value: unknown, key: string): unknown {
  return Object.hasOwn(value as object, key) ? (value as Record<string, unknown>)[key] : undefined
}

/**
 * json-logic-js `var`: the value at a dotted path, `fallback` (or null) when a step is absent.
 * A path of `''`, null or undefined is the data itself.
 */
export function readPath(data: unknown, path: unknown, fallback: unknown): unknown {
  const notFound = fallback === undefined ? null : fallback
  if (path === undefined || path === '' || path === null) return data
  const keys = String(path).split('.')
  let current = data
  for (const key of keys) {
    if (current === null || current === undefined) return notFound
    if (FORBIDDEN_PATH_SEGMENTS.has(key)) return notFound
    current = readOwn(current, key)
    if (current === undefined) return notFound
  }
  return current
}
