'use client'
// The actions on a certificate in the admin: approve (four eyes), download, share, revoke.
// Every decision is the server's (the endpoints refuse what the user may not do); this only asks.
import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

const TEXT = {
  nl: {
    heading: 'Uitgifte',
    status: { proposed: 'Voorgesteld: wacht op goedkeuring door een tweede persoon.', approved: 'Goedgekeurd: het certificaat wordt nu uitgegeven…', issued: 'Uitgegeven.', revoked: 'Ingetrokken.' },
    approve: 'Goedkeuren en uitgeven',
    pdf: 'PDF downloaden',
    credential: 'Credential (JSON)',
    jwt: 'Credential (JWT)',
    verify: 'Controlepagina',
    share: 'Deellink voor de deelnemer',
    revoke: 'Intrekken',
    reason: 'Reden van intrekking',
    saveFirst: 'Sla het voorstel eerst op.',
  },
  en: {
    heading: 'Issuance',
    status: { proposed: 'Proposed: waiting for approval by a second person.', approved: 'Approved: the certificate is being issued…', issued: 'Issued.', revoked: 'Revoked.' },
    approve: 'Approve and issue',
    pdf: 'Download PDF',
    credential: 'Credential (JSON)',
    jwt: 'Credential (JWT)',
    verify: 'Verification page',
    share: 'Share link for the participant',
    revoke: 'Revoke',
    reason: 'Reason for revocation',
    saveFirst: 'Save the proposal first.',
  },
}

type Status = keyof (typeof TEXT)['nl']['status']

export const AwardActions: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? TEXT.en : TEXT.nl
  const status = useFormFields(([fields]) => fields.status?.value as Status | undefined)
  const verifyUrl = useFormFields(([fields]) => fields.verifyUrl?.value as string | undefined)
  const shareToken = useFormFields(([fields]) => fields.shareToken?.value as string | undefined)
  const [message, setMessage] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  if (!id) return <p className="award-actions">{t.saveFirst}</p>
  const base = `/api/awards/${id}`

  const post = async (action: 'approve' | 'revoke', body?: unknown): Promise<void> => {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`${base}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      })
      const result = (await response.json().catch(() => ({}))) as { errors?: { message: string }[]; message?: string }
      if (!response.ok) {
        setMessage(result.errors?.map((error) => error.message).join(' ') ?? String(response.status))
        return
      }
      if (action === 'approve') {
        // Wait for the issuance job, then show the stored result.
        for (let attempt = 0; attempt < 60; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 500))
          const doc = (await (await fetch(`${base}?depth=0`, { credentials: 'include' })).json()) as { status?: string }
          if (doc.status === 'issued') break
        }
      }
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="award-actions" data-testid="award-actions" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16, marginBottom: 24 }}>
      <h3 style={{ marginTop: 0 }}>{t.heading}</h3>
      <p data-testid="award-status">{status ? t.status[status] : ''}</p>
      {status === 'proposed' && (
        <button type="button" className="btn btn--style-primary" disabled={busy} onClick={() => void post('approve')} data-testid="award-approve">
          {t.approve}
        </button>
      )}
      {(status === 'issued' || status === 'revoked') && (
        <p style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
          <a href={`${base}/pdf`} data-testid="award-pdf">{t.pdf}</a>
          <a href={`${base}/credential`}>{t.credential}</a>
          <a href={`${base}/credential?format=jwt`}>{t.jwt}</a>
          {verifyUrl && <a href={verifyUrl} target="_blank" rel="noreferrer" data-testid="award-verify">{t.verify}</a>}
        </p>
      )}
      {status === 'issued' && shareToken && (
        <p>
          {t.share}: <code data-testid="award-share">{`${window.location.origin}/api/awards/shared/${shareToken}`}</code>
        </p>
      )}
      {status === 'issued' && (
        <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <input aria-label={t.reason} placeholder={t.reason} value={reason} onChange={(event) => setReason(event.target.value)} data-testid="award-revoke-reason" style={{ flex: 1, padding: 8 }} />
          <button type="button" className="btn btn--style-secondary" disabled={busy || reason.trim() === ''} onClick={() => void post('revoke', { reason })} data-testid="award-revoke">
            {t.revoke}
          </button>
        </div>
      )}
      {message && <p role="alert" style={{ color: 'var(--theme-error-500)' }} data-testid="award-message">{message}</p>}
    </div>
  )
}
