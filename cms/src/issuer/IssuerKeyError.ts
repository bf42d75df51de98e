/** Stable codes of {@link IssuerKeyError}. */
export type IssuerKeyErrorCode = 'no-key-encryption-key' | 'invalid-key-encryption-key' | 'undecryptable-key' | 'no-issuer-key'

/** Something is wrong with a centre's issuer keys or the key that encrypts them. Never carries key material. */
export class IssuerKeyError extends Error {
  constructor(
    readonly code: IssuerKeyErrorCode,
    message: string,
  ) {
    super(message)
    this.name = new.target.name
  }
}
