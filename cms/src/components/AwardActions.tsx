'use client'
// The actions on a certificate in the admin: approve (four eyes), download, share, revoke.
// Every decision is the server's (the endpoints refuse what the user may not do); this only asks.
import { Button, useAuth, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

const TEXT = {
  nl: {
    heading: 'Uitgifte',
    status: { proposed: 'Voorgesteld: wacht op goedkeuring door de werkbegeleider van de werkplek of een centrumbeheerder (niet door wie het voorstelde).', approved: 'Goedgekeurd: het certificaat wordt nu uitgegeven…', issued: 'Uitgegeven. Download de PDF of geef de deelnemer de deellink.', revoked: 'Ingetrokken: de controlepagina toont het certificaat als ingetrokken.' },
    approve: 'Goedkeuren en uitgeven',
    pdf: 'PDF downloaden',
    credential: 'Digitaal certificaat (JSON)',
    jwt: 'Digitaal certificaat (JWT)',
    verify: 'Controlepagina',
    share: 'Deellink voor de deelnemer',
    revoke: 'Intrekken',
    reason: 'Reden van intrekking',
    ownProposal: 'U hebt dit certificaat voorgesteld: een ander keurt het goed (vier ogen).',
    saveFirst: 'Vul het certificaat in en sla het voorstel op. Daarna keurt een tweede persoon het goed: de werkbegeleider van de werkplek of een centrumbeheerder.',
  },
  en: {
    heading: 'Issuance',
    status: { proposed: 'Proposed: waiting for approval by the work supervisor of the workplace or a centre admin (not by the proposer).', approved: 'Approved: the certificate is being issued…', issued: 'Issued. Download the PDF or give the participant the share link.', revoked: 'Revoked: the verification page shows the certificate as revoked.' },
    approve: 'Approve and issue',
    pdf: 'Download PDF',
    credential: 'Digital credential (JSON)',
    jwt: 'Digital credential (JWT)',
    verify: 'Verification page',
    share: 'Share link for the participant',
    revoke: 'Revoke',
    reason: 'Reason for revocation',
    ownProposal: 'You proposed this certificate: someone else approves it (four eyes).',
    saveFirst: 'Fill in the certificate and save the proposal. A second person then approves it: the work supervisor of the workplace or a centre admin.',
  },
}

type Status = keyof (typeof TEXT)['nl']['status']

export const AwardActions: React.FC = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? TEXT.en : TEXT.nl
  const status = useFormFields(([fields]) => fields.status?.value as Status | undefined)
  const verifyUrl = useFormFields(([fields]) => fields.verifyUrl?.value as string | undefined)
  const shareToken = useFormFields(([fields]) => fields.shareToken?.value as string | undefined)
  const proposedBy = useFormFields(([fields]) => fields.proposedBy?.value as number | string | undefined)
  const [message, setMessage] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  if (!id) return <p className="award-actions" style={{ marginBottom: 24 }}>{t.saveFirst}</p>
  const base = `/api/awards/${id}`
  const ownProposal = user?.id !== undefined && proposedBy !== undefined && proposedBy !== null && String(user.id) === String(proposedBy)

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
      const result = (await response.json().catch(() => ({}))) as { errors?: { message: string; nl?: string; en?: string }[]; message?: string }
      if (!response.ok) {
        setMessage(result.errors?.map((error) => (i18n.language === 'en' ? error.en : error.nl) ?? error.message).join(' ') ?? String(response.status))
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
      {status === 'proposed' && ownProposal && <p data-testid="award-four-eyes">{t.ownProposal}</p>}
      {status === 'proposed' && !ownProposal && (
        <Button buttonStyle="primary" size="medium" disabled={busy} onClick={() => void post('approve')} extraButtonProps={{ 'data-testid': 'award-approve' }}>
          {t.approve}
        </Button>
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
          <Button buttonStyle="secondary" size="medium" margin={false} disabled={busy || reason.trim() === ''} onClick={() => void post('revoke', { reason })} extraButtonProps={{ 'data-testid': 'award-revoke' }}>
            {t.revoke}
          </Button>
        </div>
      )}
      {message && <p role="alert" style={{ color: 'var(--theme-error-500)' }} data-testid="award-message">{message}</p>}
    </div>
  )
}
