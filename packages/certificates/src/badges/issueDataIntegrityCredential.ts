import { CredentialError } from '../errors/CredentialError.js'
import { signDataIntegrity } from '../internal/dataIntegrity.js'
import { buildOpenBadgeCredential } from './buildOpenBadgeCredential.js'
import { assertEd25519PrivateJwk, type DataIntegritySigningKey } from './keys.js'
import type { SignedOpenBadgeCredential } from './OpenBadgeCredential.js'
import type { OpenBadgeInput } from './OpenBadgeInput.js'

/**
 * What {@link issueDataIntegrityCredential} returns.
 *
 * @example
 * ```ts
 * const { credential, salt }: IssuedDataIntegrityCredential = await issueDataIntegrityCredential(badgeInput, key)
 * await store.save({ credentialId: credential.id, credential: JSON.stringify(credential), salt })
 * ```
 */
export interface IssuedDataIntegrityCredential {
  /** The signed credential (JSON): give this to the participant's wallet, serve it, embed it in the PDF. */
  readonly credential: SignedOpenBadgeCredential
  /** The salt of the recipient hash; keep it with the award. */
  readonly salt: string
}

/** Checks that the key is an Ed25519 private JWK whose DID URL belongs to the issuer. */
export function assertDataIntegrityKey(key: DataIntegritySigningKey, issuerId: string, path = '/key'): void {
  if (typeof key !== 'object' || key === null) throw new CredentialError('invalid-signing-key', 'Give the key as { privateJwk, verificationMethod }.', path)
  assertEd25519PrivateJwk(key.privateJwk, `${path}/privateJwk`)
  if (typeof key.verificationMethod !== 'string' || !key.verificationMethod.startsWith(`${issuerId}#`) || key.verificationMethod.length === issuerId.length + 1) {
    throw new CredentialError(
      'verification-method-mismatch',
      `The verification method must be a key of the issuer, "${issuerId}#<key id>" as in its DID document (got ${JSON.stringify(String(key.verificationMethod).slice(0, 120))}).`,
      `${path}/verificationMethod`,
    )
  }
}

/**
 * Issues an Open Badges 3.0 `OpenBadgeCredential` with an embedded Data Integrity proof
 * (`eddsa-rdfc-2022`, Ed25519), the form W3C-stack wallets such as the Learner Credential Wallet
 * and `@digitalcredentials/verifier-core` verify. The issuer is a DID (the centre's `did:web`), and
 * `key.verificationMethod` is the key's DID URL in its DID document ({@link buildDidDocument}). The
 * proof is dated `validFrom`; all JSON-LD contexts are bundled, so issuing never touches the network.
 * The result passes 1EdTech's OB 3.0 JSON Schema: input it would refuse is refused here first.
 *
 * @throws {@link CertificateInputError} listing every invalid field, e.g. `invalid-achievement-type`,
 *   `weak-recipient-identifier`, `text-too-long`, `invalid-issuer-did`.
 * @throws {@link CredentialError} `invalid-signing-key` (not an Ed25519 private JWK) or
 *   `verification-method-mismatch` (the key's DID URL is not the issuer's).
 * @example
 * ```ts
 * const keys = await generateIssuerKeyPair() // Ed25519
 * const did = didWebFromUrl('https://pluspunt.example/centres/rotterdam')
 * const { credential } = await issueDataIntegrityCredential({
 *   issuer: { id: did, name: 'Stichting Pluspunt' },
 *   recipient: { identityType: 'emailAddress', identifier: 'zoe@example.org' },
 *   achievement: {
 *     id: 'https://pluspunt.example/achievements/fietsherstel', name: 'Fietsherstel', achievementType: 'ext:Getuigschrift',
 *     description: 'Repairs bicycles in the neighbourhood workshop.', criteria: 'Shown in practice for 3 months.',
 *   },
 *   validFrom: '2026-03-03',
 *   status: { statusListCredential: 'https://pluspunt.example/status/rotterdam', statusListIndex: 42 },
 * }, { privateJwk: keys.privateJwk, verificationMethod: `${did}#key-1` })
 * credential.proof[0].cryptosuite //=> 'eddsa-rdfc-2022'
 * ```
 */
export async function issueDataIntegrityCredential(input: OpenBadgeInput, key: DataIntegritySigningKey): Promise<IssuedDataIntegrityCredential> {
  const { credential, salt } = buildOpenBadgeCredential(input)
  assertDataIntegrityKey(key, credential.issuer.id)
  const signed = await signDataIntegrity(credential, {
    privateJwk: key.privateJwk,
    verificationMethod: key.verificationMethod,
    controller: credential.issuer.id,
    created: credential.validFrom,
  })
  return { credential: signed as unknown as SignedOpenBadgeCredential, salt }
}
