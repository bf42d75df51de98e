'use client'
// The generated assessment form. An empty field means unknown (the fact is left out), never "no".
// The server computes the rung; this form only collects what is known.
import React, { useState } from 'react'
import type { AssessmentForm, AssessmentFormField } from '../../coach/assessmentForm'
import { FormErrors, fieldErrors } from '../formErrors'
import { DayField, FormActions, SelectField, useRefusals } from '../formFields'
import { coachText, pick, type Language } from '../../i18n/coachText'
import { submitJson } from '../submitJson'
import { parseDay, parseNumber, showDay } from './dayInput'

type Values = Record<string, string | string[]>

/** The "geen" box of a list: an empty list is a known answer (no support at all), unlike nothing ticked. */
const NONE = ''

/** A label as a form shows it: the fact vocabulary writes them in lower case, for use in sentences. */
const labelOf = (field: AssessmentFormField, language: Language): string => {
  const label = pick(field.label, language)
  return label.charAt(0).toUpperCase() + label.slice(1)
}

const initialValue = (field: AssessmentFormField): string | string[] => {
  const value = field.value
  if (value === null || value === undefined) return field.multiple ? [] : ''
  if (Array.isArray(value)) return value.length === 0 ? [NONE] : value.map(String)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (field.type === 'date') return showDay(String(value))
  return String(value)
}

/** Puts a value at a dotted path: `paidWork.hoursPerWeek` → `{ paidWork: { hoursPerWeek } }`. */
const setAt = (facts: Record<string, unknown>, path: string, value: unknown): void => {
  const parts = path.split('.')
  let node = facts
  for (const part of parts.slice(0, -1)) {
    const inner = node[part]
    node = (node[part] = typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? inner : {}) as Record<string, unknown>
  }
  node[parts[parts.length - 1]!] = value
}

/** The facts to send, nested as the fact vocabulary has them; empty fields are left out (unknown). */
const collectFacts = (
  fields: readonly AssessmentFormField[],
  values: Values,
  t: ReturnType<typeof coachText>,
  language: Language,
): { facts: Record<string, unknown>; errors: Record<string, string> } => {
  const facts: Record<string, unknown> = {}
  const errors: Record<string, string> = {}
  for (const field of fields) {
    const raw = values[field.name]
    const label = labelOf(field, language)
    if (Array.isArray(raw)) {
      if (raw.includes(NONE)) setAt(facts, field.name, [])
      else if (raw.length > 0) setAt(facts, field.name, raw)
      continue
    }
    if (raw === undefined || raw.trim() === '') continue
    if (field.type === 'number') {
      const number = parseNumber(raw)
      if (number === null) errors[field.name] = t.invalidNumber(label)
      else if (field.integer && !Number.isInteger(number)) errors[field.name] = t.wholeNumber(label)
      else if (field.min !== undefined && number < field.min) errors[field.name] = t.tooSmall(label, field.min)
      else if (field.max !== undefined && number > field.max) errors[field.name] = t.tooLarge(label, field.max)
      else setAt(facts, field.name, number)
    } else if (field.type === 'boolean') {
      setAt(facts, field.name, raw === 'true')
    } else if (field.type === 'date') {
      const day = parseDay(raw)
      if (day === null) errors[field.name] = t.invalidDay(label)
      else setAt(facts, field.name, day)
    } else {
      setAt(facts, field.name, raw)
    }
  }
  return { facts, errors }
}

/** A server message's path (`facts.paidWork.hoursPerWeek`, `/paidWork/hoursPerWeek`) as a field name. */
const fieldNameOf = (path: string): string => path.replace(/^facts[./]?/, '').replace(/^\//, '').replaceAll('/', '.')

export const AssessmentFormClient: React.FC<{
  form: AssessmentForm
  language: Language
  apiUrl: string
  overviewUrl: string
  formUrl: string
}> = ({ form, language, apiUrl, overviewUrl, formUrl }) => {
  const t = coachText(language)
  const [values, setValues] = useState<Values>(() => Object.fromEntries(form.fields.map((field) => [field.name, initialValue(field)])))
  const [asOf, setAsOf] = useState(showDay(form.asOf))
  const [growth, setGrowth] = useState(form.previous?.growthPotential ?? '')
  const { errors, messages, busy, setBusy, refuse, refuseFromServer } = useRefusals()

  const set = (name: string, value: string | string[]): void => setValues((current) => ({ ...current, [name]: value }))

  const onSubmit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault()
    const { facts, errors: found } = collectFacts(form.fields, values, t, language)
    const day = parseDay(asOf)
    if (day === null) found.asOf = t.invalidDay(t.asOf)
    if (refuse(found)) return
    setBusy(true)
    const result = await submitJson(
      apiUrl,
      { participant: form.participant.id, ladder: form.ladder.id, asOf: day, facts, ...(growth ? { growthPotential: growth } : {}) },
      t.networkError,
    )
    if (result.ok) {
      window.location.assign(`${overviewUrl}?opgeslagen=meting`)
      return
    }
    refuseFromServer(result, fieldNameOf)
  }

  const { fieldClass, errorOf } = fieldErrors(errors)

  return (
    <form className="coach__form" onSubmit={onSubmit} noValidate data-testid="assessment-form">
      <FormErrors intro={t.errorsIntro} messages={messages} />
      <SelectField
        id="ladder"
        name="ladder"
        label={t.ladder}
        value={String(form.ladder.id)}
        onChange={(value) => window.location.assign(`${formUrl}?ladder=${encodeURIComponent(value)}`)}
        options={form.ladders.map((ladder) => ({ value: String(ladder.id), label: `${pick(ladder.title, language)}${ladder.isDefault ? ` ${t.ladderDefault}` : ''}` }))}
      />
      <DayField id="asOf" label={t.asOf} value={asOf} onChange={setAsOf} placeholder={t.dayPlaceholder} errors={errors} />
      <p className="coach__muted">{t.unknownHint}</p>
      {form.fields.map((field) => {
        const label = labelOf(field, language)
        const help = [field.help ? pick(field.help, language) : '', field.unit ? pick(field.unit, language) : '']
          .filter(Boolean)
          .join(' · ')
        const source = field.valueSource === 'previous-assessment' ? t.fromPrevious : field.valueSource === 'cms' ? t.fromCms : ''
        const id = `fact-${field.name}`
        const value = values[field.name]
        if (field.type === 'boolean') {
          return (
            <fieldset key={field.name} className={fieldClass(field.name)} data-fact={field.name}>
              <legend>
                {label}
                {help || source ? <span className="coach__help">{[help, source].filter(Boolean).join(' · ')}</span> : null}
              </legend>
              <div className="coach__choices">
                {[
                  ['true', t.yes],
                  ['false', t.no],
                  ['', t.unknown],
                ].map(([option, text]) => (
                  <label key={option}>
                    <input type="radio" name={id} value={option} checked={value === option} onChange={() => set(field.name, option!)} />
                    {text}
                  </label>
                ))}
              </div>
              {errorOf(field.name)}
            </fieldset>
          )
        }
        if (field.type === 'choice' && field.multiple) {
          const chosen = Array.isArray(value) ? value : []
          // Ticking "geen" clears the others, ticking another clears "geen".
          const toggle = (option: string): void =>
            set(field.name, chosen.includes(option) ? chosen.filter((v) => v !== option) : option === NONE ? [NONE] : [...chosen.filter((v) => v !== NONE), option])
          return (
            <fieldset key={field.name} className={fieldClass(field.name)} data-fact={field.name}>
              <legend>
                {label}
                <span className="coach__help">{[help, source, t.noneOfTheseHint].filter(Boolean).join(' · ')}</span>
              </legend>
              <div className="coach__choices">
                {(field.options ?? []).map((option) => (
                  <label key={option.value}>
                    <input type="checkbox" name={id} value={option.value} checked={chosen.includes(option.value)} onChange={() => toggle(option.value)} />
                    {pick(option.label, language)}
                  </label>
                ))}
                <label>
                  <input type="checkbox" name={id} value="" checked={chosen.includes(NONE)} onChange={() => toggle(NONE)} />
                  {t.noneOfThese}
                </label>
              </div>
              {errorOf(field.name)}
            </fieldset>
          )
        }
        return (
          <div key={field.name} className={fieldClass(field.name)} data-fact={field.name}>
            <label htmlFor={id}>
              {label}
              {help || source ? <span className="coach__help">{[help, source].filter(Boolean).join(' · ')}</span> : null}
            </label>
            {field.type === 'choice' ? (
              <select id={id} name={id} value={String(value ?? '')} onChange={(event) => set(field.name, event.target.value)}>
                <option value="">{t.chooseUnknown}</option>
                {(field.options ?? []).map((option) => (
                  <option key={option.value} value={option.value}>
                    {pick(option.label, language)}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                name={id}
                type="text"
                inputMode={field.type === 'number' ? 'decimal' : 'numeric'}
                placeholder={field.type === 'date' ? t.dayPlaceholder : t.unknown}
                value={String(value ?? '')}
                onChange={(event) => set(field.name, event.target.value)}
              />
            )}
            {errorOf(field.name)}
          </div>
        )
      })}
      {form.derivedFacts.length > 0 ? (
        <p className="coach__muted">
          {t.derived} {form.derivedFacts.map((fact) => pick(fact.label, language)).join(', ')}
        </p>
      ) : null}
      <SelectField
        id="growthPotential"
        name="growthPotential"
        label={t.growthPotential}
        value={growth}
        onChange={setGrowth}
        empty={t.growthChoose}
        options={form.growthPotentialOptions.map((option) => ({ value: option.value, label: pick(option.label, language) }))}
      />
      <FormActions busy={busy} save={t.save} saving={t.saving} cancel={t.cancel} cancelHref={overviewUrl} />
    </form>
  )
}
