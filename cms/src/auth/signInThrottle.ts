import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'

/**
 * How many attempts a bucket gets without delay, and the longest delay after that. Each attempt
 * past the allowance doubles the wait before the next one (1 s, 2 s, 4 s … up to the maximum);
 * an hour without attempts starts the bucket afresh. Nothing locks an account: a wait is all an
 * attacker's failures cost the real user, and only when they share the attacker's address.
 */
export const THROTTLE_RULES = {
  /** One account from one address: a person mistyping. */
  pair: { free: 5, maxDelaySeconds: 15 * 60 },
  /** One address over all accounts: someone trying many accounts (an office NAT shares it). */
  address: { free: 30, maxDelaySeconds: 15 * 60 },
  /** One account over all addresses it never signed in from: a distributed guess. */
  account: { free: 10, maxDelaySeconds: 15 * 60 },
  /** Reset e-mails to one account. */
  mail: { free: 3, maxDelaySeconds: 60 * 60 },
} as const
export type ThrottleBucketKind = keyof typeof THROTTLE_RULES
const WINDOW_SECONDS = 60 * 60

interface Pool {
  query: (sql: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}
const poolOf = (payload: Payload): Pool | null => (payload.db as unknown as { pool?: Pool }).pool ?? null

/** Accounts are stored as keyed hashes: the table holds no e-mail addresses. */
export const accountKey = (email: string): string =>
  createHmac('sha256', process.env.PAYLOAD_SECRET || 'doorstart').update(email.trim().toLowerCase()).digest('hex').slice(0, 32)

export interface ThrottleBucket {
  kind: ThrottleBucketKind
  key: string
}

/**
 * Counts an attempt in every bucket (in PostgreSQL, so every app server shares the count) and
 * answers how many seconds the caller must wait first; 0 means go ahead. The attempt counts as a
 * failure until {@link recordSuccess} says otherwise, so parallel requests cannot slip past.
 */
export const takeAttempt = async (payload: Payload, buckets: readonly ThrottleBucket[]): Promise<number> => {
  const pool = poolOf(payload)
  if (!pool) return 0
  let wait = 0
  for (const { kind, key } of buckets) {
    const { free, maxDelaySeconds } = THROTTLE_RULES[kind]
    const { rows } = await pool.query('SELECT doorstart_auth_attempt($1, $2, $3, $4) AS wait', [
      `${kind}:${key}`,
      free,
      maxDelaySeconds,
      WINDOW_SECONDS,
    ])
    wait = Math.max(wait, Number(rows[0]?.wait ?? 0))
    if (wait > 0) break
  }
  return Math.ceil(wait)
}

/** A correct password: forget the account's failures and remember the address as the account's. */
export const recordSuccess = async (payload: Payload, account: string, address: string): Promise<void> => {
  await poolOf(payload)?.query('SELECT doorstart_auth_success($1, $2, $3)', [account, address, THROTTLE_RULES.address.free])
}

/** Whether the account has signed in from this address before (then the account bucket is skipped). */
export const isKnownAddress = async (payload: Payload, account: string, address: string): Promise<boolean> => {
  const pool = poolOf(payload)
  if (!pool) return false
  const { rows } = await pool.query(
    `SELECT 1 FROM doorstart_auth_known_addresses WHERE account = $1 AND address = $2 AND last_success_at > now() - interval '90 days'`,
    [account, address],
  )
  return rows.length > 0
}

/** An admin's unlock: the account's waits end at once, from every address. */
export const clearAccount = async (payload: Payload, account: string): Promise<void> => {
  await poolOf(payload)?.query(`DELETE FROM doorstart_auth_throttle WHERE bucket = $1 OR bucket LIKE $2`, [
    `account:${account}`,
    `pair:${account}|%`,
  ])
}
