'use client'
// The CSV of a bulk upload: pick a file (or paste the text); the server checks every row.
import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { TextareaFieldClientComponent } from 'payload'
import React from 'react'

export const CsvUploadField: TextareaFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const path = pathFromProps ?? field.name
  const { value, setValue, showError, errorMessage } = useField<string>({ path })
  const onFile = async (event: React.ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0]
    if (file) setValue(await file.text())
  }
  return (
    <div className="field-type textarea" style={{ marginBottom: 24 }}>
      <FieldLabel label={field.label} path={path} required={field.required} />
      <input type="file" accept=".csv,text/csv,text/plain" onChange={(event) => void onFile(event)} disabled={readOnly} data-testid="csv-file" style={{ marginBottom: 8 }} />
      <textarea
        value={value ?? ''}
        onChange={(event) => setValue(event.target.value)}
        readOnly={readOnly}
        rows={8}
        data-testid="csv-text"
        style={{ width: '100%', fontFamily: 'monospace', padding: 8 }}
      />
      {showError && (
        <div role="alert" data-testid="csv-errors" style={{ whiteSpace: 'pre-line', color: 'var(--theme-error-500)' }}>
          {errorMessage}
        </div>
      )}
      <FieldError path={path} showError={false} />
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
