import { createPublicKey, type KeyObject, type webcrypto } from 'node:crypto'
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose'
import { CredentialError } from '../errors/CredentialError.js'

/** An Ed25519 key as JWK (`kty: 'OKP'`, `crv: 'Ed25519'`); private when it has `d`. */
export type Ed25519Jwk = JWK

/** A centre's key pair for signing credentials. Store `privateJwk` as a secret; publish `publicJwk`. */
export interface IssuerKeyPair {
  readonly privateJwk: Ed25519Jwk
  readonly publicJwk: Ed25519Jwk
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
 * Generates an Ed25519 key pair for a centre, as JWK with a `kid` (the key's thumbprint). The
 * library never stores keys: keep the private JWK in the CMS's secret store.
 *
 * @example
 * ```ts
 * const { privateJwk, publicJwk } = await generateIssuerKeyPair()
 * publicJwk.crv //=> 'Ed25519'
 * ```
 */
export async function generateIssuerKeyPair(): Promise<IssuerKeyPair> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })
  const publicJwk = await exportJWK(publicKey)
  const kid = await calculateJwkThumbprint(publicJwk)
  const privateJwk = await exportJWK(privateKey)
  return { privateJwk: { ...privateJwk, kid, alg: 'EdDSA' }, publicJwk: { ...publicJwk, kid, alg: 'EdDSA' } }
}
