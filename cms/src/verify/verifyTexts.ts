// The verification page's texts, Dutch (default) and English.
import type { VerificationState } from './checkCredential'

export type VerifyLanguage = 'nl' | 'en'

export const VERIFY_TEXTS = {
  nl: {
    title: 'Certificaat controleren',
    intro: 'Hier controleert u of een certificaat van een leerwerkcentrum echt is en nog geldig.',
    state: {
      valid: 'Geldig',
      revoked: 'Ingetrokken',
      expired: 'Verlopen',
      'not-yet-valid': 'Nog niet geldig',
      invalid: 'Niet geldig',
      unknown: 'Onbekend',
    } satisfies Record<VerificationState, string>,
    explain: {
      valid: 'Dit certificaat is uitgegeven door het centrum hieronder, is ondertekend en niet ingetrokken.',
      revoked: 'Het centrum heeft dit certificaat ingetrokken. Het is niet meer geldig.',
      expired: 'De geldigheid van dit certificaat is verlopen.',
      'not-yet-valid': 'Dit certificaat is nog niet geldig.',
      invalid: 'De handtekening of de gegevens van dit certificaat kloppen niet.',
      unknown: 'Dit certificaat is bij ons niet bekend. Controleer het adres of upload het bestand.',
    } satisfies Record<VerificationState, string>,
    achievement: 'Prestatie',
    centre: 'Uitgegeven door',
    issuedOn: 'Datum van uitgifte',
    name: 'Naam op het certificaat',
    revokedOn: 'Ingetrokken op',
    validUntil: 'Geldig tot',
    kind: { getuigschrift: 'Getuigschrift', certificaat: 'Certificaat', praktijkverklaring: 'Praktijkverklaring' } as Record<string, string>,
    upload: 'Controleer een bestand',
    uploadHelp: 'Upload de PDF van het certificaat of het credential-bestand (.jwt of .json). Het bestand wordt alleen gecontroleerd, niet bewaard.',
    uploadButton: 'Controleren',
    file: {
      valid: 'Het geüploade bestand is echt: de handtekening klopt.',
      revoked: 'Het geüploade bestand is echt, maar ingetrokken.',
      expired: 'Het geüploade bestand is echt, maar verlopen.',
      'not-yet-valid': 'Het geüploade bestand is echt, maar nog niet geldig.',
      invalid: 'Het geüploade bestand is niet geldig: het is veranderd of niet door een bij ons bekend centrum ondertekend.',
      unknown: 'Het geüploade bestand bevat geen credential dat wij kunnen lezen.',
    } satisfies Record<VerificationState, string>,
    privacy: 'Deze pagina toont alleen wat op het certificaat staat.',
    other: 'English',
  },
  en: {
    title: 'Verify a certificate',
    intro: 'Check here whether a certificate from a learn-work centre is genuine and still valid.',
    state: {
      valid: 'Valid',
      revoked: 'Revoked',
      expired: 'Expired',
      'not-yet-valid': 'Not yet valid',
      invalid: 'Not valid',
      unknown: 'Unknown',
    } satisfies Record<VerificationState, string>,
    explain: {
      valid: 'This certificate was issued by the centre below, is signed and has not been revoked.',
      revoked: 'The centre has revoked this certificate. It is no longer valid.',
      expired: 'This certificate has expired.',
      'not-yet-valid': 'This certificate is not valid yet.',
      invalid: 'The signature or the data of this certificate do not match.',
      unknown: 'We do not know this certificate. Check the address or upload the file.',
    } satisfies Record<VerificationState, string>,
    achievement: 'Achievement',
    centre: 'Issued by',
    issuedOn: 'Date of issue',
    name: 'Name on the certificate',
    revokedOn: 'Revoked on',
    validUntil: 'Valid until',
    kind: { getuigschrift: 'Testimonial (getuigschrift)', certificaat: 'Certificate (certificaat)', praktijkverklaring: 'Practice statement (praktijkverklaring)' } as Record<string, string>,
    upload: 'Check a file',
    uploadHelp: 'Upload the certificate PDF or the credential file (.jwt or .json). The file is only checked, not kept.',
    uploadButton: 'Check',
    file: {
      valid: 'The uploaded file is genuine: the signature matches.',
      revoked: 'The uploaded file is genuine, but revoked.',
      expired: 'The uploaded file is genuine, but expired.',
      'not-yet-valid': 'The uploaded file is genuine, but not valid yet.',
      invalid: 'The uploaded file is not valid: it was changed, or not signed by a centre we know.',
      unknown: 'The uploaded file holds no credential we can read.',
    } satisfies Record<VerificationState, string>,
    privacy: 'This page shows only what is printed on the certificate.',
    other: 'Nederlands',
  },
}

/** `?lang=` wins, else the browser's Accept-Language, else Dutch. */
export const verifyLanguageOf = (lang: string | undefined | null, acceptLanguage: string | null): VerifyLanguage => {
  if (lang === 'en' || lang === 'nl') return lang
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? ''
  return first.startsWith('en') ? 'en' : 'nl'
}

/** dd-MM-yyyy, as everywhere in Doorstart. */
export const formatDate = (isoDate: string | undefined): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate ?? '')
  return match ? `${match[3]}-${match[2]}-${match[1]}` : ''
}
