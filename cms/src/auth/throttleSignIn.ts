import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import { APIError, AuthenticationError, type AfterErrorHook, type CollectionAfterLoginHook, type CollectionAfterOperationHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { idOf } from '../access/idOf'
import { recordAuditEvent } from '../audit/recordAuditEvent'
import type { User } from '../payload-types'
import { clientAddress } from './clientAddress'
import { accountKey, clearAccount, isKnownAddress, recordSuccess, takeAttempt, type ThrottleBucket } from './signInThrottle'

const TOO_MANY = 429
const CONTEXT_KEY = 'doorstart:sign-in'
const derive = promisify(pbkdf2)

/** The request's client address, or `local` for the local API (seed, jobs, tests). */
const addressOf = (req: PayloadRequest): string => clientAddress(req.headers) ?? 'local'

const emailOf = (args: unknown): string | null => {
  const email = (args as { data?: { email?: unknown } }).data?.email
  return typeof email === 'string' && email.trim() !== '' ? email.trim().toLowerCase() : null
}

const tooMany = (req: PayloadRequest, seconds: number): APIError =>
  new APIError(
    req.i18n?.language === 'nl'
      ? `Te veel pogingen; probeer het over ${seconds} seconden opnieuw (too-many-attempts).`
      : `Too many attempts; try again in ${seconds} seconds (too-many-attempts).`,
    TOO_MANY,
    { retryAfter: seconds },
    true,
  )

/**
 * Sign-in, password-reset and unlock requests, whether they arrive over REST or GraphQL (both run
 * these operations): each attempt counts against its client address, the account from that
 * address, and the account from addresses it never signed in from (see `signInThrottle.ts`).
 * An unknown address gets the same answer, after the same password-hashing work, as a wrong
 * password, so neither the answer nor its timing tells which accounts exist.
 */
export const throttleSignIn: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword' && operation !== 'resetPassword' && operation !== 'unlock') return args
  const address = addressOf(req)
  const email = emailOf(args)
  const account = email === null ? null : accountKey(email)
  const buckets: ThrottleBucket[] = [{ kind: 'address', key: address }]
  if (operation === 'login' && account !== null) {
    buckets.push({ kind: 'pair', key: `${account}|${address}` })
    if (!(await isKnownAddress(req.payload, account, address))) buckets.push({ kind: 'account', key: account })
  }
  if (operation === 'forgotPassword' && account !== null) buckets.push({ kind: 'mail', key: account })
  const wait = await takeAttempt(req.payload, buckets)
  if (wait > 0) throw tooMany(req, wait)
  if (operation !== 'login' || email === null) return args
  req.context[CONTEXT_KEY] = { account, address }
  const user = await req.payload.db.findOne({ collection: collection.slug, where: { email: { equals: email } }, req })
  if (!user) {
    // The work Payload does for a wrong password (PBKDF2-SHA256, 600,000 rounds), for nobody.
    const password = (args as { data?: { password?: unknown } }).data?.password
    await derive(typeof password === 'string' ? password : '', randomBytes(32).toString('hex'), 600_000, 32, 'sha256')
    throw new AuthenticationError(req.t)
  }
  return args
}

/** A correct password ends the waits of that account from that address. */
export const forgetFailedSignIns: CollectionAfterLoginHook = async ({ req, user }) => {
  const signIn = req.context[CONTEXT_KEY] as { account: string; address: string } | undefined
  if (signIn) await recordSuccess(req.payload, signIn.account, signIn.address)
  return user
}

/** An unlock (admins and the account's centre admin only) ends the account's waits everywhere. */
export const clearWaitsOnUnlock: CollectionAfterOperationHook = async ({ args, collection, operation, req, result }) => {
  if (operation !== 'unlock' || !result) return result
  const email = emailOf(args)
  if (email === null) return result
  await clearAccount(req.payload, accountKey(email))
  const user = await req.payload.db.findOne<User>({ collection: collection.slug, where: { email: { equals: email } }, req })
  await recordAuditEvent(
    req.payload,
    { type: 'user.unlocked', actor: req.user?.id ?? null, centre: idOf(user?.centre), collection: collection.slug, recordId: user?.id ?? null },
    req,
  )
  return result
}

/**
 * A wrong e-mail address or password at sign-in (REST or GraphQL) goes into the audit trail,
 * outside the request's transaction so it stays; no address or e-mail, only that it happened.
 */
export const recordFailedSignIn: AfterErrorHook = async ({ error, req }) => {
  const original = (error as { originalError?: unknown }).originalError ?? error
  if (!req?.context?.[CONTEXT_KEY] || !(original instanceof Error) || original.name !== 'AuthenticationError') return undefined
  await recordAuditEvent(req.payload, { type: 'auth.sign-in-failed', actor: null, collection: 'users', detail: { api: req.payloadAPI ?? null } }).catch(() => undefined)
  return undefined
}
