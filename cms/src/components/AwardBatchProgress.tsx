'use client'
// Progress of a bulk upload: how many of its certificates are issued, polled while it runs; and
// the approve button for a second person. The server decides who may approve.
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

interface Progress {
  total: number
  proposed: number
  approved: number
  issued: number
  revoked: number
}

const TEXT = {
  nl: { heading: 'Voortgang', issued: 'uitgegeven', of: 'van', waiting: 'wacht op goedkeuring', approve: 'Alle goedkeuren en uitgeven', saveFirst: 'Na opslaan ziet u hier de voortgang.' },
  en: { heading: 'Progress', issued: 'issued', of: 'of', waiting: 'waiting for approval', approve: 'Approve and issue all', saveFirst: 'After saving, the progress shows here.' },
}

export const AwardBatchProgress: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? TEXT.en : TEXT.nl
  const [state, setState] = useState<{ status: string; progress: Progress } | null>(null)
  const [message, setMessage] = useState<string | null>(null)

  useEffect(() => {
    if (!id) return
    let stopped = false
    const load = async (): Promise<void> => {
      const response = await fetch(`/api/award-batches/${id}/progress`, { credentials: 'include' })
      if (response.ok && !stopped) setState((await response.json()) as { status: string; progress: Progress })
    }
    void load()
    const timer = setInterval(() => void load(), 1000)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [id])

  if (!id) return <p>{t.saveFirst}</p>
  const progress = state?.progress
  const done = progress ? progress.issued + progress.revoked : 0
  const approve = async (): Promise<void> => {
    const response = await fetch(`/api/award-batches/${id}/approve`, { method: 'POST', credentials: 'include' })
    if (!response.ok) {
      const result = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
      setMessage(result.errors?.map((error) => error.message).join(' ') ?? String(response.status))
    }
  }
  return (
    <div data-testid="batch-progress" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16, marginBottom: 24 }}>
      <h3 style={{ marginTop: 0 }}>{t.heading}</h3>
      {progress && (
        <>
          <progress max={progress.total || 1} value={done} style={{ width: '100%', height: 16 }} aria-label={t.heading} />
          <p data-testid="batch-progress-text">
            {done} {t.of} {progress.total} {t.issued}
            {state?.status === 'proposed' ? ` — ${t.waiting}` : ''}
          </p>
        </>
      )}
      {state?.status === 'proposed' && (
        <button type="button" className="btn btn--style-primary" onClick={() => void approve()}>
          {t.approve}
        </button>
      )}
      {message && <p role="alert" style={{ color: 'var(--theme-error-500)' }}>{message}</p>}
    </div>
  )
}
