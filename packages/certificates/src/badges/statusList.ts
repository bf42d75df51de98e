import { gunzipSync, gzipSync } from 'node:zlib'
import type { ValidationIssue } from '@doorstart/ladder'
import { CertificateInputError } from '../errors/CertificateInputError.js'
import { CredentialError } from '../errors/CredentialError.js'
import { httpUrl, isIsoDate, text } from '../internal/rules.js'
import { signDataIntegrity } from '../internal/dataIntegrity.js'
import { assertDataIntegrityKey } from './issueDataIntegrityCredential.js'
import { signCredential } from './issueCredential.js'
import { importKey, type DataIntegritySigningKey, type Ed25519Jwk } from './keys.js'
import type { DataIntegrityProof } from './OpenBadgeCredential.js'
import type { CertificateErrorCode } from '../errors/CertificateErrorCode.js'

/** The W3C minimum: 131,072 entries (16 KB), so one revocation does not single anybody out. */
export const MIN_STATUS_LIST_LENGTH = 131_072

/** One revocation as the issuer records it. The reason stays in the issuer's records. */
export interface Revocation {
  readonly index: number
  readonly reason: string
  /** YYYY-MM-DD. */
  readonly revokedOn: string
}

/**
 * A centre's revocation list as plain, storable data. Turn it into the published, signed
 * `BitstringStatusListCredential` with {@link issueStatusListCredential}.
 *
 * @example
 * ```ts
 * const list: StatusList = createStatusList({ id: 'https://pluspunt.example/status/1', issuer: 'https://pluspunt.example/issuer' })
 * await store.save(list) // plain JSON
 * ```
 */
export interface StatusList {
  /** URL where the signed status list credential is published; credentials point here. */
  readonly id: string
  /** The issuer id; the same as in the credentials that use this list. */
  readonly issuer: string
  readonly statusPurpose: 'revocation'
  /** Number of entries (bits); at least 131,072 and a multiple of 8. */
  readonly length: number
  readonly revocations: readonly Revocation[]
}

/**
 * Creates an empty revocation list for a centre.
 *
 * @throws {@link CertificateInputError} when `id` is not an http(s) URL or `length` is too small.
 * @example
 * ```ts
 * const list = createStatusList({ id: 'https://pluspunt.example/status/1', issuer: 'https://pluspunt.example/issuer' })
 * list.length //=> 131072
 * ```
 */
export function createStatusList(options: { readonly id: string; readonly issuer: string; readonly length?: number }): StatusList {
  const issues: ValidationIssue<CertificateErrorCode>[] = []
  httpUrl(options.id, '/id', issues)
  text(300)(options.issuer, '/issuer', issues)
  const length = options.length ?? MIN_STATUS_LIST_LENGTH
  if (!Number.isInteger(length) || length < MIN_STATUS_LIST_LENGTH || length % 8 !== 0 || length > 2 ** 27) {
    issues.push({ path: '/length', code: 'invalid-status-list-length', message: `Use a multiple of 8 from ${MIN_STATUS_LIST_LENGTH} to ${2 ** 27} (got ${String(length)}).` })
  }
  const [first, ...rest] = issues
  if (first) throw new CertificateInputError([first, ...rest])
  return { id: options.id, issuer: options.issuer, statusPurpose: 'revocation', length, revocations: [] }
}

/**
 * Revokes the credential at `index`: returns a new list with the revocation and its reason
 * (the input is not changed). Publish the result with {@link issueStatusListCredential}; from
 * then on {@link verifyCredential} fails with `revoked`.
 *
 * @throws {@link CredentialError} `index-out-of-range`, `already-revoked`, `missing-reason` or `invalid-date`.
 * @example
 * ```ts
 * const revoked = revoke(list, { index: 42, reason: 'Issued to the wrong participant', revokedOn: '2026-04-01' })
 * isRevoked(revoked, 42) //=> true
 * ```
 */
export function revoke(list: StatusList, revocation: Revocation): StatusList {
  const { index, reason, revokedOn } = revocation
  if (!Number.isInteger(index) || index < 0 || index >= list.length) {
    throw new CredentialError('index-out-of-range', `Index ${String(index)} is outside the status list (0–${list.length - 1}).`, '/index')
  }
  if (typeof reason !== 'string' || reason.trim() === '' || reason.length > 500) {
    throw new CredentialError('missing-reason', 'Give the reason for the revocation (at most 500 characters); it is kept in the audit trail.', '/reason')
  }
  if (!isIsoDate(revokedOn)) {
    throw new CredentialError('invalid-date', `Write revokedOn as YYYY-MM-DD (got ${JSON.stringify(revokedOn)}).`, '/revokedOn')
  }
  if (isRevoked(list, index)) {
    throw new CredentialError('already-revoked', `The credential at index ${index} is already revoked.`, '/index')
  }
  return { ...list, revocations: [...list.revocations, { index, reason, revokedOn }] }
}

/**
 * True when the credential at `index` is revoked in `list`.
 *
 * @example
 * ```ts
 * isRevoked(list, 42) //=> false
 * ```
 */
export function isRevoked(list: StatusList, index: number): boolean {
  return list.revocations.some((revocation) => revocation.index === index)
}

/** The bitstring, GZIP-compressed, base64url without padding, with the multibase prefix `u`. */
export function encodeBitstring(length: number, setIndexes: readonly number[]): string {
  const bits = new Uint8Array(length / 8)
  // Index 0 is the left-most (most significant) bit of the first byte.
  for (const index of setIndexes) bits[index >> 3] = (bits[index >> 3] ?? 0) | (0x80 >> (index & 7))
  return `u${gzipSync(bits).toString('base64url')}`
}

/** Decodes an `encodedList`; returns undefined when it is not a valid one. */
export function decodeBitstring(encodedList: string): Uint8Array | undefined {
  if (!encodedList.startsWith('u')) return undefined
  try {
    const bits = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'), { maxOutputLength: 2 ** 24 })
    return bits.byteLength * 8 >= MIN_STATUS_LIST_LENGTH ? new Uint8Array(bits) : undefined
  } catch {
    return undefined
  }
}

/** Reads the bit at `index`. */
export const bitAt = (bits: Uint8Array, index: number): boolean => (((bits[index >> 3] ?? 0) >> (7 - (index & 7))) & 1) === 1

/**
 * Signs the list as a W3C `BitstringStatusListCredential` (VC-JWT), to publish at `list.id`.
 * Re-issue and re-publish it after every {@link revoke}.
 *
 * @throws {@link CredentialError} `invalid-signing-key` when the key is not an Ed25519 private JWK.
 * @example
 * ```ts
 * const jwt = await issueStatusListCredential(revoked, { signingKey: privateJwk, validFrom: '2026-04-01' })
 * // publish jwt at https://pluspunt.example/status/1
 * ```
 */
export async function issueStatusListCredential(
  list: StatusList,
  options: { readonly signingKey: Ed25519Jwk; readonly validFrom: string; readonly validUntil?: string },
): Promise<string> {
  const { key, kid } = await importKey(options.signingKey, true, '/signingKey')
  return signCredential(statusListCredentialOf(list, options), key, kid)
}

const asDateTime = (value: string): string => (isIsoDate(value) ? `${value}T00:00:00Z` : value)

function statusListCredentialOf(list: StatusList, options: { readonly validFrom: string; readonly validUntil?: string }): Omit<StatusListCredential, 'proof'> {
  for (const [name, value] of [['validFrom', options.validFrom], ['validUntil', options.validUntil]] as const) {
    if (value !== undefined && Number.isNaN(Date.parse(asDateTime(value)))) {
      throw new CredentialError('invalid-date', `Write ${name} as YYYY-MM-DD or an ISO date-time with a zone (got ${JSON.stringify(value)}).`, `/${name}`)
    }
  }
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: list.id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: list.issuer,
    validFrom: asDateTime(options.validFrom),
    ...(options.validUntil ? { validUntil: asDateTime(options.validUntil) } : {}),
    credentialSubject: {
      id: `${list.id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: list.statusPurpose,
      encodedList: encodeBitstring(list.length, list.revocations.map((revocation) => revocation.index)),
    },
  }
}

/**
 * A W3C `BitstringStatusListCredential` with a Data Integrity proof, as
 * {@link issueDataIntegrityStatusListCredential} makes it.
 *
 * @example
 * ```ts
 * const published: StatusListCredential = await issueDataIntegrityStatusListCredential(list, { key, validFrom: '2026-04-01' })
 * published.credentialSubject.encodedList //=> 'uH4sI…'
 * ```
 */
export interface StatusListCredential {
  readonly '@context': readonly ['https://www.w3.org/ns/credentials/v2']
  readonly id: string
  readonly type: readonly ['VerifiableCredential', 'BitstringStatusListCredential']
  readonly issuer: string
  readonly validFrom: string
  readonly validUntil?: string
  readonly credentialSubject: {
    readonly id: string
    readonly type: 'BitstringStatusList'
    readonly statusPurpose: 'revocation'
    /** GZIP-compressed bitstring, base64url with multibase prefix `u`. */
    readonly encodedList: string
  }
  readonly proof: readonly [DataIntegrityProof]
}

/**
 * Signs the list as a W3C `BitstringStatusListCredential` with an `eddsa-rdfc-2022` Data
 * Integrity proof, to serve as JSON at `list.id` (the `statusListCredential` of the credentials
 * issued with {@link issueDataIntegrityCredential} or {@link issueJwtCredential}).
 * `@digitalcredentials/verifier-core` and {@link verifyCredential} both read it. The list's
 * issuer must be the DID whose key signs it. Re-issue it after every {@link revoke}, and give it
 * a short `validUntil` (with a matching HTTP cache lifetime) so revocations reach verifiers soon.
 *
 * @throws {@link CredentialError} `invalid-signing-key`, `verification-method-mismatch` or `invalid-date`.
 * @example
 * ```ts
 * const list = createStatusList({ id: 'https://pluspunt.example/status/rotterdam', issuer: did })
 * const published = await issueDataIntegrityStatusListCredential(revoke(list, { index: 42, reason: 'Wrong participant', revokedOn: '2026-04-01' }), {
 *   key: { privateJwk: keys.privateJwk, verificationMethod: `${did}#key-1` },
 *   validFrom: '2026-04-01T10:00:00Z', validUntil: '2026-04-02T10:00:00Z',
 * })
 * // serve JSON.stringify(published) at list.id
 * ```
 */
export async function issueDataIntegrityStatusListCredential(
  list: StatusList,
  options: { readonly key: DataIntegritySigningKey; readonly validFrom: string; readonly validUntil?: string },
): Promise<StatusListCredential> {
  assertDataIntegrityKey(options.key, list.issuer)
  const credential = statusListCredentialOf(list, options)
  const signed = await signDataIntegrity(credential, {
    privateJwk: options.key.privateJwk,
    verificationMethod: options.key.verificationMethod,
    controller: list.issuer,
    created: credential.validFrom,
  })
  return signed as unknown as StatusListCredential
}
