// The public verification page: the state in words and colour, the printed facts, and a form to
// check an uploaded file. Plain server-rendered HTML: it works without JavaScript.
import React from 'react'
import type { VerificationState, VerificationView } from './checkCredential'
import { formatDate, VERIFY_TEXTS, type VerifyLanguage } from './verifyTexts'

const COLOURS: Record<VerificationState, string> = {
  valid: '#1b7f3b',
  revoked: '#b3261e',
  expired: '#9a5b00',
  'not-yet-valid': '#9a5b00',
  invalid: '#b3261e',
  unknown: '#5f6368',
}

export interface VerifyPageProps {
  language: VerifyLanguage
  view?: VerificationView
  file?: { outcome: VerificationState; code?: string }
  /** The address of this page, for the language switch. */
  path: string
}

export function VerifyPage({ language, view, file, path }: VerifyPageProps): React.ReactElement {
  const t = VERIFY_TEXTS[language]
  const other: VerifyLanguage = language === 'nl' ? 'en' : 'nl'
  const rows: [string, string | undefined][] = view
    ? [
        [t.achievement, view.achievement ? `${view.achievement}${view.kind && t.kind[view.kind] ? ` (${t.kind[view.kind]})` : ''}` : undefined],
        [t.name, view.name],
        [t.centre, view.centre],
        [t.issuedOn, formatDate(view.issuedOn)],
        [t.revokedOn, view.revokedOn ? formatDate(view.revokedOn) : undefined],
        [t.validUntil, view.validUntil ? formatDate(view.validUntil) : undefined],
      ]
    : []
  return (
    <main lang={language} style={{ maxWidth: 680, margin: '0 auto', padding: '32px 20px' }}>
      <p style={{ textAlign: 'right', margin: 0 }}>
        <a href={`${path}?lang=${other}`} hrefLang={other} lang={other}>{t.other}</a>
      </p>
      <h1 style={{ fontSize: 28, marginTop: 8 }}>{t.title}</h1>
      <p>{t.intro}</p>
      {file && (
        <p data-testid="file-outcome" role="status" style={{ padding: 12, borderRadius: 6, background: '#fff', borderLeft: `6px solid ${COLOURS[file.outcome]}` }}>
          {t.file[file.outcome]}
        </p>
      )}
      {view && (
        <section aria-labelledby="state" style={{ background: '#fff', borderRadius: 8, padding: 24, borderTop: `8px solid ${COLOURS[view.state]}`, boxShadow: '0 1px 3px rgba(0,0,0,.12)' }}>
          <h2 id="state" data-testid="verify-state" data-state={view.state} style={{ color: COLOURS[view.state], marginTop: 0, fontSize: 32 }}>
            {t.state[view.state]}
          </h2>
          <p>{t.explain[view.state]}</p>
          {rows.some(([, value]) => value) && (
            <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '8px 20px', margin: 0 }}>
              {rows
                .filter(([, value]) => value)
                .map(([label, value]) => (
                  <React.Fragment key={label}>
                    <dt style={{ fontWeight: 600 }}>{label}</dt>
                    <dd style={{ margin: 0 }}>{value}</dd>
                  </React.Fragment>
                ))}
            </dl>
          )}
        </section>
      )}
      <section aria-labelledby="upload" style={{ marginTop: 32 }}>
        <h2 id="upload" style={{ fontSize: 20 }}>{t.upload}</h2>
        <p>{t.uploadHelp}</p>
        <form method="post" action="/verify/check" encType="multipart/form-data">
          <input type="hidden" name="lang" value={language} />
          <input type="file" name="file" accept=".pdf,.jwt,.json,application/pdf" required aria-label={t.upload} />{' '}
          <button type="submit" style={{ padding: '6px 16px' }}>{t.uploadButton}</button>
        </form>
      </section>
      <p style={{ marginTop: 40, color: '#5f6368', fontSize: 14 }}>{t.privacy}</p>
    </main>
  )
}
