import type { JWK } from 'jose'
import { CredentialError } from '../errors/CredentialError.js'
import { isPlainObject } from '../internal/rules.js'
import { base58btcDecode, base58btcEncode } from '../internal/base58.js'
import type { IssuerJwk } from './keys.js'
import type { TrustedIssuer } from './verifyCredential.js'

/** An Ed25519 public key as a W3C Multikey (what `eddsa-rdfc-2022` proofs refer to). */
export interface MultikeyVerificationMethod {
  readonly id: string
  readonly type: 'Multikey'
  readonly controller: string
  /** `z6Mk…`: base58btc of the multicodec header 0xed01 and the 32 key bytes. */
  readonly publicKeyMultibase: string
}

/** A P-256 or RSA public key as JWK (what ES256 / RS256 JWT proofs refer to by `kid`). */
export interface JsonWebKeyVerificationMethod {
  readonly id: string
  readonly type: 'JsonWebKey'
  readonly controller: string
  readonly publicKeyJwk: JWK
}

export type DidVerificationMethod = MultikeyVerificationMethod | JsonWebKeyVerificationMethod

/**
 * A DID document as the CMS serves it for a centre's `did:web` (at {@link didWebDocumentUrl}),
 * built by {@link buildDidDocument}. Public keys only.
 *
 * @example
 * ```ts
 * const document: DidDocument = buildDidDocument({ did: 'did:web:pluspunt.example', keys: [{ id: 'key-1', publicJwk }] })
 * document.assertionMethod //=> ['did:web:pluspunt.example#key-1']
 * ```
 */
export interface DidDocument {
  readonly '@context': readonly string[]
  readonly id: string
  readonly alsoKnownAs?: readonly string[]
  readonly verificationMethod: readonly DidVerificationMethod[]
  readonly authentication: readonly string[]
  readonly assertionMethod: readonly string[]
}

/**
 * Options of {@link buildDidDocument}.
 *
 * @example
 * ```ts
 * const options: BuildDidDocumentOptions = {
 *   did: 'did:web:pluspunt.example:centres:rotterdam',
 *   keys: [{ id: 'key-1', publicJwk: ed25519.publicJwk }, { id: 'key-2', publicJwk: es256.publicJwk }],
 *   alsoKnownAs: ['https://pluspunt.example'],
 * }
 * ```
 */
export interface BuildDidDocumentOptions {
  /** The centre's `did:web`. */
  readonly did: string
  /**
   * The public keys to publish. `id` is the fragment (`key-1`), giving the verification method
   * `<did>#key-1`. Keep a rotated-out key listed for as long as credentials signed with it should verify.
   */
  readonly keys: readonly { readonly id: string; readonly publicJwk: IssuerJwk }[]
  readonly alsoKnownAs?: readonly string[]
}

const DID_WEB = /^did:web:([^:#?/]+)((?::[^:#?/]+)*)$/

/**
 * The `did:web` of an https URL: the host (a port is written `%3A`), then each path segment after a
 * colon. `https://pluspunt.example` → `did:web:pluspunt.example`;
 * `https://pluspunt.example/centres/rotterdam` → `did:web:pluspunt.example:centres:rotterdam`.
 *
 * @throws {@link CredentialError} `invalid-did-web-url` for a URL that is not https, or that has a query or fragment.
 * @example
 * ```ts
 * didWebFromUrl('https://pluspunt.example/centres/rotterdam') //=> 'did:web:pluspunt.example:centres:rotterdam'
 * didWebFromUrl('https://127.0.0.1:8443') //=> 'did:web:127.0.0.1%3A8443'
 * ```
 */
export function didWebFromUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new CredentialError('invalid-did-web-url', `Give an https URL for the did:web, e.g. https://centre.example/centres/rotterdam (got ${JSON.stringify(String(url).slice(0, 60))}).`, '/url')
  }
  if (parsed.protocol !== 'https:' || parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new CredentialError('invalid-did-web-url', 'A did:web names an https URL without query, fragment or credentials.', '/url')
  }
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '')
  if (segments.at(-1) === 'did.json') segments.pop()
  if (segments[0] === '.well-known' && segments.length === 1) segments.shift()
  const host = parsed.port ? `${parsed.hostname}%3A${parsed.port}` : parsed.hostname
  return ['did:web', host, ...segments.map((segment) => encodeURIComponent(decodeURIComponent(segment)))].join(':')
}

/**
 * Where a `did:web`'s DID document is served: `https://<host>/.well-known/did.json` for a bare host,
 * `https://<host>/<path>/did.json` for a path DID.
 *
 * @throws {@link CredentialError} `invalid-did` when `did` is not a did:web.
 * @example
 * ```ts
 * didWebDocumentUrl('did:web:pluspunt.example') //=> 'https://pluspunt.example/.well-known/did.json'
 * didWebDocumentUrl('did:web:pluspunt.example:centres:rotterdam') //=> 'https://pluspunt.example/centres/rotterdam/did.json'
 * ```
 */
export function didWebDocumentUrl(did: string): string {
  const match = typeof did === 'string' ? DID_WEB.exec(did) : null
  if (!match) throw new CredentialError('invalid-did', `Give a did:web such as did:web:centre.example:centres:rotterdam (got ${JSON.stringify(String(did).slice(0, 80))}).`, '/did')
  const host = decodeURIComponent(match[1] ?? '')
  const path = (match[2] ?? '').split(':').filter((segment) => segment !== '').map((segment) => decodeURIComponent(segment))
  return path.length === 0 ? `https://${host}/.well-known/did.json` : `https://${host}/${path.join('/')}/did.json`
}

/** The Multikey `publicKeyMultibase` of an Ed25519 JWK: `z` + base58btc(0xed 0x01 ‖ key). */
export function ed25519Multibase(jwk: JWK): string {
  const key = Buffer.from(jwk.x ?? '', 'base64url')
  return `z${base58btcEncode(Buffer.concat([Buffer.from([0xed, 0x01]), key]))}`
}

/** The Ed25519 public JWK of a Multikey `publicKeyMultibase`, or undefined if it is not one. */
export function jwkOfEd25519Multibase(multibase: string): JWK | undefined {
  if (!multibase.startsWith('z')) return undefined
  const bytes = base58btcDecode(multibase.slice(1))
  if (!bytes || bytes.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01) return undefined
  return { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(bytes.subarray(2)).toString('base64url') }
}

const isPublicJwk = (jwk: unknown): jwk is JWK =>
  isPlainObject(jwk) && !('d' in jwk) && !('p' in jwk) && !('q' in jwk) &&
  ((jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string') ||
    (jwk.kty === 'EC' && jwk.crv === 'P-256' && typeof jwk.x === 'string' && typeof jwk.y === 'string') ||
    (jwk.kty === 'RSA' && typeof jwk.n === 'string' && typeof jwk.e === 'string'))

/**
 * Builds the DID document a centre's `did:web` resolves to: each Ed25519 key as a `Multikey`
 * (for `eddsa-rdfc-2022` proofs), each P-256 or RSA key as a `JsonWebKey` (for ES256 / RS256 JWT
 * `kid`s), all listed under `assertionMethod` and `authentication`. Serve it as JSON at
 * {@link didWebDocumentUrl}; verifiers such as the Learner Credential Wallet find the key there.
 *
 * @throws {@link CredentialError} `invalid-did` for a DID that is not a did:web,
 *   `private-key-in-did-document` when a key has private parts (`d`), `invalid-public-key` for
 *   another key type, `duplicate-key-id` when two keys share an id.
 * @example
 * ```ts
 * const ed25519 = await generateIssuerKeyPair()
 * const es256 = await generateIssuerKeyPair({ algorithm: 'ES256' })
 * const did = didWebFromUrl('https://pluspunt.example/centres/rotterdam')
 * const document = buildDidDocument({ did, keys: [{ id: 'key-1', publicJwk: ed25519.publicJwk }, { id: 'key-2', publicJwk: es256.publicJwk }] })
 * // serve JSON.stringify(document) at didWebDocumentUrl(did)
 * ```
 */
export function buildDidDocument(options: BuildDidDocumentOptions): DidDocument {
  const { did } = options
  didWebDocumentUrl(did)
  const seen = new Set<string>()
  const methods = options.keys.map(({ id, publicJwk }, index): DidVerificationMethod => {
    const path = `/keys/${index}`
    if (typeof id !== 'string' || !/^[A-Za-z0-9._-]{1,64}$/.test(id)) {
      throw new CredentialError('invalid-key-id', 'Give each key an id of 1–64 letters, digits, ., - or _ (e.g. key-1); it becomes the DID URL fragment.', `${path}/id`)
    }
    if (seen.has(id)) throw new CredentialError('duplicate-key-id', `Two keys have the id "${id}"; give each its own.`, `${path}/id`)
    seen.add(id)
    if (isPlainObject(publicJwk) && ('d' in publicJwk || 'p' in publicJwk)) {
      throw new CredentialError('private-key-in-did-document', 'This key has private parts (d); publish the public JWK only.', `${path}/publicJwk`)
    }
    if (!isPublicJwk(publicJwk)) {
      throw new CredentialError('invalid-public-key', 'Give an Ed25519, P-256 or RSA public JWK (generateIssuerKeyPair makes one).', `${path}/publicJwk`)
    }
    const methodId = `${did}#${id}`
    if (publicJwk.kty === 'OKP') return { id: methodId, type: 'Multikey', controller: did, publicKeyMultibase: ed25519Multibase(publicJwk) }
    const { kty, crv, x, y, n, e } = publicJwk
    const jwk: JWK = kty === 'EC' ? { kty, crv, x, y } : { kty, n, e }
    return { id: methodId, type: 'JsonWebKey', controller: did, publicKeyJwk: { ...jwk, ...(publicJwk.alg ? { alg: publicJwk.alg } : {}) } }
  })
  const ids = methods.map((method) => method.id)
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1', 'https://w3id.org/security/jwk/v1'],
    id: did,
    ...(options.alsoKnownAs ? { alsoKnownAs: [...options.alsoKnownAs] } : {}),
    verificationMethod: methods,
    authentication: ids,
    assertionMethod: ids,
  }
}

/**
 * The {@link TrustedIssuer} a DID document describes: its DID and the public keys listed under
 * `assertionMethod`, each as JWK with `kid` set to its DID URL. Pass it to {@link verifyCredential}
 * after fetching the document (the library does no network I/O).
 *
 * @throws {@link CredentialError} `invalid-did-document` when the document has no id or no usable assertion key.
 * @example
 * ```ts
 * const document = await (await fetch(didWebDocumentUrl(did))).json()
 * const result = await verifyCredential(credential, { trustedIssuers: [trustedIssuerFromDidDocument(document)] })
 * ```
 */
export function trustedIssuerFromDidDocument(document: unknown): TrustedIssuer {
  if (!isPlainObject(document) || typeof document.id !== 'string' || !Array.isArray(document.verificationMethod)) {
    throw new CredentialError('invalid-did-document', 'The DID document has no id or no verificationMethod list.', '')
  }
  const did = document.id
  const assertion = new Set(
    (Array.isArray(document.assertionMethod) ? document.assertionMethod : [])
      .map((entry: unknown) => (typeof entry === 'string' ? entry : isPlainObject(entry) ? entry.id : undefined))
      .filter((entry): entry is string => typeof entry === 'string')
      .map((entry) => (entry.startsWith('#') ? `${did}${entry}` : entry)),
  )
  const publicKeys: JWK[] = []
  for (const method of document.verificationMethod as unknown[]) {
    if (!isPlainObject(method) || typeof method.id !== 'string') continue
    const id = method.id.startsWith('#') ? `${did}${method.id}` : method.id
    if (!assertion.has(id)) continue
    const jwk = typeof method.publicKeyMultibase === 'string' ? jwkOfEd25519Multibase(method.publicKeyMultibase) : isPublicJwk(method.publicKeyJwk) ? method.publicKeyJwk : undefined
    if (jwk) publicKeys.push({ ...jwk, kid: id })
  }
  if (publicKeys.length === 0) throw new CredentialError('invalid-did-document', `The DID document of ${did} lists no Ed25519, P-256 or RSA key under assertionMethod.`, '/assertionMethod')
  return { id: did, publicKeys }
}
