import type { CertificateInput } from '../layout/CertificateInput.js'
import { layoutCertificate } from '../layout/layoutCertificate.js'
import { validateCertificateInput } from '../layout/validateCertificateInput.js'
import { renderPdf } from './renderPdf.js'

/**
 * Renders a getuigschrift, praktijkverklaring or certificaat as an A4 PDF, in Dutch or English.
 * The input is validated first; the same input always gives the same bytes (the PDF's creation
 * date is `issuedOn`). Pass `credential` to embed the signed Open Badge as `credential.jwt`.
 *
 * @throws {@link CertificateInputError} listing every invalid field (code + JSON Pointer).
 * @throws {@link RenderError} `text-does-not-fit` if a text cannot fit even at its smallest size,
 *   `unsupported-character` for a character DejaVu Sans cannot print (e.g. Chinese, emoji).
 * @example
 * ```ts
 * const pdf: Uint8Array = await renderCertificate({
 *   kind: 'getuigschrift', locale: 'nl',
 *   recipient: { name: 'Zoë Çelik' },
 *   centre: { name: 'Pluspunt', location: 'Rotterdam' },
 *   achievement: { title: 'Fietsherstel', competences: ['Plakt een band veilig en netjes'] },
 *   issuedOn: '2026-03-03',
 *   verifyUrl: 'https://pluspunt.example/verify/8f14e45f',
 * })
 * await writeFile('getuigschrift.pdf', pdf)
 * ```
 */
export async function renderCertificate(input: CertificateInput): Promise<Uint8Array> {
  return renderPdf(layoutCertificate(validateCertificateInput(input)))
}
