'use client'
// A day as a Dutch reader writes it (dd-mm-jjjj), stored as the ISO day (YYYY-MM-DD) that the
// certificate input and the REST API use. What cannot be read as a date is kept as typed, so the
// field's validation names the problem.
import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import React, { useEffect, useState } from 'react'

/** `2026-01-05` → `05-01-2026`; anything else unchanged. */
export const toDutchDay = (value: unknown): string => {
  if (typeof value !== 'string') return ''
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  return iso ? `${iso[3]}-${iso[2]}-${iso[1]}` : value
}

/** `5-1-2026`, `05-01-2026`, `05/01/2026` or `05.01.2026` → `2026-01-05`; an ISO day as it is; else null. */
export const fromDutchDay = (text: string): string | null => {
  const value = text.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value)
  if (!match) return null
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export const DayDateTextField: TextFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const path = pathFromProps ?? field.name
  const { value, setValue, showError, errorMessage } = useField<string | null>({ path })
  const [text, setText] = useState(() => toDutchDay(value))

  useEffect(() => {
    setText((current) => (fromDutchDay(current) === value ? current : toDutchDay(value)))
  }, [value])

  const onChange = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const next = event.target.value
    setText(next)
    setValue(next.trim() === '' ? null : (fromDutchDay(next) ?? next))
  }

  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div className={`field-type text${showError ? ' error' : ''}`} style={{ flex: '1 1 auto' }}>
      <FieldLabel label={field.label} path={path} required={field.required} htmlFor={id} />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError} message={errorMessage} />
        <input id={id} name={path} type="text" inputMode="numeric" placeholder="dd-mm-jjjj" value={text} readOnly={readOnly} disabled={readOnly} onChange={onChange} />
        <FieldDescription description={field.admin?.description} path={path} />
      </div>
    </div>
  )
}
