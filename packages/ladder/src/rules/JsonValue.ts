/** Any value JSON can express. Rules and facts are JSON. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue }

/** The participant facts a ladder reads: a plain JSON object, read by rules with `var`. */
export type Facts = { readonly [key: string]: JsonValue }
