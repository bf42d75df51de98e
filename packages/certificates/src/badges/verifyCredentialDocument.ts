import { decodeJwt } from 'jose'
import { CredentialError } from '../errors/CredentialError.js'
import { readEmbeddedCredential } from '../pdf/readEmbeddedCredential.js'
import { verifyCredential, type TrustedIssuer, type VerificationResult } from './verifyCredential.js'

/**
 * Options of {@link verifyCredentialDocument}.
 *
 * @example
 * ```ts
 * const options: VerifyCredentialDocumentOptions = { trustedIssuers: [trusted], statusLists: [publishedListJwt] }
 * ```
 */
export interface VerifyCredentialDocumentOptions {
  readonly trustedIssuers: readonly TrustedIssuer[]
  /** Status list credentials (VC-JWTs) the credential may point to; each is found by its `id`. */
  readonly statusLists?: readonly string[]
  /** The moment to check validity for; defaults to now. */
  readonly at?: Date | string
}

/**
 * The outcome of {@link verifyCredentialDocument}: that of {@link verifyCredential}, or
 * `no-credential` for a PDF that carries none.
 *
 * @example
 * ```ts
 * const result: DocumentVerificationResult = await verifyCredentialDocument(pdfBytes, { trustedIssuers: [trusted] })
 * ```
 */
export type DocumentVerificationResult =
  | VerificationResult
  | { readonly verified: false; readonly code: 'no-credential'; readonly message: string }

/**
 * Checks a list of trusted issuers read from JSON (one `{ "id", "publicKeys": [public JWK, …] }`
 * or a list of them), as a verifier keeps it in a file.
 *
 * @throws {@link CredentialError} `invalid-trust-file` when it has another shape.
 * @example
 * ```ts
 * const trustedIssuers = parseTrustedIssuers(JSON.parse(await readFile('pluspunt-issuer.json', 'utf8')))
 * ```
 */
export function parseTrustedIssuers(value: unknown): TrustedIssuer[] {
  const list: unknown[] = Array.isArray(value) ? value : [value]
  const ok = list.every((issuer) =>
    typeof issuer === 'object' && issuer !== null && typeof (issuer as TrustedIssuer).id === 'string' && Array.isArray((issuer as TrustedIssuer).publicKeys))
  if (!ok || list.length === 0) throw new CredentialError('invalid-trust-file', 'Trusted issuers must be { "id": issuer-id, "publicKeys": [public JWK, …] } or a list of them.')
  return list as TrustedIssuer[]
}

/**
 * Verifies the credential in a document as people hand it over: the bytes of a VC-JWT file, or of
 * a certificate PDF that carries its credential as an attachment. The status lists are given as
 * VC-JWTs (fetched or stored by the caller); their signatures are checked by
 * {@link verifyCredential}.
 *
 * @throws {@link CredentialError} `invalid-status-list` (path `/statusLists/<n>`) for a status list
 * that is not a JWT, and what {@link verifyCredential} throws for bad options.
 * @example
 * ```ts
 * const result = await verifyCredentialDocument(await readFile('getuigschrift.pdf'), { trustedIssuers: [trusted], statusLists: [listJwt] })
 * describeVerification(result) //=> 'Verified: "Fietsherstel" issued by Stichting Pluspunt (…), valid from 2026-03-01.'
 * ```
 */
export async function verifyCredentialDocument(
  document: Uint8Array,
  options: VerifyCredentialDocumentOptions,
): Promise<DocumentVerificationResult> {
  const bytes = Buffer.from(document.buffer, document.byteOffset, document.byteLength)
  const jwt = bytes.subarray(0, 5).toString('latin1') === '%PDF-' ? readEmbeddedCredential(bytes) : bytes.toString('utf8').trim()
  if (!jwt) return { verified: false, code: 'no-credential', message: 'This PDF carries no embedded credential.' }
  const lists = new Map<string, string>()
  ;(options.statusLists ?? []).forEach((list, index) => {
    let id: unknown
    try {
      id = decodeJwt(list.trim()).id // only to index it; verifyCredential checks its signature
    } catch (error) {
      throw new CredentialError('invalid-status-list', `Status list ${index} is not a VC-JWT.`, `/statusLists/${index}`, { cause: error })
    }
    if (typeof id === 'string') lists.set(id, list.trim())
  })
  return verifyCredential(jwt, {
    trustedIssuers: options.trustedIssuers,
    statusList: (url) => lists.get(url),
    ...(options.at !== undefined ? { at: options.at } : {}),
  })
}

/**
 * One line for people about a verification: `Verified: "<achievement>" issued by <issuer> (<id>),
 * valid from <date>.` or `Not verified (<code>): <reason>`. No personal data: the recipient is
 * only a hash in the credential.
 *
 * @example
 * ```ts
 * describeVerification({ verified: false, code: 'no-credential', message: 'This PDF carries no embedded credential.' })
 * //=> 'Not verified (no-credential): This PDF carries no embedded credential.'
 * ```
 */
export function describeVerification(result: DocumentVerificationResult): string {
  if (!result.verified) return `Not verified (${result.code}): ${result.message}`
  const { credential } = result
  return `Verified: "${credential.credentialSubject.achievement.name}" issued by ${credential.issuer.name} (${credential.issuer.id}), valid from ${credential.validFrom.slice(0, 10)}.`
}
