'use client'
// A link to the reports in the admin's navigation, for the roles that may see them.
import { useAuth, useTranslation } from '@payloadcms/ui'
import React from 'react'

export const ReportsNavLink = (): React.ReactElement | null => {
  const { user } = useAuth<{ role?: string }>()
  const { i18n } = useTranslation()
  if (!user || !['admin', 'centre-admin', 'policy-viewer'].includes(String(user.role))) return null
  return (
    <a href="/admin/rapportages" className="nav__link" id="nav-reports" style={{ display: 'block', padding: '4px 0', fontWeight: 600 }}>
      {i18n.language === 'en' ? 'Reports' : 'Rapportages'}
    </a>
  )
}
