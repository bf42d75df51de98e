import { createPublicKey, verify as verifySignature, type KeyObject } from 'node:crypto'
import { calculateJwkThumbprint, decodeProtectedHeader, type JWK } from 'jose'
import { CredentialError } from '../errors/CredentialError.js'
import { proofEntryOf, type ProofCache } from './createProofCache.js'
import { verifyDataIntegrity, type TrustedMultikey } from '../internal/dataIntegrity.js'
import { isPlainObject } from '../internal/rules.js'
import { ed25519Multibase } from './did.js'
import type { IssuerJwk } from './keys.js'
import type { OpenBadgeCredential } from './OpenBadgeCredential.js'
import { bitAt, decodeBitstring } from './statusList.js'

/**
 * An issuer the verifier trusts, with its published public keys.
 *
 * @example
 * ```ts
 * const trusted: TrustedIssuer = { id: 'https://pluspunt.example/issuer', publicKeys: [publicJwk] }
 * const fromDid: TrustedIssuer = trustedIssuerFromDidDocument(didDocument) // id: the DID, kids: DID URLs
 * ```
 */
export interface TrustedIssuer {
  /** Must equal the credential's `issuer.id`: a URL, or the centre's DID. */
  readonly id: string
  /**
   * Public JWKs: Ed25519 (Data Integrity proofs and legacy EdDSA JWTs), P-256 or RSA (JWT proofs).
   * A key is found by its `kid` (a DID URL, or a fragment such as `key-1` under a DID issuer) or
   * by its RFC 7638 thumbprint.
   */
  readonly publicKeys: readonly IssuerJwk[]
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
   * Returns the published status list credential at `url` (a Data Integrity
   * `BitstringStatusListCredential` as JSON or parsed object, or a legacy VC-JWT), or undefined if it
   * cannot be had. The library does no network I/O: fetch (and cache) it here.
   */
  readonly statusList?: (url: string) => string | object | undefined | Promise<string | object | undefined>
  /** The moment to check validity for; defaults to now. */
  readonly at?: Date | string
  /**
   * Data Integrity proofs already verified ({@link createProofCache}): a credential whose exact JSON
   * verified before with the same key is not canonicalised again. Dates and status are still checked.
   */
  readonly proofCache?: ProofCache
}

/**
 * How a credential was secured:
 * - `data-integrity`: an embedded `eddsa-rdfc-2022` proof;
 * - `jwt`: OB 3.0's JSON Web Token Proof Format (ES256 or RS256, registered claims);
 * - `legacy-jwt`: the EdDSA VC-JWT (`typ: vc+jwt`) that `issueCredential` makes; still verified.
 */
export type CredentialFormat = 'data-integrity' | 'jwt' | 'legacy-jwt'

/** Why a credential did not verify. Stable codes. */
export type VerificationFailureCode =
  | 'malformed'
  | 'unsupported-algorithm'
  | 'unknown-key'
  | 'bad-signature'
  | 'not-an-open-badge'
  | 'issuer-mismatch'
  | 'claims-mismatch'
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
 * const result: VerificationResult = await verifyCredential(credential, { trustedIssuers: [trusted] })
 * const text = result.verified ? `Valid (${result.format}): ${result.credential.name}` : `Not valid (${result.code}): ${result.message}`
 * ```
 */
export type VerificationResult =
  | { readonly verified: true; readonly credential: OpenBadgeCredential; readonly issuer: TrustedIssuer; readonly format: CredentialFormat }
  | {
      readonly verified: false
      readonly code: VerificationFailureCode
      readonly message: string
      readonly credential?: OpenBadgeCredential
      readonly format?: CredentialFormat
    }

interface KeyEntry {
  readonly issuer: TrustedIssuer
  readonly jwk: JWK
  readonly key: KeyObject
  /** The key's DID URL, when the issuer is a DID. */
  readonly methodId?: string
}

interface KeyIndex {
  readonly byId: Map<string, KeyEntry>
  readonly multikeys: readonly TrustedMultikey[]
}

const keyIndexes = new WeakMap<readonly TrustedIssuer[], Promise<KeyIndex>>()

function importPublicKey(jwk: unknown, path: string): { jwk: JWK; key: KeyObject } {
  const candidate = jwk as Partial<Record<string, unknown>> | null
  const ok = isPlainObject(candidate) &&
    ((candidate.kty === 'OKP' && candidate.crv === 'Ed25519' && typeof candidate.x === 'string') ||
      (candidate.kty === 'EC' && candidate.crv === 'P-256' && typeof candidate.x === 'string' && typeof candidate.y === 'string') ||
      (candidate.kty === 'RSA' && typeof candidate.n === 'string' && typeof candidate.e === 'string'))
  if (!ok) throw new CredentialError('invalid-public-key', 'Give each public key as an Ed25519, P-256 or RSA JWK.', path)
  const { kty, crv, x, y, n, e } = candidate as JWK
  const publicJwk: JWK = kty === 'OKP' ? { kty, crv, x } : kty === 'EC' ? { kty, crv, x, y } : { kty, n, e }
  try {
    return { jwk: publicJwk, key: createPublicKey({ key: publicJwk as JWK & { kty: string }, format: 'jwk' }) }
  } catch {
    throw new CredentialError('invalid-public-key', 'This public JWK cannot be read.', path)
  }
}

function keyIndex(issuers: readonly TrustedIssuer[]): Promise<KeyIndex> {
  let index = keyIndexes.get(issuers)
  if (!index) {
    index = (async () => {
      const byId = new Map<string, KeyEntry>()
      const multikeys: TrustedMultikey[] = []
      for (const [i, issuer] of issuers.entries()) {
        const isDid = issuer.id.startsWith('did:')
        for (const [k, published] of issuer.publicKeys.entries()) {
          const { jwk, key } = importPublicKey(published, `/trustedIssuers/${i}/publicKeys/${k}`)
          const kid = typeof published.kid === 'string' ? published.kid : undefined
          const methodId = isDid ? (kid?.startsWith(`${issuer.id}#`) ? kid : kid && !kid.includes(':') ? `${issuer.id}#${kid}` : undefined) : undefined
          const entry: KeyEntry = { issuer, jwk, key, ...(methodId ? { methodId } : {}) }
          byId.set(await calculateJwkThumbprint(jwk), entry)
          if (kid) byId.set(kid, entry)
          if (methodId) {
            byId.set(methodId, entry)
            if (jwk.kty === 'OKP') multikeys.push({ controller: issuer.id, id: methodId, publicKeyMultibase: ed25519Multibase(jwk) })
          }
        }
      }
      return { byId, multikeys }
    })()
    index.catch(() => keyIndexes.delete(issuers))
    keyIndexes.set(issuers, index)
  }
  return index
}

type Failure = Extract<VerificationResult, { verified: false }>

const fail = (code: VerificationFailureCode, message: string, credential?: OpenBadgeCredential, format?: CredentialFormat): Failure => ({
  verified: false, code, message, ...(credential ? { credential } : {}), ...(format ? { format } : {}),
})

// Base64url has more than one spelling of the same bytes (the unused low bits of the last
// character). Only the canonical spelling is accepted, so that any changed character fails.
const isCanonical = (segment: string): boolean =>
  /^[A-Za-z0-9_-]*$/.test(segment) && Buffer.from(segment, 'base64url').toString('base64url') === segment

interface VerifiedJws {
  readonly payload: unknown
  readonly entry: KeyEntry
  readonly format: 'jwt' | 'legacy-jwt'
}

const JWT_HEADERS = new Set(['alg', 'kid', 'jwk', 'typ'])

async function verifyJws(jwt: string, issuers: readonly TrustedIssuer[]): Promise<VerifiedJws | Failure> {
  const parts = jwt.split('.')
  if (parts.length !== 3 || !parts.every(isCanonical)) return fail('malformed', 'This is not a compact JWT (three base64url parts joined by dots).')
  let header: { alg?: string; kid?: string; typ?: string; jwk?: unknown; crit?: unknown; b64?: unknown; cty?: unknown }
  try {
    header = decodeProtectedHeader(jwt) as typeof header
  } catch {
    return fail('malformed', 'The JWT header cannot be read.')
  }
  const legacy = header.alg === 'EdDSA' || header.alg === 'Ed25519'
  const format = legacy ? 'legacy-jwt' : 'jwt'
  if (!legacy && header.alg !== 'ES256' && header.alg !== 'RS256') {
    return fail('unsupported-algorithm', `Only ES256 and RS256 JWTs (and legacy EdDSA ones) are accepted (got ${String(header.alg)}).`)
  }
  // Critical extensions and unencoded payloads (RFC 7797) are not supported, so they are refused;
  // OB 3.0 allows no JOSE headers beyond alg, kid, jwk and typ.
  if (header.crit !== undefined || header.b64 !== undefined) return fail('malformed', 'The JWT header uses crit or b64, which are not supported.', undefined, format)
  if (!legacy && (Object.keys(header).some((name) => !JWT_HEADERS.has(name)) || (header.typ !== undefined && header.typ !== 'JWT'))) {
    return fail('malformed', 'The JOSE header may only have alg, kid, jwk and typ "JWT" (OB 3.0, JSON Web Token Proof Format).', undefined, format)
  }
  const index = await keyIndex(issuers)
  let entry: KeyEntry | undefined
  if (typeof header.kid === 'string') entry = index.byId.get(header.kid)
  else if (isPlainObject(header.jwk) && !('d' in header.jwk)) {
    // An embedded key proves nothing by itself: it must be one the verifier already trusts.
    try {
      entry = index.byId.get(await calculateJwkThumbprint(header.jwk as JWK))
    } catch {
      entry = undefined
    }
  }
  if (!entry) {
    return fail('unknown-key', `The signing key ${header.kid ? `"${header.kid}" ` : ''}is not one of a trusted issuer; add the centre's public key to trustedIssuers.`, undefined, format)
  }
  const expected = legacy ? 'OKP' : header.alg === 'ES256' ? 'EC' : 'RSA'
  if (entry.jwk.kty !== expected) return fail('unsupported-algorithm', `The key "${header.kid ?? ''}" is not a ${header.alg} key.`, undefined, format)
  // JWS signing input is ASCII(header '.' payload) (RFC 7515 §5.2). node:crypto verifies
  // synchronously, several times faster than WebCrypto's queued calls.
  const [protectedHeader = '', payload = '', signature = ''] = parts
  const data = Buffer.from(`${protectedHeader}.${payload}`, 'ascii')
  const bytes = Buffer.from(signature, 'base64url')
  const valid = legacy
    ? verifySignature(null, data, entry.key, bytes)
    : verifySignature('sha256', data, header.alg === 'ES256' ? { key: entry.key, dsaEncoding: 'ieee-p1363' } : entry.key, bytes)
  if (!valid) return fail('bad-signature', 'The signature does not match: the credential was changed after signing, or signed with another key.', undefined, format)
  try {
    return { payload: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown, entry, format }
  } catch {
    return fail('malformed', 'The signed payload is not JSON.', undefined, format)
  }
}

const isFailure = (value: object): value is Failure => 'verified' in value && value.verified === false

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

const seconds = (dateTime: string): number => Math.floor(Date.parse(dateTime) / 1000)

/** OB 3.0's checks of the registered claims against the credential. */
function claimsMismatch(payload: Record<string, unknown>, credential: OpenBadgeCredential): string | undefined {
  if (payload.iss !== credential.issuer.id) return 'The iss claim is not the issuer id.'
  if (payload.jti !== credential.id) return 'The jti claim is not the credential id.'
  if (payload.nbf !== seconds(credential.validFrom)) return 'The nbf claim is not validFrom.'
  if (payload.sub !== credential.credentialSubject.id) return 'The sub claim is not credentialSubject.id.'
  if (credential.validUntil !== undefined ? payload.exp !== seconds(credential.validUntil) : payload.exp !== undefined) return 'The exp claim is not validUntil.'
  return undefined
}

/** A credential with its registered JWT claims removed. */
function withoutClaims(payload: Record<string, unknown>): unknown {
  const { iss: _iss, jti: _jti, nbf: _nbf, sub: _sub, exp: _exp, ...credential } = payload
  return credential
}

interface DecodedList {
  readonly issuer: string
  readonly id: string
  readonly bits: Uint8Array
  readonly validFrom?: string
  readonly validUntil?: string
}

interface Verified {
  readonly credential: unknown
  readonly issuer: TrustedIssuer
  readonly format: CredentialFormat
}

function issuerIdOf(value: Record<string, unknown>): string | undefined {
  return typeof value.issuer === 'string' ? value.issuer : isPlainObject(value.issuer) && typeof value.issuer.id === 'string' ? value.issuer.id : undefined
}

/** Checks the Data Integrity proof of a parsed credential: the key must be a trusted issuer's. */
async function verifyEmbeddedProof(value: Record<string, unknown>, issuers: readonly TrustedIssuer[], proofCache?: ProofCache): Promise<Verified | Failure> {
  const proofs = Array.isArray(value.proof) ? value.proof : [value.proof]
  const proof: unknown = proofs[0]
  if (proofs.length !== 1 || !isPlainObject(proof) || proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== 'eddsa-rdfc-2022' || typeof proof.verificationMethod !== 'string') {
    return fail('unsupported-algorithm', 'Only one eddsa-rdfc-2022 Data Integrity proof is accepted.', undefined, 'data-integrity')
  }
  if (proof.proofPurpose !== 'assertionMethod') return fail('malformed', 'The proof purpose must be assertionMethod.', undefined, 'data-integrity')
  const index = await keyIndex(issuers)
  const entry = index.byId.get(proof.verificationMethod)
  if (!entry?.methodId || entry.jwk.kty !== 'OKP') {
    return fail('unknown-key', `The signing key "${proof.verificationMethod}" is not one of a trusted issuer; add the centre's DID document (trustedIssuerFromDidDocument) to trustedIssuers.`, undefined, 'data-integrity')
  }
  const cached = proofEntryOf(proofCache, value, `${entry.methodId}|${String(entry.jwk.x)}`)
  if (!cached?.verified) {
    const check = await verifyDataIntegrity(value, index.multikeys)
    if (!check.valid) return fail(check.reason, check.message, undefined, 'data-integrity')
    cached?.remember()
  }
  return { credential: value, issuer: entry.issuer, format: 'data-integrity' }
}

async function verifyAny(input: unknown, issuers: readonly TrustedIssuer[], proofCache?: ProofCache): Promise<Verified | Failure> {
  let value = input
  if (typeof value === 'string') {
    const text = value.trim()
    if (!text.startsWith('{')) {
      const jws = await verifyJws(text, issuers)
      if (isFailure(jws)) return jws
      return { credential: jws.payload, issuer: jws.entry.issuer, format: jws.format }
    }
    try {
      value = JSON.parse(text) as unknown
    } catch {
      return fail('malformed', 'The credential is neither a compact JWT nor JSON.')
    }
  }
  if (!isPlainObject(value)) return fail('malformed', 'Give the credential as a compact JWT, as JSON, or as a parsed object.')
  if (value.proof === undefined) return fail('malformed', 'The credential has no proof: it is not signed.')
  return verifyEmbeddedProof(value, issuers, proofCache)
}

async function decodeList(published: string | object, issuers: readonly TrustedIssuer[]): Promise<DecodedList | Failure> {
  const verified = await verifyAny(published, issuers)
  if (isFailure(verified)) return fail('status-list-invalid', `The status list does not verify: ${verified.message}`)
  const list = verified.credential
  if (!isPlainObject(list) || !Array.isArray(list.type) || !list.type.includes('BitstringStatusListCredential') || !isPlainObject(list.credentialSubject)) {
    return fail('status-list-invalid', 'The status list is not a BitstringStatusListCredential.')
  }
  const subject = list.credentialSubject
  const bits = typeof subject.encodedList === 'string' ? decodeBitstring(subject.encodedList) : undefined
  const issuer = issuerIdOf(list)
  if (!bits || subject.statusPurpose !== 'revocation' || typeof list.id !== 'string' || issuer === undefined) {
    return fail('status-list-invalid', 'The status list has no valid revocation bitstring.')
  }
  if (issuer !== verified.issuer.id) {
    return fail('status-list-invalid', `The status list names issuer ${issuer} but is signed with a key of ${verified.issuer.id}.`)
  }
  return {
    issuer, id: list.id, bits,
    ...(typeof list.validFrom === 'string' ? { validFrom: list.validFrom } : {}),
    ...(typeof list.validUntil === 'string' ? { validUntil: list.validUntil } : {}),
  }
}

// A status list is shared by many credentials: verify and unzip it once per distinct published
// list (and per set of trusted issuers, since what verifies depends on whom one trusts).
const decodedLists = new WeakMap<readonly TrustedIssuer[], Map<string, Promise<DecodedList | Failure>>>()
const objectKeys = new WeakMap<object, string>()

function cachedList(published: string | object, issuers: readonly TrustedIssuer[]): Promise<DecodedList | Failure> {
  let lists = decodedLists.get(issuers)
  if (!lists) {
    lists = new Map()
    decodedLists.set(issuers, lists)
  }
  let key: string
  if (typeof published === 'string') key = published.trim()
  else {
    key = objectKeys.get(published) ?? JSON.stringify(published)
    objectKeys.set(published, key)
  }
  let entry = lists.get(key)
  if (!entry) {
    if (lists.size >= 32) lists.clear()
    entry = decodeList(typeof published === 'string' ? published.trim() : published, issuers)
    lists.set(key, entry)
  }
  return entry
}

/**
 * Verifies an Open Badges 3.0 credential in any of the forms this package issues: a Data
 * Integrity credential (`eddsa-rdfc-2022`, as object or JSON text), an OB 3.0 JWT (ES256 / RS256)
 * or a legacy EdDSA VC-JWT. It checks the proof against a trusted issuer's key (offline: every
 * JSON-LD context is bundled, and keys come only from `trustedIssuers`), that the credential's
 * issuer is that issuer, the JWT's registered claims, the validity dates, and (when it has a
 * `credentialStatus`) the issuer's signed revocation list. Never throws for a bad credential: it
 * returns `{ verified: false, code, message }`; `format` says which form it was.
 *
 * @throws {@link CredentialError} `invalid-public-key` or `invalid-date` for bad options (not for a bad credential).
 *
 * @example
 * ```ts
 * const result = await verifyCredential(credential, {
 *   trustedIssuers: [trustedIssuerFromDidDocument(didDocument)],
 *   statusList: (url) => publishedLists.get(url),
 * })
 * if (!result.verified) console.log(result.code) // e.g. 'revoked'
 * ```
 */
export async function verifyCredential(credential: string | object, options: VerifyCredentialOptions): Promise<VerificationResult> {
  if (typeof credential !== 'string' && !isPlainObject(credential)) return fail('malformed', 'Give the credential as a compact JWT, as JSON, or as a parsed object.')
  const at = options.at === undefined ? Date.now() : new Date(options.at).getTime()
  if (Number.isNaN(at)) {
    throw new CredentialError('invalid-date', `Give "at" as a Date or an ISO date-time, e.g. 2026-06-01T00:00:00Z (got ${JSON.stringify(options.at)}).`, '/at')
  }
  const verified = await verifyAny(credential, options.trustedIssuers, options.proofCache)
  if (isFailure(verified)) return verified
  const { format, issuer } = verified
  let payload = verified.credential
  if (format === 'jwt' && isPlainObject(payload)) {
    const candidate = withoutClaims(payload)
    if (!isOpenBadge(candidate)) return fail('not-an-open-badge', 'The signed payload is not an OpenBadgeCredential (VC Data Model 2.0).', undefined, format)
    const mismatch = claimsMismatch(payload, candidate)
    if (mismatch) return fail('claims-mismatch', `${mismatch} (OB 3.0, JSON Web Token Proof Format)`, candidate, format)
    payload = candidate
  }
  if (!isOpenBadge(payload)) return fail('not-an-open-badge', 'The signed payload is not an OpenBadgeCredential (VC Data Model 2.0).', undefined, format)
  const badge = payload
  if (badge.issuer.id !== issuer.id) {
    return fail('issuer-mismatch', `The credential names issuer ${badge.issuer.id} but is signed with a key of ${issuer.id}.`, badge, format)
  }
  if (Number.isNaN(Date.parse(badge.validFrom)) || at < Date.parse(badge.validFrom)) {
    return fail('not-yet-valid', `The credential is valid from ${badge.validFrom}.`, badge, format)
  }
  if (badge.validUntil !== undefined && !(at <= Date.parse(badge.validUntil))) {
    return fail('expired', `The credential expired on ${badge.validUntil}.`, badge, format)
  }
  const status = badge.credentialStatus
  if (status) {
    const index = Number(status.statusListIndex)
    if (status.type !== 'BitstringStatusListEntry' || status.statusPurpose !== 'revocation' || !Number.isInteger(index) || index < 0) {
      return fail('status-list-invalid', 'The credential status is not a revocation BitstringStatusListEntry.', badge, format)
    }
    const published = options.statusList ? await options.statusList(status.statusListCredential) : undefined
    if (published === undefined || (typeof published !== 'string' && !isPlainObject(published))) {
      return fail('status-unavailable', `Cannot check for revocation: the status list ${status.statusListCredential} was not available.`, badge, format)
    }
    const list = await cachedList(published, options.trustedIssuers)
    if (isFailure(list)) return { ...list, credential: badge, format }
    if (list.id !== status.statusListCredential || list.issuer !== issuer.id) {
      return fail('status-list-invalid', `The status list is ${list.id} of ${list.issuer}, not ${status.statusListCredential} of ${issuer.id}.`, badge, format)
    }
    if (list.validUntil !== undefined && !(at <= Date.parse(list.validUntil))) {
      return fail('status-list-invalid', `The status list expired on ${list.validUntil}; fetch a fresh one.`, badge, format)
    }
    if (index >= list.bits.length * 8) return fail('status-list-invalid', `Index ${index} is outside the status list.`, badge, format)
    if (bitAt(list.bits, index)) {
      return fail('revoked', `${badge.issuer.name} has revoked this credential (status list ${status.statusListCredential}, index ${index}). It is no longer valid.`, badge, format)
    }
  }
  return { verified: true, credential: badge, issuer, format }
}
