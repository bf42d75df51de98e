import { createHash } from 'node:crypto'

/**
 * Data Integrity proofs that verified, remembered by {@link createProofCache} for
 * {@link verifyCredential}'s `proofCache` option.
 *
 * @example
 * ```ts
 * const proofCache: ProofCache = createProofCache()
 * proofCache.size //=> 0
 * ```
 */
export interface ProofCache {
  /** How many verified proofs it holds. */
  readonly size: number
  /** Forgets every proof. */
  clear(): void
}

/**
 * Options of {@link createProofCache}.
 *
 * @example
 * ```ts
 * const options: ProofCacheOptions = { maxEntries: 10_000 }
 * ```
 */
export interface ProofCacheOptions {
  /** At most this many proofs (default 10,000); the oldest goes first. */
  readonly maxEntries?: number
}

interface Store {
  readonly entries: Set<string>
  readonly maxEntries: number
}

const stores = new WeakMap<ProofCache, Store>()

/**
 * A cache of verified Data Integrity proofs, for a verifier that checks the same credentials again
 * and again (a public verification page). Checking an `eddsa-rdfc-2022` proof canonicalises the
 * credential (RDFC-1.0): tens of milliseconds, about 70 times a JWT. With a cache, a credential
 * whose exact JSON already verified with the same public key is not canonicalised again. Only the
 * proof is remembered: dates, issuer and the status list are checked on every call, so a revoked or
 * expired credential is reported as such. A changed character is a different entry and is checked
 * afresh; failures are never remembered.
 *
 * @param options.maxEntries - At most this many proofs (default 10,000).
 * @example
 * ```ts
 * const proofCache = createProofCache()
 * const statusList = (url: string) => publishedLists.get(url)
 * const first = await verifyCredential(signedCredential, { trustedIssuers, statusList, proofCache })
 * const again = await verifyCredential(signedCredential, { trustedIssuers, statusList, proofCache }) // no canonicalisation
 * ```
 */
export function createProofCache(options: ProofCacheOptions = {}): ProofCache {
  const store: Store = { entries: new Set(), maxEntries: Math.max(1, Math.floor(options.maxEntries ?? 10_000)) }
  const cache: ProofCache = {
    get size() {
      return store.entries.size
    },
    clear() {
      store.entries.clear()
    },
  }
  stores.set(cache, store)
  return cache
}

/** A credential's proof as verified with one key (its DID URL and public bytes): seen before, or to remember. */
export interface ProofEntry {
  readonly verified: boolean
  remember(): void
}

/** The cache's entry for this credential (its exact JSON) and key; undefined without a cache. */
export function proofEntryOf(cache: ProofCache | undefined, credential: object, key: string): ProofEntry | undefined {
  const store = cache && stores.get(cache)
  if (!store) return undefined
  const entry = `${key}\n${createHash('sha256').update(JSON.stringify(credential)).digest('base64url')}`
  return {
    verified: store.entries.has(entry),
    remember() {
      if (store.entries.size >= store.maxEntries) store.entries.delete(store.entries.values().next().value as string)
      store.entries.add(entry)
    },
  }
}
