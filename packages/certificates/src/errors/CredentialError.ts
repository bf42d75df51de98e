import { DoorstartError } from '@doorstart/ladder'
import type { CertificateErrorCode } from './CertificateErrorCode.js'

/**
 * Thrown when a credential cannot be issued or a status list cannot be changed: a key that is not
 * an Ed25519 private JWK, an index outside the status list, and the like. Verification never
 * throws this for a bad credential; it returns `{ verified: false, reason }` instead.
 *
 * @example
 * ```ts
 * try {
 *   await issueCredential({ ...options, signingKey: { kty: 'RSA' } as never })
 * } catch (error) {
 *   if (error instanceof CredentialError) error.code //=> 'invalid-signing-key'
 * }
 * ```
 */
export class CredentialError extends DoorstartError<CertificateErrorCode> {}
