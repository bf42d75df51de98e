// JSON Pointers (RFC 6901), the `path` of every DoorstartError and ValidationIssue.

/**
 * Escapes one reference token of a JSON Pointer (RFC 6901 §3: `~` → `~0`, `/` → `~1`).
 *
 * @example
 * ```ts
 * escapePointerToken('a/b') //=> 'a~1b'
 * ```
 */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1')
}

/**
 * Appends reference tokens to a JSON Pointer, escaping each.
 *
 * @example
 * ```ts
 * joinPointer('/rungs', 0, 'criteria') //=> '/rungs/0/criteria'
 * joinPointer('', 'a/b') //=> '/a~1b'
 * ```
 */
export function joinPointer(base: string, ...tokens: ReadonlyArray<string | number>): string {
  return tokens.reduce<string>((pointer, token) => `${pointer}/${escapePointerToken(token)}`, base)
}
