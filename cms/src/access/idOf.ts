import type { RelationValue } from './DoorstartUser'

/** The id of a relationship value, whether it is populated or not; `null` when empty. */
export const idOf = (value: RelationValue): number | string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return value.id ?? null
  return value
}

/** Whether two relationship values point at the same document. */
export const isSameId = (a: RelationValue, b: RelationValue): boolean => {
  const left = idOf(a)
  const right = idOf(b)
  return left !== null && right !== null && String(left) === String(right)
}
