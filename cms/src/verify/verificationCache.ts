// The verification page's outcome per credential, kept in this process for at most the status
// list's cache lifetime. Checking a credential means canonicalising its Data Integrity proof
// (RDFC-1.0, tens of milliseconds) and reading the award, its file, the centre and its keys; the
// outcome only changes when the award does, or when a date passes. A revocation or an erasure on
// this server forgets the outcome before it answers; on another server of the same CMS the change
// shows within STATUS_LIST_MAX_AGE_SECONDS, as it does for any verifier holding the published list.
// Forgetting also expires the page's rendering in Next.js's cache (verifyPageCache.ts).
import { STATUS_LIST_MAX_AGE_SECONDS } from '../issuer/statusListMaxAge'
import type { VerificationView } from './checkCredential'
import { expireVerifyPages } from './verifyPageCache'

interface Entry {
  readonly view: VerificationView
  readonly expiresAt: number
}

interface CacheState {
  readonly entries: Map<string, Entry>
  /** Counts every forget: a check that overlapped one keeps its outcome to itself. */
  generation: number
}

// On globalThis: Next.js may load this module once per route bundle (the page and the REST API
// that revokes), and they must share one cache.
const KEY = Symbol.for('doorstart.verificationCache')
const state = ((globalThis as Record<symbol, unknown>)[KEY] ??= { entries: new Map(), generation: 0 }) as CacheState

/** Bounded, so that asking for many credentials cannot grow the process without end. */
const MAX_ENTRIES = 10_000

/** The moment to check a credential again: at the latest after the lifetime, sooner if a date passes. */
const expiryOf = (now: number, changesAt: readonly (string | undefined)[]): number =>
  Math.min(now + STATUS_LIST_MAX_AGE_SECONDS * 1000, ...changesAt.map((date) => (date ? Date.parse(date) : Number.NaN)).filter((time) => time > now))

/** The generation to hand to {@link rememberVerification} when a check starts. */
export const verificationGeneration = (): number => state.generation

/** The outcome remembered for this credential id, if still fresh. */
export const cachedVerification = (credentialId: string, now = Date.now()): VerificationView | undefined => {
  const entry = state.entries.get(credentialId)
  if (!entry) return undefined
  if (entry.expiresAt > now) return entry.view
  state.entries.delete(credentialId)
  return undefined
}

/**
 * Remembers the outcome of a check that started at `generation`, unless something was forgotten
 * meanwhile (a revocation committed during the check may not be in what it read). `changesAt`: the
 * credential's validFrom and validUntil, after which the outcome changes by itself.
 */
export const rememberVerification = (view: VerificationView, options: { generation: number; changesAt?: readonly (string | undefined)[]; now?: number }): void => {
  if (options.generation !== state.generation) return
  const now = options.now ?? Date.now()
  if (state.entries.size >= MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value as string)
  state.entries.set(view.credentialId, { view, expiresAt: expiryOf(now, options.changesAt ?? []) })
}

/** Forgets the outcome of one credential: its award changed (revoked). */
export const forgetVerification = (credentialId: string): void => {
  state.generation++
  state.entries.delete(credentialId.toLowerCase())
  expireVerifyPages(credentialId)
}

/** Forgets every outcome: awards changed without their ids at hand (an erasure). */
export const forgetAllVerifications = (): void => {
  state.generation++
  state.entries.clear()
  expireVerifyPages()
}
