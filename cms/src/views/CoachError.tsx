// When a screen cannot be loaded (a participant the user may not see, a ladder that is gone), say
// so in the user's language with a way back, instead of Next.js's error page.
import React from 'react'
import { coachText, type Language } from '../i18n/coachText'
import './coach.css'

export const CoachError: React.FC<{ error: unknown; language: Language; backUrl: string; backLabel: string }> = ({ error, language, backUrl, backLabel }) => {
  const message = error instanceof Error && error.message ? error.message.replace(/\s*\([a-z-]+\)$/, '') : coachText(language).networkError
  return (
    <div className="coach gutter--left gutter--right">
      <p className="coach__errors" role="alert">
        {message}
      </p>
      <a className="coach__button coach__button--secondary" href={backUrl}>
        {backLabel}
      </a>
    </div>
  )
}
