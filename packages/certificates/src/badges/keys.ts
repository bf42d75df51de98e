import { createPublicKey, type KeyObject, type webcrypto } from 'node:crypto'
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose'
import { CredentialError } from '../errors/CredentialError.js'

/** An Ed25519 key as JWK (`kty: 'OKP'`, `crv: 'Ed25519'`); private when it has `d`. */
export type Ed25519Jwk = JWK

/**
 * A centre's key as JWK: Ed25519 (`kty: 'OKP'`) for Data Integrity proofs, P-256 (`kty: 'EC'`,
 * ES256) or RSA (`kty: 'RSA'`, RS256) for JWT proofs. Private when it has `d`.
 */
export type IssuerJwk = JWK

/**
 * The key types a centre can generate:
 * - `Ed25519`: Data Integrity proofs (`eddsa-rdfc-2022`, published as a Multikey) and legacy EdDSA JWTs;
 * - `ES256` (P-256) and `RS256` (RSA 2048): JWT proofs, the algorithms 1EdTech's validator accepts.
 */
export type IssuerKeyAlgorithm = 'Ed25519' | 'ES256' | 'RS256'

/**
 * Options of {@link generateIssuerKeyPair}.
 *
 * @example
 * ```ts
 * const options: GenerateIssuerKeyPairOptions = { algorithm: 'ES256' }
 * ```
 */
export interface GenerateIssuerKeyPairOptions {
  /** Defaults to `Ed25519`. */
  readonly algorithm?: IssuerKeyAlgorithm
}

/**
 * The key that signs Data Integrity proofs: the centre's Ed25519 private JWK and the DID URL under
 * which its DID document publishes the public key (see {@link buildDidDocument}).
 *
 * @example
 * ```ts
 * const key: DataIntegritySigningKey = { privateJwk: ed25519.privateJwk, verificationMethod: 'did:web:pluspunt.example#key-1' }
 * ```
 */
export interface DataIntegritySigningKey {
  readonly privateJwk: Ed25519Jwk
  /** A DID URL starting with the issuer's DID, e.g. `did:web:pluspunt.example:centres:rotterdam#key-1`. */
  readonly verificationMethod: string
}

/**
 * The key that signs JWT proofs (OB 3.0 "JSON Web Token Proof Format"): an ES256 or RS256 private JWK,
 * and the `kid` header under which verifiers find its public key.
 *
 * @example
 * ```ts
 * const key: JwtSigningKey = { privateJwk: es256.privateJwk, kid: 'did:web:pluspunt.example#key-2' }
 * ```
 */
export interface JwtSigningKey {
  /** P-256 (`ES256`) or RSA of at least 2048 bits (`RS256`). */
  readonly privateJwk: IssuerJwk
  /**
   * A dereferenceable URI of the public key, normally the DID URL of the key in the centre's DID
   * document. Without it, the public JWK is put in the `jwk` header instead.
   */
  readonly kid?: string
}

/** A centre's key pair for signing credentials. Store `privateJwk` as a secret; publish `publicJwk`. */
export interface IssuerKeyPair {
  readonly privateJwk: IssuerJwk
  readonly publicJwk: IssuerJwk
}

interface ImportedKey {
  readonly kid: string
  readonly key: webcrypto.CryptoKey
  /** The public key for node:crypto's synchronous Ed25519 verification. */
  readonly publicKey: KeyObject
}

// Importing a JWK is the slow part of verification; a centre has one or two keys, so cache them.
const imported = new Map<string, Promise<ImportedKey>>()

function assertEd25519(jwk: unknown, needPrivate: boolean, path: string): asserts jwk is Ed25519Jwk {
  const key = jwk as Partial<Record<string, unknown>> | null
  const ok = typeof key === 'object' && key !== null && key.kty === 'OKP' && key.crv === 'Ed25519' && typeof key.x === 'string' &&
    (!needPrivate || typeof key.d === 'string')
  if (!ok) {
    throw new CredentialError(
      needPrivate ? 'invalid-signing-key' : 'invalid-public-key',
      `Give an Ed25519 ${needPrivate ? 'private' : 'public'} key as JWK ({ kty: 'OKP', crv: 'Ed25519', x${needPrivate ? ', d' : ''} }); generateIssuerKeyPair() makes one.`,
      path,
    )
  }
}

/** Throws `invalid-signing-key` unless `jwk` is an Ed25519 private JWK. */
export function assertEd25519PrivateJwk(jwk: unknown, path: string): asserts jwk is Ed25519Jwk {
  assertEd25519(jwk, true, path)
}

/** The key id: the JWK's `kid`, or its RFC 7638 thumbprint. */
async function keyIdOf(jwk: Ed25519Jwk): Promise<string> {
  return jwk.kid ?? calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: jwk.x ?? '' })
}

export function importKey(jwk: unknown, needPrivate: boolean, path: string): Promise<ImportedKey> {
  assertEd25519(jwk, needPrivate, path)
  const cacheKey = JSON.stringify([jwk.kid ?? '', jwk.x, jwk.d ?? ''])
  let entry = imported.get(cacheKey)
  if (!entry) {
    entry = (async () => {
      const key = await importJWK({ kty: 'OKP', crv: 'Ed25519', x: jwk.x, ...(needPrivate ? { d: jwk.d } : {}) }, 'EdDSA')
      if (key instanceof Uint8Array) throw new CredentialError('invalid-public-key', 'Expected an asymmetric Ed25519 key.', path)
      const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x ?? '' }, format: 'jwk' })
      return { kid: await keyIdOf(jwk), key, publicKey }
    })()
    entry.catch(() => imported.delete(cacheKey))
    if (imported.size > 256) imported.clear()
    imported.set(cacheKey, entry)
  }
  return entry
}

/**
 * Generates a key pair for a centre, as JWK with a `kid` (the key's RFC 7638 thumbprint) and `alg`:
 * Ed25519 by default (Data Integrity proofs), or ES256 / RS256 for JWT proofs. The library never
 * stores keys: keep the private JWK in the CMS's secret store, encrypted.
 *
 * @throws {@link CredentialError} `unsupported-algorithm` for another algorithm.
 * @example
 * ```ts
 * const { privateJwk, publicJwk } = await generateIssuerKeyPair()
 * publicJwk.crv //=> 'Ed25519'
 * const jwtKeys = await generateIssuerKeyPair({ algorithm: 'ES256' })
 * jwtKeys.publicJwk.crv //=> 'P-256'
 * ```
 */
export async function generateIssuerKeyPair(options: GenerateIssuerKeyPairOptions = {}): Promise<IssuerKeyPair> {
  const algorithm = options.algorithm ?? 'Ed25519'
  if (algorithm !== 'Ed25519' && algorithm !== 'ES256' && algorithm !== 'RS256') {
    throw new CredentialError('unsupported-algorithm', `Use Ed25519, ES256 or RS256 (got ${JSON.stringify(algorithm)}).`, '/algorithm')
  }
  const alg = algorithm === 'Ed25519' ? 'EdDSA' : algorithm
  const { privateKey, publicKey } = algorithm === 'Ed25519'
    ? await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })
    : await generateKeyPair(alg, { extractable: true, ...(alg === 'RS256' ? { modulusLength: 2048 } : {}) })
  const publicJwk = await exportJWK(publicKey)
  const kid = await calculateJwkThumbprint(publicJwk)
  const privateJwk = await exportJWK(privateKey)
  return { privateJwk: { ...privateJwk, kid, alg }, publicJwk: { ...publicJwk, kid, alg } }
}
