'use client'
// The sources of a learning goal, named by their titles (never by file name). Stored as the file
// names the ladder library uses; the coach ticks the texts a goal comes from.
import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, TextFieldClientComponent } from 'payload'
import React from 'react'
import { KNOWN_SOURCES, sourceTitle } from '../i18n/sourceTitle'

const languageOf = (language: string): 'nl' | 'en' => (language === 'en' ? 'en' : 'nl')

export const SourcesField: TextFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const path = pathFromProps ?? field.name
  const { i18n } = useTranslation()
  const language = languageOf(i18n.language)
  const { value, setValue } = useField<string[] | null>({ path })
  const chosen = Array.isArray(value) ? value : []
  const all = [...KNOWN_SOURCES, ...chosen.filter((source) => !KNOWN_SOURCES.includes(source))]
  const toggle = (source: string): void =>
    setValue(chosen.includes(source) ? chosen.filter((entry) => entry !== source) : [...chosen, source])
  return (
    <div className="field-type doorstart-sources" style={{ marginBottom: 24 }}>
      <FieldLabel label={field.label} path={path} />
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {all.map((source) => (
          <li key={source} style={{ margin: '4px 0' }}>
            <label style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
              <input type="checkbox" checked={chosen.includes(source)} disabled={readOnly} onChange={() => toggle(source)} />
              {sourceTitle(source, language)}
            </label>
          </li>
        ))}
      </ul>
    </div>
  )
}

export const SourcesCell: React.FC<DefaultCellComponentProps> = ({ cellData }) => {
  const { i18n } = useTranslation()
  const sources = Array.isArray(cellData) ? (cellData as string[]) : []
  return <span>{sources.map((source) => sourceTitle(source, languageOf(i18n.language))).join('; ')}</span>
}
