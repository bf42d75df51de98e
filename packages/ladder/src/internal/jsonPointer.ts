/** Escapes one reference token of a JSON Pointer (RFC 6901 §3: `~` → `~0`, `/` → `~1`). */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1')
}

/** Appends reference tokens to a JSON Pointer. */
export function joinPointer(base: string, ...tokens: ReadonlyArray<string | number>): string {
  return tokens.reduce<string>((pointer, token) => `${pointer}/${escapePointerToken(token)}`, base)
}
