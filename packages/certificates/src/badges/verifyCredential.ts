import { verify as verifySignature, type KeyObject } from 'node:crypto'
import { decodeProtectedHeader } from 'jose'
import { CredentialError } from '../errors/CredentialError.js'
import { isPlainObject } from '../internal/rules.js'
import { importKey, type Ed25519Jwk } from './keys.js'
import type { OpenBadgeCredential } from './OpenBadgeCredential.js'
import { bitAt, decodeBitstring } from './statusList.js'

/**
 * An issuer the verifier trusts, with its published public keys.
 *
 * @example
 * ```ts
 * const trusted: TrustedIssuer = { id: 'https://pluspunt.example/issuer', publicKeys: [publicJwk] }
 * ```
 */
export interface TrustedIssuer {
  /** Must equal the credential's `issuer.id`. */
  readonly id: string
  readonly publicKeys: readonly Ed25519Jwk[]
}

/**
 * Options of {@link verifyCredential}.
 *
 * @example
 * ```ts
 * const options: VerifyCredentialOptions = {
 *   trustedIssuers: [trusted],
 *   statusList: (url) => statusListCache.get(url), // fetched by the caller
 *   at: '2026-06-01T00:00:00Z',
 * }
 * ```
 */
export interface VerifyCredentialOptions {
  readonly trustedIssuers: readonly TrustedIssuer[]
  /**
   * Returns the published status list credential (a VC-JWT) at `url`, or undefined if it cannot be
   * had. The library does no network I/O: fetch (and cache) it here.
   */
  readonly statusList?: (url: string) => string | undefined | Promise<string | undefined>
  /** The moment to check validity for; defaults to now. */
  readonly at?: Date | string
}

/** Why a credential did not verify. Stable codes. */
export type VerificationFailureCode =
  | 'malformed'
  | 'unsupported-algorithm'
  | 'unknown-key'
  | 'bad-signature'
  | 'not-an-open-badge'
  | 'issuer-mismatch'
  | 'not-yet-valid'
  | 'expired'
  | 'status-unavailable'
  | 'status-list-invalid'
  | 'revoked'

/**
 * The outcome of {@link verifyCredential}.
 *
 * @example
 * ```ts
 * const result: VerificationResult = await verifyCredential(jwt, options)
 * const text = result.verified ? `Valid: ${result.credential.name}` : `Not valid (${result.code}): ${result.message}`
 * ```
 */
export type VerificationResult =
  | { readonly verified: true; readonly credential: OpenBadgeCredential; readonly issuer: TrustedIssuer }
  | { readonly verified: false; readonly code: VerificationFailureCode; readonly message: string; readonly credential?: OpenBadgeCredential }

interface KeyEntry {
  readonly issuer: TrustedIssuer
  readonly key: KeyObject
}

const keyIndexes = new WeakMap<readonly TrustedIssuer[], Promise<Map<string, KeyEntry>>>()

function keyIndex(issuers: readonly TrustedIssuer[]): Promise<Map<string, KeyEntry>> {
  let index = keyIndexes.get(issuers)
  if (!index) {
    index = (async () => {
      const map = new Map<string, KeyEntry>()
      for (const [i, issuer] of issuers.entries()) {
        for (const [k, jwk] of issuer.publicKeys.entries()) {
          const { kid, publicKey } = await importKey(jwk, false, `/trustedIssuers/${i}/publicKeys/${k}`)
          map.set(kid, { issuer, key: publicKey })
        }
      }
      return map
    })()
    keyIndexes.set(issuers, index)
  }
  return index
}

const fail = (code: VerificationFailureCode, message: string, credential?: OpenBadgeCredential): VerificationResult =>
  credential ? { verified: false, code, message, credential } : { verified: false, code, message }

// Base64url has more than one spelling of the same bytes (the unused low bits of the last
// character). Only the canonical spelling is accepted, so that any changed character fails.
const isCanonical = (segment: string): boolean =>
  /^[A-Za-z0-9_-]*$/.test(segment) && Buffer.from(segment, 'base64url').toString('base64url') === segment

interface VerifiedJws {
  readonly payload: unknown
  readonly entry: KeyEntry
}

async function verifyJws(jwt: string, issuers: readonly TrustedIssuer[]): Promise<VerifiedJws | VerificationResult> {
  const parts = jwt.split('.')
  if (parts.length !== 3 || !parts.every(isCanonical)) return fail('malformed', 'This is not a compact VC-JWT (three base64url parts joined by dots).')
  let header: { alg?: string; kid?: string; typ?: string; crit?: unknown; b64?: unknown }
  try {
    header = decodeProtectedHeader(jwt)
  } catch {
    return fail('malformed', 'The JWT header cannot be read.')
  }
  if (header.alg !== 'EdDSA' && header.alg !== 'Ed25519') return fail('unsupported-algorithm', `Only Ed25519 signatures are accepted (got ${String(header.alg)}).`)
  // Critical extensions and unencoded payloads (RFC 7797) are not supported, so they are refused.
  if (header.crit !== undefined || header.b64 !== undefined) return fail('malformed', 'The JWT header uses crit or b64, which are not supported.')
  const entry = header.kid ? (await keyIndex(issuers)).get(header.kid) : undefined
  if (!entry) return fail('unknown-key', `The signing key ${header.kid ? `"${header.kid}" ` : ''}is not one of a trusted issuer; add the centre's public key to trustedIssuers.`)
  // JWS signing input is ASCII(header '.' payload) (RFC 7515 §5.2); Ed25519 verifies it directly.
  // node:crypto verifies synchronously, several times faster than WebCrypto's queued calls.
  const [protectedHeader = '', payload = '', signature = ''] = parts
  const valid = verifySignature(null, Buffer.from(`${protectedHeader}.${payload}`, 'ascii'), entry.key, Buffer.from(signature, 'base64url'))
  if (!valid) return fail('bad-signature', 'The signature does not match: the credential was changed after signing, or signed with another key.')
  try {
    return { payload: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown, entry }
  } catch {
    return fail('malformed', 'The signed payload is not JSON.')
  }
}

const isVerified = (value: VerifiedJws | VerificationResult): value is VerifiedJws => 'entry' in value

function isOpenBadge(value: unknown): value is OpenBadgeCredential {
  if (!isPlainObject(value)) return false
  const context = value['@context']
  const type = value.type
  const issuer = value.issuer
  return Array.isArray(context) && context[0] === 'https://www.w3.org/ns/credentials/v2' &&
    Array.isArray(type) && type.includes('VerifiableCredential') && type.includes('OpenBadgeCredential') &&
    isPlainObject(issuer) && typeof issuer.id === 'string' && typeof value.validFrom === 'string' &&
    isPlainObject(value.credentialSubject)
}

interface DecodedList {
  readonly issuer: string
  readonly id: string
  readonly bits: Uint8Array
  readonly validUntil?: string
}

// A status list is shared by many credentials: verify and unzip it once per distinct JWT (and
// per set of trusted issuers, since what verifies depends on whom one trusts).
const decodedLists = new WeakMap<readonly TrustedIssuer[], Map<string, Promise<DecodedList | VerificationResult>>>()

async function decodeList(jwt: string, issuers: readonly TrustedIssuer[]): Promise<DecodedList | VerificationResult> {
  const verified = await verifyJws(jwt, issuers)
  if (!isVerified(verified)) return fail('status-list-invalid', `The status list does not verify: ${verified.verified ? '' : verified.message}`)
  const list = verified.payload
  if (!isPlainObject(list) || !Array.isArray(list.type) || !list.type.includes('BitstringStatusListCredential') || !isPlainObject(list.credentialSubject)) {
    return fail('status-list-invalid', 'The status list is not a BitstringStatusListCredential.')
  }
  const subject = list.credentialSubject
  const bits = typeof subject.encodedList === 'string' ? decodeBitstring(subject.encodedList) : undefined
  if (!bits || subject.statusPurpose !== 'revocation' || typeof list.id !== 'string' || typeof list.issuer !== 'string') {
    return fail('status-list-invalid', 'The status list has no valid revocation bitstring.')
  }
  if (list.issuer !== verified.entry.issuer.id) {
    return fail('status-list-invalid', `The status list names issuer ${list.issuer} but is signed with a key of ${verified.entry.issuer.id}.`)
  }
  return { issuer: list.issuer, id: list.id, bits, ...(typeof list.validUntil === 'string' ? { validUntil: list.validUntil } : {}) }
}

function cachedList(jwt: string, issuers: readonly TrustedIssuer[]): Promise<DecodedList | VerificationResult> {
  let lists = decodedLists.get(issuers)
  if (!lists) {
    lists = new Map()
    decodedLists.set(issuers, lists)
  }
  let entry = lists.get(jwt)
  if (!entry) {
    if (lists.size >= 32) lists.clear()
    entry = decodeList(jwt, issuers)
    lists.set(jwt, entry)
  }
  return entry
}

/**
 * Verifies an Open Badges 3.0 VC-JWT: the Ed25519 signature against a trusted issuer's key, that
 * the issuer in the credential is that issuer, the validity dates, and (when it has a
 * `credentialStatus`) the issuer's signed revocation list. Never throws for a bad credential:
 * it returns `{ verified: false, code, message }`.
 *
 * @throws {@link CredentialError} `invalid-public-key` or `invalid-date` for bad options (not for a bad credential).
 *
 * @example
 * ```ts
 * const result = await verifyCredential(jwt, {
 *   trustedIssuers: [{ id: 'https://pluspunt.example/issuer', publicKeys: [publicJwk] }],
 *   statusList: (url) => publishedLists.get(url),
 * })
 * if (!result.verified) console.log(result.code) // e.g. 'revoked'
 * ```
 */
export async function verifyCredential(jwt: string, options: VerifyCredentialOptions): Promise<VerificationResult> {
  if (typeof jwt !== 'string') return fail('malformed', 'Give the credential as a compact VC-JWT string.')
  const verified = await verifyJws(jwt.trim(), options.trustedIssuers)
  if (!isVerified(verified)) return verified
  const credential = verified.payload
  if (!isOpenBadge(credential)) return fail('not-an-open-badge', 'The signed payload is not an OpenBadgeCredential (VC Data Model 2.0).')
  const { issuer } = verified.entry
  if (credential.issuer.id !== issuer.id) {
    return fail('issuer-mismatch', `The credential names issuer ${credential.issuer.id} but is signed with a key of ${issuer.id}.`, credential)
  }
  const at = options.at === undefined ? Date.now() : new Date(options.at).getTime()
  if (Number.isNaN(at)) {
    throw new CredentialError('invalid-date', `Give "at" as a Date or an ISO date-time, e.g. 2026-06-01T00:00:00Z (got ${JSON.stringify(options.at)}).`, '/at')
  }
  if (Number.isNaN(Date.parse(credential.validFrom)) || at < Date.parse(credential.validFrom)) {
    return fail('not-yet-valid', `The credential is valid from ${credential.validFrom}.`, credential)
  }
  if (credential.validUntil !== undefined && !(at <= Date.parse(credential.validUntil))) {
    return fail('expired', `The credential expired on ${credential.validUntil}.`, credential)
  }
  const status = credential.credentialStatus
  if (status) {
    const index = Number(status.statusListIndex)
    if (status.type !== 'BitstringStatusListEntry' || status.statusPurpose !== 'revocation' || !Number.isInteger(index) || index < 0) {
      return fail('status-list-invalid', 'The credential status is not a revocation BitstringStatusListEntry.', credential)
    }
    const listJwt = options.statusList ? await options.statusList(status.statusListCredential) : undefined
    if (listJwt === undefined) {
      return fail('status-unavailable', `Cannot check for revocation: the status list ${status.statusListCredential} was not available.`, credential)
    }
    const list = await cachedList(listJwt.trim(), options.trustedIssuers)
    if ('verified' in list) return list.verified ? list : { ...list, credential }
    if (list.id !== status.statusListCredential || list.issuer !== issuer.id) {
      return fail('status-list-invalid', `The status list is ${list.id} of ${list.issuer}, not ${status.statusListCredential} of ${issuer.id}.`, credential)
    }
    if (list.validUntil !== undefined && !(at <= Date.parse(list.validUntil))) {
      return fail('status-list-invalid', `The status list expired on ${list.validUntil}; fetch a fresh one.`, credential)
    }
    if (index >= list.bits.length * 8) return fail('status-list-invalid', `Index ${index} is outside the status list.`, credential)
    if (bitAt(list.bits, index)) {
      return fail('revoked', `${credential.issuer.name} has revoked this credential (status list ${status.statusListCredential}, index ${index}). It is no longer valid.`, credential)
    }
  }
  return { verified: true, credential, issuer }
}
