'use client'
// The pieces the coach's forms share: a picker, a group of radio choices, a dd-mm-jjjj day field,
// a note, the save/back buttons and the state of what was refused (by the form itself or by the server). One place, so the three
// forms read and behave alike.
import React, { useState } from 'react'
import { fieldErrors } from './formErrors'
import type { SubmitResult } from './submitJson'

export interface ChoiceOption {
  value: string
  label: string
  /** Shown on hover: what choosing this means. */
  title?: string
}

/** What a form refused and whether it is saving: shown above the form and on each field. */
export const useRefusals = () => {
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [messages, setMessages] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  return {
    errors,
    messages,
    busy,
    setBusy,
    /** Shows the form's own findings; true when there are any (do not send). */
    refuse: (found: Record<string, string>): boolean => {
      setErrors(found)
      setMessages(Object.values(found))
      return Object.keys(found).length > 0
    },
    /** Shows the server's refusal, each message on the field its path names. */
    refuseFromServer: (result: Extract<SubmitResult, { ok: false }>, fieldName: (path: string) => string = (path) => path): void => {
      setBusy(false)
      setMessages(result.messages)
      setErrors(Object.fromEntries(result.fields.map((field) => [fieldName(field.path), field.message])))
    },
  }
}

/** A labelled `<select>` with an empty first choice (`empty`), its error under it. */
export const SelectField = ({ id, label, value, onChange, options, empty, disabled, errors, name }: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  options: readonly ChoiceOption[]
  empty?: string
  disabled?: boolean
  errors?: Readonly<Record<string, string>>
  name?: string
}): React.ReactNode => {
  const { fieldClass, errorOf } = fieldErrors(errors ?? {})
  return (
    <div className={fieldClass(id)}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(event) => onChange(event.target.value)} disabled={disabled}>
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {errorOf(id)}
    </div>
  )
}

/** Radio buttons under a legend, one choice at a time; `children` (a hint) and the error below them. */
export const ChoiceGroup = ({ name, legend, value, onChange, options, errors, children }: {
  name: string
  legend: string
  value: string
  onChange: (value: string) => void
  options: readonly ChoiceOption[]
  errors: Readonly<Record<string, string>>
  children?: React.ReactNode
}): React.ReactNode => {
  const { fieldClass, errorOf } = fieldErrors(errors)
  return (
    <fieldset className={fieldClass(name)}>
      <legend>{legend}</legend>
      <div className="coach__choices">
        {options.map((option) => (
          <label key={option.value} title={option.title}>
            <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
      {children}
      {errorOf(name)}
    </fieldset>
  )
}

/** A free-text note; `maxLength` where the server limits it. */
export const NoteField = ({ id, label, value, onChange, rows, maxLength, errors }: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  rows: number
  maxLength?: number
  errors: Readonly<Record<string, string>>
}): React.ReactNode => {
  const { fieldClass, errorOf } = fieldErrors(errors)
  return (
    <div className={fieldClass(id)}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={rows} maxLength={maxLength} value={value} onChange={(event) => onChange(event.target.value)} />
      {errorOf(id)}
    </div>
  )
}

/** A day typed as dd-mm-jjjj (text, not the browser's date picker, which writes month first in some locales). */
export const DayField = ({ id, label, value, onChange, placeholder, errors }: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  placeholder: string
  errors: Readonly<Record<string, string>>
}): React.ReactNode => {
  const { fieldClass, errorOf } = fieldErrors(errors)
  return (
    <div className={fieldClass(id)}>
      <label htmlFor={id}>{label}</label>
      <input id={id} name={id} type="text" inputMode="numeric" placeholder={placeholder} value={value} onChange={(event) => onChange(event.target.value)} />
      {errorOf(id)}
    </div>
  )
}

/** Save, and the way back to the participant. */
export const FormActions = ({ busy, save, saving, cancel, cancelHref }: {
  busy: boolean
  save: string
  saving: string
  cancel: string
  cancelHref: string
}): React.ReactNode => (
  <div className="coach__actions">
    <button className="coach__button" type="submit" disabled={busy}>
      {busy ? saving : save}
    </button>
    <a className="coach__button coach__button--secondary" href={cancelHref}>
      {cancel}
    </a>
  </div>
)

/** Options from records with an id and a text: the value is the id as a string. */
export const optionsOf = <T extends { id: number | string }>(records: readonly T[], labelOf: (record: T) => string): ChoiceOption[] =>
  records.map((record) => ({ value: String(record.id), label: labelOf(record) }))
