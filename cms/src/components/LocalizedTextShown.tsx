'use client'
// A server-computed `{ nl, en }` text (an assessment's rung, its growth potential) shown read-only
// in the user's language only: the Dutch screen never shows the English twin, nor the other way.
import { FieldLabel, useFormFields, useTranslation } from '@payloadcms/ui'
import type { GroupFieldClientComponent } from 'payload'
import React from 'react'
import { inLanguage } from './listCellText'

export const LocalizedTextShown: GroupFieldClientComponent = ({ field, path }) => {
  const { i18n } = useTranslation()
  const nl = useFormFields(([fields]) => fields[`${path}.nl`]?.value)
  const en = useFormFields(([fields]) => fields[`${path}.en`]?.value)
  const text = inLanguage({ nl: typeof nl === 'string' ? nl : null, en: typeof en === 'string' ? en : null }, i18n.language)
  return (
    <div className="field-type text read-only" style={{ marginBottom: 'var(--spacing-field, 24px)' }}>
      <FieldLabel label={field.label} path={path} />
      <div className="field-type__wrap">
        <input type="text" readOnly disabled value={text || '—'} id={`field-${path.replace(/\./g, '__')}`} />
      </div>
    </div>
  )
}
