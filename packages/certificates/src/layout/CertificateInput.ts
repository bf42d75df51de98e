import type { SignedOpenBadgeCredential } from '../badges/OpenBadgeCredential.js'
import type { CentreInfo, DocumentLocale, Period, Signatory } from './CentreInfo.js'

/** The three printable credential kinds. */
export type CertificateKind = 'getuigschrift' | 'praktijkverklaring' | 'certificaat'

/**
 * What every certificate kind prints. There is deliberately no place for special-category or
 * restricted data (health, debts, benefit or residence status, ladder scores): unknown properties
 * are rejected by validation.
 */
export interface CertificateInputBase {
  readonly kind: CertificateKind
  readonly locale: DocumentLocale
  /** The participant as they want to be named on paper; any script, including right-to-left. */
  readonly recipient: { readonly name: string }
  readonly centre: CentreInfo
  readonly achievement: {
    /** E.g. `Fietsherstel` / `Bicycle repair`. */
    readonly title: string
    readonly description?: string
    /** What the participant showed in practice, one sentence each (1–10). */
    readonly competences: readonly string[]
  }
  /** Date of issue (YYYY-MM-DD); also the PDF's creation date, so output is reproducible. */
  readonly issuedOn: string
  /** Where anyone can check the digital twin; printed and encoded in the QR code. */
  readonly verifyUrl: string
  /** The centre's own reference, e.g. `LPC-2026-0042`. */
  readonly certificateNumber?: string
  /** Up to three people who sign (name and role), printed with a signature line each. */
  readonly signatories?: readonly Signatory[]
  /**
   * The signed credential to embed in the PDF, so the printed certificate and its digital twin stay
   * together: a JWT (`issueJwtCredential`, `issueCredential`) is attached as `credential.jwt`, a
   * Data Integrity credential (`issueDataIntegrityCredential`, object) as `credential.json`. A PDF/A-3
   * associated file with relationship `Data`.
   */
  readonly credential?: string | SignedOpenBadgeCredential
}

/** *Getuigschrift*: the centre's testimonial of workshop competences shown in practice. */
export interface GetuigschriftInput extends CertificateInputBase {
  readonly kind: 'getuigschrift'
  /** Where the competences were shown, e.g. `Fietsenwerkplaats Pluspunt`. */
  readonly workplace?: string
  readonly period?: Period
}

/** One SBB work process, e.g. `{ code: 'B1-K1-W2', title: 'Voert onderhoud uit' }`. */
export interface WorkProcess {
  readonly code: string
  readonly title: string
}

/** *Praktijkverklaring*: the SBB practice statement. Recognised nationally; not a diploma. */
export interface PraktijkverklaringInput extends CertificateInputBase {
  readonly kind: 'praktijkverklaring'
  /** The SBB-recognised training company (*erkend leerbedrijf*). */
  readonly company: { readonly name: string; readonly recognitionNumber?: string }
  /** The *praktijkopleider*. */
  readonly practiceTrainer: { readonly name: string }
  /** The mbo qualification and its five-digit crebo code. */
  readonly qualification: { readonly title: string; readonly crebo: string }
  readonly workProcesses: readonly WorkProcess[]
  readonly period: Period
  /** The work the statement rests on, one item each (1–6). */
  readonly evidence: readonly string[]
  /** Required here: the practice trainer signs, and usually the candidate and the centre. */
  readonly signatories: readonly Signatory[]
}

/** The three areas of a *doorstartkwalificatie* (restart qualification). */
export type QualificationArea = 'social' | 'educational' | 'work'

/** *Certificaat*: proof of a defined part, here a doorstart qualification. */
export interface CertificaatInput extends CertificateInputBase {
  readonly kind: 'certificaat'
  readonly qualification: { readonly title: string; readonly area: QualificationArea }
  /** Hours of practice the certificate rests on, if the centre records them. */
  readonly hours?: number
}

/**
 * Input of {@link renderCertificate}: one of the three kinds, told apart by `kind`.
 *
 * @example
 * ```ts
 * const input: CertificateInput = {
 *   kind: 'certificaat', locale: 'en',
 *   recipient: { name: 'محمد العلي' },
 *   centre: { name: 'De Verbindingskamer', location: 'Rotterdam', branding: { primaryColor: '#0b5394' } },
 *   achievement: { title: 'Hospitality in the neighbourhood café', competences: ['Welcomes guests'] },
 *   qualification: { title: 'Working hospitably', area: 'work' },
 *   issuedOn: '2026-06-01',
 *   verifyUrl: 'https://verbindingskamer.example/verify/c9f0f895',
 * }
 * ```
 */
export type CertificateInput = GetuigschriftInput | PraktijkverklaringInput | CertificaatInput
