import { APIError } from 'payload'

/** Stable codes of the coach's-day server functions. */
export type CoachDataErrorCode =
  | 'participant-not-found'
  | 'trajectory-not-found'
  | 'ladder-not-found'
  | 'assessment-not-found'
  | 'invalid-date'
  | 'invalid-week'
  | 'not-allowed'
  | 'void-reason-required'
  | 'already-voided'

/**
 * An error of the coach's day (loading a screen, voiding, the week plan) with a stable `code`,
 * an HTTP status and a Dutch message (English when the request asks for it). Messages never
 * repeat personal data.
 */
export class CoachDataError extends APIError {
  readonly code: CoachDataErrorCode

  constructor(code: CoachDataErrorCode, message: { nl: string; en: string }, status: number, language: string = 'nl') {
    super(`${language === 'en' ? message.en : message.nl} (${code})`, status, { code }, true)
    this.code = code
  }
}
