import { DoorstartError } from '@doorstart/ladder'
import type { CertificateErrorCode } from './CertificateErrorCode.js'

/**
 * Thrown by a renderer when a valid input still cannot be drawn as promised, for example text
 * that does not fit its box even at the smallest allowed size. The renderer never lets text
 * overflow or disappear silently; `path` points at the input field that caused it.
 *
 * @example
 * ```ts
 * try {
 *   await renderCertificate(input)
 * } catch (error) {
 *   if (error instanceof RenderError) console.error(error.code, error.path) // 'text-does-not-fit' '/achievement/description'
 * }
 * ```
 */
export class RenderError extends DoorstartError<CertificateErrorCode> {}
