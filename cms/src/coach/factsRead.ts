// Which facts a ladder's rules read: the `var` paths outside iterations (inside `some`, `all`,
// `filter`, … a `var` names a property of the list's items, so the list itself is the fact).
import type { Ladder } from '@doorstart/ladder'

const SCOPED = new Set(['some', 'all', 'none', 'filter', 'map', 'reduce'])

const collect = (rule: unknown, into: (path: string) => void): void => {
  if (Array.isArray(rule)) {
    for (const item of rule) collect(item, into)
    return
  }
  if (typeof rule !== 'object' || rule === null) return
  const [operator] = Object.keys(rule)
  if (operator === undefined) return
  const operand = (rule as Record<string, unknown>)[operator]
  const operands = Array.isArray(operand) ? operand : [operand]
  if (operator === 'var') {
    const path = operands[0]
    if (typeof path === 'string' && path !== '') into(path)
    else collect(path, into)
    collect(operands.slice(1), into)
    return
  }
  if (operator === 'missing' || operator === 'missing_some') {
    const names = operator === 'missing' ? operands : operands[1]
    for (const name of Array.isArray(names) ? names : [names]) if (typeof name === 'string' && name !== '') into(name)
    return
  }
  if (SCOPED.has(operator)) {
    // The list is read in the outer scope; the rest runs per item.
    collect(operands[0], into)
    if (operator === 'reduce') collect(operands.slice(2), into)
    return
  }
  collect(operands, into)
}

/**
 * The facts a ladder reads, by dotted path, each with the ids of the criteria that read it, in
 * ladder order (lowest rung first).
 */
export const factsReadBy = (ladder: Pick<Ladder, 'rungs'>): Map<string, string[]> => {
  const read = new Map<string, string[]>()
  for (const rung of ladder.rungs) {
    for (const criterion of rung.criteria) {
      collect(criterion.rule, (path) => {
        const criteria = read.get(path) ?? []
        if (!criteria.includes(criterion.id)) criteria.push(criterion.id)
        read.set(path, criteria)
      })
    }
  }
  return read
}
