/** Appends reference tokens to a JSON Pointer (RFC 6901: `~` → `~0`, `/` → `~1`). */
export function joinPointer(base: string, ...tokens: ReadonlyArray<string | number>): string {
  return tokens.reduce<string>(
    (pointer, token) => `${pointer}/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`,
    base,
  )
}
