// Shared shapes of the coach's-day screens: plain JSON, so a server component can hand them to a
// client component as they are. Dates are `YYYY-MM-DD` days (Europe/Amsterdam); the UI formats
// them dd-MM-yyyy. Texts come as `{ nl, en }`: the UI picks the user's language.

export type Id = number | string

/** A text in both languages. */
export interface Text {
  nl: string
  en: string
}

/** What the UI shows of a participant: the pseudonymous code, and the coach's name for them if the user may see it. */
export interface ParticipantRef {
  id: Id
  code: string
  /** Only for centre staff (never for work supervisors); `null` when not recorded. */
  displayName: string | null
}

/** A user shown by name (falls back to the e-mail address's part before the @ when no name is set). */
export interface UserRef {
  id: Id
  name: string
}

/** Three-valued outcome, as in `@doorstart/ladder`: unknown is "bewijs ontbreekt", never failed. */
export type Outcome = 'met' | 'not-met' | 'unknown'
