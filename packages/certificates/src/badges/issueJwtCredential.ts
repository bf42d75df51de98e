import { createPrivateKey, sign as signBytes, type KeyObject } from 'node:crypto'
import type { JWK } from 'jose'
import { CredentialError } from '../errors/CredentialError.js'
import { buildOpenBadgeCredential } from './buildOpenBadgeCredential.js'
import type { JwtSigningKey } from './keys.js'
import type { OpenBadgeCredential } from './OpenBadgeCredential.js'
import type { OpenBadgeInput } from './OpenBadgeInput.js'

/**
 * What {@link issueJwtCredential} returns.
 *
 * @example
 * ```ts
 * const { jwt, credential, salt }: IssuedJwtCredential = await issueJwtCredential(badgeInput, jwtKey)
 * ```
 */
export interface IssuedJwtCredential {
  /** The credential as compact JWS per OB 3.0's JSON Web Token Proof Format (`typ: JWT`, ES256 or RS256). */
  readonly jwt: string
  /** The credential as signed (without the JWT claims). */
  readonly credential: OpenBadgeCredential
  /** The salt of the recipient hash; keep it with the award. */
  readonly salt: string
}

interface JwtSigner {
  readonly alg: 'ES256' | 'RS256'
  readonly key: KeyObject
  readonly publicJwk: JWK
}

/** Imports an ES256 (P-256) or RS256 (RSA ≥ 2048) private JWK. */
export function jwtSigner(jwk: unknown, path: string): JwtSigner {
  const candidate = jwk as Partial<Record<string, unknown>> | null
  const isEc = typeof candidate === 'object' && candidate !== null && candidate.kty === 'EC' && candidate.crv === 'P-256' && typeof candidate.d === 'string'
  const isRsa = typeof candidate === 'object' && candidate !== null && candidate.kty === 'RSA' && typeof candidate.d === 'string' && typeof candidate.n === 'string'
  if (!isEc && !isRsa) {
    throw new CredentialError(
      'invalid-signing-key',
      'Give a P-256 (ES256) or RSA (RS256) private key as JWK; generateIssuerKeyPair({ algorithm: \'ES256\' }) makes one. 1EdTech\'s validator accepts JWTs signed with these only.',
      path,
    )
  }
  let key: KeyObject
  try {
    key = createPrivateKey({ key: jwk as JWK & { kty: string }, format: 'jwk' })
  } catch {
    throw new CredentialError('invalid-signing-key', 'The private JWK cannot be read.', path)
  }
  if (isRsa && (key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) {
    throw new CredentialError('invalid-signing-key', 'Use an RSA key of at least 2048 bits.', path)
  }
  const { kty, crv, x, y, n, e } = candidate as JWK
  const publicJwk: JWK = isEc ? { kty, crv, x, y } : { kty, n, e }
  return { alg: isEc ? 'ES256' : 'RS256', key, publicJwk }
}

const seconds = (dateTime: string): number => Math.floor(Date.parse(dateTime) / 1000)

/** Signs `payload` as a compact JWS with exactly the header OB 3.0 allows: alg, kid or jwk, typ. */
export function signJwt(payload: object, signer: JwtSigner, kid: string | undefined): string {
  const header = kid ? { alg: signer.alg, kid, typ: 'JWT' } : { alg: signer.alg, jwk: signer.publicJwk, typ: 'JWT' }
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`
  // ES256 signatures are r ‖ s (RFC 7518 §3.4), not DER.
  const signature = signBytes('sha256', Buffer.from(input, 'ascii'), signer.alg === 'ES256' ? { key: signer.key, dsaEncoding: 'ieee-p1363' } : signer.key)
  return `${input}.${signature.toString('base64url')}`
}

/**
 * Issues an Open Badges 3.0 `OpenBadgeCredential` as a JWT, exactly per OB 3.0's "JSON Web Token
 * Proof Format": the payload is the credential with the registered claims `iss` (issuer id),
 * `jti` (credential id), `sub` (`credentialSubject.id`), `nbf` (validFrom) and, when set, `exp`
 * (validUntil); the header is `{ alg, kid, typ: 'JWT' }` with `kid` the key's DID URL, or
 * `{ alg, jwk, typ: 'JWT' }` with the public key when no `kid` is given. Signed with ES256 or
 * RS256, the algorithms 1EdTech's validator accepts. The credential passes 1EdTech's OB 3.0 JSON Schema.
 *
 * @throws {@link CertificateInputError} listing every invalid field (as {@link issueDataIntegrityCredential}).
 * @throws {@link CredentialError} `invalid-signing-key` when the key is not a P-256 or RSA (≥ 2048) private JWK,
 *   `verification-method-mismatch` when a DID `kid` is not a key of the issuer.
 * @example
 * ```ts
 * const keys = await generateIssuerKeyPair({ algorithm: 'ES256' })
 * const { jwt } = await issueJwtCredential(badgeInput, { privateJwk: keys.privateJwk, kid: `${badgeInput.issuer.id}#key-2` })
 * ```
 */
export async function issueJwtCredential(input: OpenBadgeInput, key: JwtSigningKey): Promise<IssuedJwtCredential> {
  const { credential, salt } = buildOpenBadgeCredential(input)
  if (typeof key !== 'object' || key === null) throw new CredentialError('invalid-signing-key', 'Give the key as { privateJwk, kid? }.', '/key')
  const signer = jwtSigner(key.privateJwk, '/key/privateJwk')
  if (key.kid !== undefined) {
    const isUri = typeof key.kid === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(key.kid) && key.kid.length <= 500
    if (!isUri) throw new CredentialError('invalid-kid', 'Give kid as a URI verifiers can dereference, e.g. the DID URL did:web:centre.example#key-2.', '/key/kid')
    if (key.kid.startsWith('did:') && !key.kid.startsWith(`${credential.issuer.id}#`)) {
      throw new CredentialError('verification-method-mismatch', `The kid must be a key of the issuer, "${credential.issuer.id}#<key id>".`, '/key/kid')
    }
  }
  const payload = {
    ...credential,
    iss: credential.issuer.id,
    jti: credential.id,
    sub: credential.credentialSubject.id,
    nbf: seconds(credential.validFrom),
    ...(credential.validUntil ? { exp: seconds(credential.validUntil) } : {}),
  }
  return { jwt: signJwt(payload, signer, key.kid), credential, salt }
}
