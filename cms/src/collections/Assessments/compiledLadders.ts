import { compileLadder, type CompiledLadder, type Ladder } from '@doorstart/ladder'
import { factsReadBy } from '../../coach/factsRead'
import type { RelationValue } from '../../access/DoorstartUser'
import { toLadderInput, type StoredLadder } from '../Ladders/ladderDocument'

export interface LadderDocument extends StoredLadder {
  id: number | string
  updatedAt?: string | null
  centre?: RelationValue
  inUse?: boolean | null
}

export interface CachedLadder {
  compiled: CompiledLadder
  /** The facts the ladder's rules read, with the criteria that read them. */
  factsRead: Map<string, string[]>
}

const LIMIT = 200
const cache = new Map<string, CachedLadder>()
const used = new Map<string, { doc: LadderDocument; ladder: CachedLadder }>()

/**
 * The fields of a ladder document that name its compiled form (and the ones an assessment checks
 * besides): read these first, and the whole document (rungs, criteria, rules) only when the
 * compiled ladder is not cached yet.
 */
export const LADDER_KEY_SELECT = { ladderId: true, version: true, effectiveFrom: true, centre: true, inUse: true, updatedAt: true } as const

const keyOf = (doc: LadderDocument): string => `${doc.ladderId}@${doc.version}#${doc.id}:${doc.updatedAt ?? ''}`

/** The compiled ladder for a document read with {@link LADDER_KEY_SELECT}, if it is cached. */
export const cachedLadderOf = (doc: LadderDocument): CachedLadder | undefined => cache.get(keyOf(doc))

/**
 * A ladder document compiled once per ladder id@version (and document change: a version that is
 * not yet used may still be edited, so the document's `updatedAt` is part of the key). A used
 * version never changes, so its entry stays valid for the life of the server.
 */
export const compiledLadderOf = (doc: LadderDocument): CachedLadder => {
  const key = keyOf(doc)
  const hit = cache.get(key)
  if (hit) return hit
  const compiled = compileLadder(toLadderInput(doc) as unknown as Ladder)
  const entry = { compiled, factsRead: factsReadBy(compiled.ladder) }
  if (cache.size >= LIMIT) cache.delete(cache.keys().next().value as string)
  cache.set(key, entry)
  return entry
}

/**
 * A ladder version an assessment has used, by document id, as read from the database with
 * {@link LADDER_KEY_SELECT} and compiled: such a version never changes again (`protectUsedVersion`
 * refuses any change to its definition or centre, and its deletion), so an assessment on it needs
 * neither the read nor the compile. Only a document read with `inUse` set is remembered: marking a
 * version in use inside a transaction that may still roll back does not count.
 */
export const usedLadderOf = (id: number | string): { doc: LadderDocument; ladder: CachedLadder } | undefined => used.get(String(id))

/** Remembers `doc` for {@link usedLadderOf} when it was read in use. */
export const rememberUsedLadder = (doc: LadderDocument, ladder: CachedLadder): void => {
  if (!doc.inUse || used.has(String(doc.id))) return
  if (used.size >= LIMIT) used.delete(used.keys().next().value as string)
  const { id, ladderId, version, effectiveFrom, centre, inUse, updatedAt } = doc
  used.set(String(id), { doc: { id, ladderId, version, effectiveFrom, centre, inUse, updatedAt }, ladder })
}
