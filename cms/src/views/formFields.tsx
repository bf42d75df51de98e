'use client'
// The pieces the coach's forms share: a picker, a dd-mm-jjjj day field, the save/back buttons and
// the state of what was refused (by the form itself or by the server). One place, so the three
// forms read and behave alike.
import React, { useState } from 'react'
import { fieldErrors } from './formErrors'
import type { SubmitResult } from './submitJson'

export interface ChoiceOption {
  value: string
  label: string
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
