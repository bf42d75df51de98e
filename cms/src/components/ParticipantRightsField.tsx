'use client'
// Participants' rights in the participant's sidebar, for centre admins and admins: download all
// data as a zip, and erase the personal data in one action (after a confirmation).
import { useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

const TEXT = {
  title: { nl: 'Rechten van de deelnemer (AVG)', en: "Participant's rights (GDPR)" },
  export: { nl: 'Alle gegevens downloaden (zip)', en: 'Download all data (zip)' },
  erase: { nl: 'Gegevens wissen (AVG)', en: 'Erase data (GDPR)' },
  confirm: {
    nl: 'Alle persoonsgegevens van deze deelnemer worden overal gewist (trajecten, metingen, aanmeldingen, certificaten). De tellingen blijven. Dit kan niet ongedaan worden. Doorgaan?',
    en: "All of this participant's personal data is erased everywhere (trajectories, assessments, referrals, awards). The counts stay. This cannot be undone. Continue?",
  },
  done: { nl: 'De persoonsgegevens zijn gewist.', en: 'The personal data has been erased.' },
  failed: { nl: 'Wissen is niet gelukt.', en: 'Erasing failed.' },
}

export const ParticipantRightsField = (): React.ReactElement | null => {
  const { user } = useAuth<{ role?: string }>()
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const [status, setStatus] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle')
  const lang = i18n.language === 'en' ? 'en' : 'nl'
  if (!id || !user || !['admin', 'centre-admin'].includes(String(user.role))) return null
  const erase = async (): Promise<void> => {
    if (!window.confirm(TEXT.confirm[lang])) return
    setStatus('busy')
    const response = await fetch(`/api/participants/${id}/erase`, { method: 'POST', credentials: 'include' })
    setStatus(response.ok ? 'done' : 'failed')
    if (response.ok) window.location.reload()
  }
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <p style={{ fontWeight: 600, marginBottom: '0.5rem' }}>{TEXT.title[lang]}</p>
      <p><a href={`/api/participants/${id}/export`} download>{TEXT.export[lang]}</a></p>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={erase} disabled={status === 'busy'}>{TEXT.erase[lang]}</button>
      {status === 'done' ? <p>{TEXT.done[lang]}</p> : status === 'failed' ? <p role="alert">{TEXT.failed[lang]}</p> : null}
    </div>
  )
}
