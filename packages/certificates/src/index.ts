// The public entry of @doorstart/certificates: re-exports only.
export { renderCertificate } from './pdf/renderCertificate.js'
export { renderWorkAgenda } from './pdf/renderWorkAgenda.js'
export { renderProgressReport } from './pdf/renderProgressReport.js'
export { renderPdf } from './pdf/renderPdf.js'
export { layoutCertificate } from './layout/layoutCertificate.js'
export { layoutWorkAgenda } from './layout/layoutWorkAgenda.js'
export { layoutProgressReport } from './layout/layoutProgressReport.js'
export { validateCertificateInput } from './layout/validateCertificateInput.js'
export { validateWorkAgendaInput } from './layout/validateWorkAgendaInput.js'
export { validateProgressReportInput } from './layout/validateProgressReportInput.js'
export { CertificateInputError } from './errors/CertificateInputError.js'
export { RenderError } from './errors/RenderError.js'
export { CredentialError } from './errors/CredentialError.js'
export type { CertificateErrorCode } from './errors/CertificateErrorCode.js'
export type { Branding, CentreInfo, DocumentLocale, HexColor, Period, Signatory } from './layout/CentreInfo.js'
export type {
  CertificaatInput, CertificateInput, CertificateInputBase, CertificateKind, GetuigschriftInput,
  PraktijkverklaringInput, QualificationArea, WorkProcess,
} from './layout/CertificateInput.js'
export type { AgendaActivity, AgendaActivityKind, AgendaDay, WorkAgendaInput } from './layout/WorkAgendaInput.js'
export type { GoalStatus, ProgressReportInput } from './layout/ProgressReportInput.js'
export type {
  Attachment, CircleItem, DocumentLayout, FigureItem, ImageItem, LayoutColor, LayoutItem, PolylineItem, QrItem, RectItem, TextItem,
} from './layout/DocumentLayout.js'
export { issueCredential } from './badges/issueCredential.js'
export { verifyCredential } from './badges/verifyCredential.js'
export { createProofCache } from './badges/createProofCache.js'
export type { ProofCache, ProofCacheOptions } from './badges/createProofCache.js'
export { issueDataIntegrityCredential } from './badges/issueDataIntegrityCredential.js'
export { issueJwtCredential } from './badges/issueJwtCredential.js'
export {
  createStatusList, revoke, isRevoked, issueStatusListCredential, issueDataIntegrityStatusListCredential, MIN_STATUS_LIST_LENGTH,
} from './badges/statusList.js'
export {
  verifyCredentialDocument, describeVerification, parseTrustedIssuers, type VerifyCredentialDocumentOptions, type DocumentVerificationResult,
} from './badges/verifyCredentialDocument.js'
export { generateIssuerKeyPair } from './badges/keys.js'
export { hashRecipient, normaliseEmailAddress, generateRecipientIdentifier } from './badges/hashRecipient.js'
export { buildDidDocument, didWebFromUrl, didWebDocumentUrl, trustedIssuerFromDidDocument } from './badges/did.js'
export { ACHIEVEMENT_TYPES, ALIGNMENT_TARGET_TYPES } from './badges/OpenBadgeInput.js'
export { MAX_ACHIEVEMENT_NAME } from './badges/buildOpenBadgeCredential.js'
export type { AlignmentInput, IssueCredentialOptions, IssuedCredential } from './badges/issueCredential.js'
export type { IssuedDataIntegrityCredential } from './badges/issueDataIntegrityCredential.js'
export type { IssuedJwtCredential } from './badges/issueJwtCredential.js'
export type {
  AchievementType, AlignmentTargetType, ExtensionTerm, ImageInput, OpenBadgeAlignmentInput, OpenBadgeInput, RecipientInput,
} from './badges/OpenBadgeInput.js'
export type {
  CredentialFormat, TrustedIssuer, VerificationFailureCode, VerificationResult, VerifyCredentialOptions,
} from './badges/verifyCredential.js'
export type { Revocation, StatusList, StatusListCredential } from './badges/statusList.js'
export type {
  DataIntegritySigningKey, Ed25519Jwk, GenerateIssuerKeyPairOptions, IssuerJwk, IssuerKeyAlgorithm, IssuerKeyPair, JwtSigningKey,
} from './badges/keys.js'
export type {
  BuildDidDocumentOptions, DidDocument, DidVerificationMethod, JsonWebKeyVerificationMethod, MultikeyVerificationMethod,
} from './badges/did.js'
export type {
  Achievement, Alignment, BitstringStatusListEntry, DataIntegrityProof, Evidence, IdentityObject, Image, IssuerProfile,
  OpenBadgeCredential, SignedOpenBadgeCredential,
} from './badges/OpenBadgeCredential.js'
export { OPEN_BADGE_CONTEXT } from './badges/OpenBadgeCredential.js'
export { readEmbeddedCredential } from './pdf/readEmbeddedCredential.js'
export { runCertificatesCli } from './compat/runCertificatesCli.js'
export type { CliIo } from './compat/runCertificatesCli.js'
