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
