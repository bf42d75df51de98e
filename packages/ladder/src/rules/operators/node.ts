// Reading a rule's nodes: which operator a node applies, and its operands.

/** The operator of a JSON Logic node, or undefined when the value is data, not logic. */
export function operatorOf(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined
  let found: string | undefined
  let count = 0
  for (const key in node) {
    if (!Object.hasOwn(node, key)) continue
    count += 1
    if (count > 1) return undefined
    found = key
  }
  return found
}

/** The operands of a logic node, always as an array (`{"var": "x"}` is `{"var": ["x"]}`). */
export function operandsOf(node: object, operator: string): readonly unknown[] {
  const values = (node as Record<string, unknown>)[operator]
  return Array.isArray(values) ? values : [values]
}
