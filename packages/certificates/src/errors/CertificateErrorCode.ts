// Error codes are public: once released, a code never changes (STYLE.md). docs/errors.md lists
// them all, and test/docs/errorCodes.test.ts holds this file, the code and the docs together.

/**
 * Every `code` that `@doorstart/certificates` throws, in a {@link CertificateInputError} (and each
 * of its `issues`), a {@link RenderError} or a {@link CredentialError}. docs/errors.md says when
 * each is thrown. A failed verification is not an error: its `code` is a
 * {@link VerificationFailureCode} of the result.
 *
 * @example
 * ```ts
 * const isAboutTheKey = (code: CertificateErrorCode): boolean =>
 *   code === 'invalid-signing-key' || code === 'invalid-public-key'
 * ```
 */
export type CertificateErrorCode =
  // Input of the renderers and of issueCredential (issues of a CertificateInputError)
  | 'missing-property'
  | 'unknown-property'
  | 'expected-object'
  | 'expected-array'
  | 'expected-string'
  | 'empty-text'
  | 'text-too-long'
  | 'control-character'
  | 'invalid-number'
  | 'list-length'
  | 'unknown-value'
  | 'invalid-url'
  | 'invalid-date'
  | 'invalid-time'
  | 'invalid-phone'
  | 'invalid-color'
  | 'invalid-logo'
  | 'logo-too-large'
  | 'period-ends-before-start'
  | 'invalid-crebo'
  | 'invalid-work-process-code'
  | 'issued-before-period'
  | 'invalid-credential'
  | 'ends-before-start'
  | 'week-not-monday'
  | 'day-outside-week'
  | 'days-out-of-order'
  | 'duplicate-rung-id'
  | 'unknown-rung'
  | 'history-out-of-order'
  | 'outside-period'
  // Open Badges input (issues of a CertificateInputError)
  | 'invalid-issuer-did'
  | 'invalid-image'
  | 'image-too-large'
  | 'invalid-email'
  | 'weak-recipient-identifier'
  | 'invalid-salt'
  | 'invalid-achievement-type'
  | 'invalid-target-type'
  | 'valid-until-before-valid-from'
  // Rendering (RenderError)
  | 'text-does-not-fit'
  | 'unsupported-character'
  | 'render-failed'
  // Keys, DIDs, issuing and status lists (CredentialError)
  | 'invalid-signing-key'
  | 'invalid-public-key'
  | 'unsupported-algorithm'
  | 'invalid-kid'
  | 'verification-method-mismatch'
  | 'invalid-did'
  | 'invalid-did-web-url'
  | 'invalid-did-document'
  | 'invalid-key-id'
  | 'duplicate-key-id'
  | 'private-key-in-did-document'
  | 'invalid-status-list-length'
  | 'index-out-of-range'
  | 'missing-reason'
  | 'already-revoked'
  | 'invalid-trust-file'
  | 'invalid-status-list'
  // runCertificatesCli, kept for compatibility (its usage errors)
  | 'unknown-command'
  | 'missing-option'
  | 'missing-option-value'
  | 'missing-file'
  | 'invalid-json'
  | 'unknown-document'

// Adds these codes to ErrorCode in @doorstart/ladder, where DoorstartError lives.
declare module '@doorstart/ladder' {
  interface DoorstartErrorCodes {
    readonly certificates: CertificateErrorCode
  }
}
