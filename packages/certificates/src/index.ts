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
export type { Branding, CentreInfo, DocumentLocale, HexColor, Period, Signatory } from './layout/CentreInfo.js'
export type {
  CertificaatInput, CertificateInput, CertificateInputBase, CertificateKind, GetuigschriftInput,
  PraktijkverklaringInput, QualificationArea, WorkProcess,
} from './layout/CertificateInput.js'
export type { AgendaActivity, AgendaActivityKind, AgendaDay, WorkAgendaInput } from './layout/WorkAgendaInput.js'
export type { GoalStatus, ProgressReportInput } from './layout/ProgressReportInput.js'
export type {
  Attachment, CircleItem, DocumentLayout, ImageItem, LayoutColor, LayoutItem, PolylineItem, QrItem, RectItem, TextItem,
} from './layout/DocumentLayout.js'
export { issueCredential } from './badges/issueCredential.js'
export { verifyCredential } from './badges/verifyCredential.js'
export { createStatusList, revoke, isRevoked, issueStatusListCredential, MIN_STATUS_LIST_LENGTH } from './badges/statusList.js'
export { generateIssuerKeyPair } from './badges/keys.js'
export { hashRecipient } from './badges/hashRecipient.js'
export type { AlignmentInput, IssueCredentialOptions, IssuedCredential } from './badges/issueCredential.js'
export type { TrustedIssuer, VerificationFailureCode, VerificationResult, VerifyCredentialOptions } from './badges/verifyCredential.js'
export type { Revocation, StatusList } from './badges/statusList.js'
export type { Ed25519Jwk, IssuerKeyPair } from './badges/keys.js'
export type {
  Achievement, Alignment, BitstringStatusListEntry, Evidence, IdentityObject, IssuerProfile, OpenBadgeCredential,
} from './badges/OpenBadgeCredential.js'
export { OPEN_BADGE_CONTEXT } from './badges/OpenBadgeCredential.js'
export { readEmbeddedCredential } from './pdf/readEmbeddedCredential.js'
export { runCertificatesCli } from './cli/runCertificatesCli.js'
export type { CliIo } from './cli/runCertificatesCli.js'
