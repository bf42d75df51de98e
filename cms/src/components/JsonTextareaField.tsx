'use client'
// Edits a JSON field as plain text. Payload's default JSON editor loads Monaco from a CDN, which
// never appears offline; a textarea always works. Business rules stay on the server.
import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import React, { useEffect, useState } from 'react'

const format = (value: unknown): string => (value === undefined || value === null ? '' : JSON.stringify(value, null, 2))

export const JsonTextareaField: JSONFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const path = pathFromProps ?? field.name
  const { value, setValue, showError, errorMessage } = useField<unknown>({ path })
  const [text, setText] = useState(() => format(value))
  const [parseError, setParseError] = useState<string | null>(null)

  // Follow outside changes (form reset, server response) unless the text already says the same.
  useEffect(() => {
    setText((current) => {
      try {
        return JSON.stringify(JSON.parse(current)) === JSON.stringify(value) ? current : format(value)
      } catch {
        return current
      }
    })
  }, [value])

  const onChange = (event: React.ChangeEvent<HTMLTextAreaElement>): void => {
    const next = event.target.value
    setText(next)
    if (next.trim() === '') {
      setParseError(null)
      setValue(null)
      return
    }
    try {
      setValue(JSON.parse(next))
      setParseError(null)
    } catch (error) {
      setParseError(error instanceof Error ? error.message : 'Invalid JSON')
    }
  }

  return (
    <div className={`field-type json-textarea${showError || parseError ? ' error' : ''}`} style={{ marginBottom: 16 }}>
      <FieldLabel label={field.label} path={path} required={field.required} />
      <FieldError path={path} showError={showError} message={errorMessage} />
      <textarea
        name={path}
        data-testid={`json-textarea-${path}`}
        value={text}
        readOnly={readOnly}
        onChange={onChange}
        spellCheck={false}
        rows={Math.min(16, Math.max(3, text.split('\n').length))}
        style={{ width: '100%', fontFamily: 'monospace', fontSize: 13, padding: 8 }}
      />
      {parseError ? <div role="alert" style={{ color: 'var(--theme-error-500)' }}>JSON: {parseError}</div> : null}
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
