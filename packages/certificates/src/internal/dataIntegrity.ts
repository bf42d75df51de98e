// Data Integrity proofs (`eddsa-rdfc-2022`) through the Digital Credentials Consortium's packages,
// the stack behind the Learner Credential Wallet and its verifier. Every JSON-LD context comes from
// the bundled security document loader, and DIDs resolve only to keys the caller passed in:
// signing and verifying never touch the network.
import { DataIntegrityProof } from '@digitalcredentials/data-integrity'
import { cryptosuite } from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite'
import * as Ed25519Multikey from '@digitalcredentials/ed25519-multikey'
import { securityLoader } from '@digitalcredentials/security-document-loader'
import * as vc from '@digitalcredentials/vc'
import type { JWK } from 'jose'

type LoadedDocument = { readonly document: unknown; readonly documentUrl: string; readonly contextUrl: string | null }
type DocumentLoader = (url: string) => Promise<LoadedDocument>

let bundled: DocumentLoader | undefined
// Built lazily: the loader indexes a few hundred kilobytes of contexts.
const contexts = (): DocumentLoader => (bundled ??= securityLoader({ fetchRemoteContexts: false }).build())

/** Thrown inside the loader for anything not bundled and not a trusted key, so nothing is fetched. */
export class OfflineDocumentError extends Error {}

/** A public Ed25519 key a verifier may use, by its DID URL. */
export interface TrustedMultikey {
  readonly controller: string
  readonly id: string
  readonly publicKeyMultibase: string
}

function loaderFor(keys: readonly TrustedMultikey[]): DocumentLoader {
  return async (url) => {
    const [base = '', fragment] = url.split('#')
    const owned = keys.filter((key) => key.controller === base)
    if (owned.length > 0) {
      const methods = owned.map((key) => ({ id: key.id, type: 'Multikey', controller: key.controller, publicKeyMultibase: key.publicKeyMultibase }))
      const method = fragment === undefined ? undefined : methods.find((candidate) => candidate.id === url)
      if (fragment !== undefined && !method) throw new OfflineDocumentError(`No trusted key ${url}.`)
      const document = method
        ? { '@context': 'https://w3id.org/security/multikey/v1', ...method }
        : { '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'], id: base, verificationMethod: methods, assertionMethod: methods.map((m) => m.id) }
      return { contextUrl: null, documentUrl: url, document }
    }
    try {
      return await contexts()(url)
    } catch {
      throw new OfflineDocumentError(`${url} is not a bundled context or a trusted key; nothing is fetched.`)
    }
  }
}

/**
 * Adds an `eddsa-rdfc-2022` proof made with `privateJwk` (Ed25519), dated `created`, and returns
 * the signed copy with `proof` as a list of one.
 */
export async function signDataIntegrity(
  credential: object,
  options: { readonly privateJwk: JWK; readonly verificationMethod: string; readonly controller: string; readonly created: string },
): Promise<Record<string, unknown>> {
  const { kty, crv, x, d } = options.privateJwk
  const keyPair = await Ed25519Multikey.fromJwk({ jwk: { kty, crv, x, d }, secretKey: true, id: options.verificationMethod, controller: options.controller })
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite, date: options.created })
  // vc.issue adds `proof` to the object it is given: sign a copy.
  const signed = await vc.issue({ credential: structuredClone(credential), suite, documentLoader: loaderFor([]) })
  const proof = signed.proof
  return { ...signed, proof: Array.isArray(proof) ? proof : [proof] }
}

export type DataIntegrityCheck =
  | { readonly valid: true }
  | { readonly valid: false; readonly reason: 'bad-signature' | 'unknown-key' | 'malformed'; readonly message: string }

const verifier = (): unknown => new DataIntegrityProof({ cryptosuite })

/** Checks the Data Integrity proof of `credential` against `keys` only (signature and proof purpose). */
export async function verifyDataIntegrity(credential: object, keys: readonly TrustedMultikey[]): Promise<DataIntegrityCheck> {
  let result: Awaited<ReturnType<typeof vc.verifyCredential>>
  try {
    result = await vc.verifyCredential({
      credential,
      suite: verifier(),
      documentLoader: loaderFor(keys),
      // The caller checks status and dates itself, with its own clock and status lists.
      checkStatus: async () => ({ verified: true }),
      now: typeof (credential as { validFrom?: unknown }).validFrom === 'string' ? (credential as { validFrom: string }).validFrom : undefined,
    })
  } catch (error) {
    return { valid: false, reason: 'malformed', message: `The credential cannot be checked as a Data Integrity credential: ${error instanceof Error ? error.message : String(error)}` }
  }
  if (result.verified) return { valid: true }
  const errors = result.error?.errors ?? (result.error ? [result.error] : [])
  if (errors.some((error) => /OfflineDocumentError|No trusted key|not a bundled context/.test(`${error.name ?? ''} ${error.message ?? ''}`))) {
    return { valid: false, reason: 'unknown-key', message: 'The proof is made with a key that is not one of a trusted issuer, or refers to a context that is not bundled.' }
  }
  if (errors.some((error) => /jsonld|safe mode|Invalid JSON-LD|undefined term/i.test(`${error.name ?? ''} ${error.message ?? ''}`))) {
    return { valid: false, reason: 'malformed', message: `The credential is not valid JSON-LD: ${errors[0]?.message ?? ''}` }
  }
  return { valid: false, reason: 'bad-signature', message: 'The signature does not match: the credential was changed after signing, or signed with another key.' }
}
