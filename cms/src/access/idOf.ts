import type { RelationValue } from './DoorstartUser'

/**
 * The id of a relationship value, whether it is populated or not; `null` when empty. Typed by the
 * value: a generated document's relation (`number | Centre`) gives a `number`.
 */
export const idOf = <TId extends number | string = number | string>(value: TId | { id: TId } | null | undefined): TId | null => {
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

/**
 * A value of unknown shape (a request body before validation, Payload's untyped hook and
 * validation arguments) as a relationship value: an id, a document with an id, else `null`.
 * A check, not a cast: whatever else arrives is treated as empty.
 */
export const asRelationValue = (value: unknown): RelationValue => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'object' && value !== null && 'id' in value && (typeof value.id === 'number' || typeof value.id === 'string')) return { id: value.id }
  return null
}

/**
 * An id to write into a relationship field, as Payload's local API takes it: the stored number or
 * its string form (a route or body parameter, which Payload converts or refuses itself). The
 * generated types list only the number; this tells the compiler so, in one place.
 */
export const relationIdForWrite = (id: number | string): number => id as number
