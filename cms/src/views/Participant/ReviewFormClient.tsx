'use client'
// The review form: decision, who took part (coach and work supervisor), date, note. The server
// checks the date (not before the trajectory's start, not in the future).
import React, { useState } from 'react'
import { FormErrors, fieldErrors } from '../formErrors'
import { coachText, type Language } from '../../i18n/coachText'
import { idOfOption, submitJson } from '../submitJson'
import { parseDay, showDay } from './dayInput'

export interface PersonOption {
  id: number | string
  name: string
}

const DECISIONS = ['continue', 'adjust', 'exit', 'stop'] as const

export const ReviewFormClient: React.FC<{
  language: Language
  trajectories: { id: number | string; title: string }[]
  defaultTrajectory: string
  coaches: PersonOption[]
  supervisors: PersonOption[]
  defaultCoach: string
  today: string
  apiUrl: string
  overviewUrl: string
}> = ({ language, trajectories, defaultTrajectory, coaches, supervisors, defaultCoach, today, apiUrl, overviewUrl }) => {
  const t = coachText(language)
  const [trajectory, setTrajectory] = useState(defaultTrajectory)
  const [decision, setDecision] = useState('')
  const [coach, setCoach] = useState(defaultCoach)
  const [supervisor, setSupervisor] = useState('')
  const [day, setDay] = useState(showDay(today))
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [messages, setMessages] = useState<string[]>([])
  const [busy, setBusy] = useState(false)

  const onSubmit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (!decision) found.decision = t.required(t.decision)
    const reviewedOn = parseDay(day)
    if (reviewedOn === null) found.reviewedOn = t.invalidDay(t.reviewedOn)
    setErrors(found)
    setMessages(Object.values(found))
    if (Object.keys(found).length > 0) return
    setBusy(true)
    const result = await submitJson(
      apiUrl,
      {
        trajectory: idOfOption(trajectories, trajectory),
        decision,
        coach: idOfOption(coaches, coach),
        supervisor: idOfOption(supervisors, supervisor),
        reviewedOn,
        note: note.trim() || null,
      },
      t.networkError,
    )
    if (result.ok) {
      window.location.assign(`${overviewUrl}?opgeslagen=evaluatie`)
      return
    }
    setBusy(false)
    setMessages(result.messages)
    setErrors(Object.fromEntries(result.fields.map((field) => [field.path, field.message])))
  }

  const { fieldClass, errorOf } = fieldErrors(errors)

  return (
    <form className="coach__form" onSubmit={onSubmit} noValidate>
      <FormErrors intro={t.errorsIntro} messages={messages} />
      {trajectories.length > 1 ? (
        <div className={fieldClass('trajectory')}>
          <label htmlFor="trajectory">{t.trajectory}</label>
          <select id="trajectory" value={trajectory} onChange={(event) => setTrajectory(event.target.value)}>
            {trajectories.map((option) => (
              <option key={String(option.id)} value={String(option.id)}>
                {option.title}
              </option>
            ))}
          </select>
          {errorOf('trajectory')}
        </div>
      ) : (
        <p className="coach__muted">
          {t.trajectory}: {trajectories[0]?.title}
        </p>
      )}
      <fieldset className={fieldClass('decision')}>
        <legend>{t.decision}</legend>
        <div className="coach__choices">
          {DECISIONS.map((option) => (
            <label key={option} title={t.decisionHelp[option]}>
              <input type="radio" name="decision" value={option} checked={decision === option} onChange={() => setDecision(option)} />
              {t.decisions[option]}
            </label>
          ))}
        </div>
        {decision ? <span className="coach__help">{t.decisionHelp[decision]}</span> : null}
        {errorOf('decision')}
      </fieldset>
      <div className={fieldClass('coach')}>
        <label htmlFor="coach">{t.coach}</label>
        <select id="coach" value={coach} onChange={(event) => setCoach(event.target.value)}>
          <option value="">—</option>
          {coaches.map((person) => (
            <option key={String(person.id)} value={String(person.id)}>
              {person.name}
            </option>
          ))}
        </select>
        {errorOf('coach')}
      </div>
      <div className={fieldClass('supervisor')}>
        <label htmlFor="supervisor">{t.supervisor}</label>
        <select id="supervisor" value={supervisor} onChange={(event) => setSupervisor(event.target.value)}>
          <option value="">{t.noSupervisor}</option>
          {supervisors.map((person) => (
            <option key={String(person.id)} value={String(person.id)}>
              {person.name}
            </option>
          ))}
        </select>
        {errorOf('supervisor')}
      </div>
      <div className={fieldClass('reviewedOn')}>
        <label htmlFor="reviewedOn">{t.reviewedOn}</label>
        <input id="reviewedOn" type="text" inputMode="numeric" placeholder={t.dayPlaceholder} value={day} onChange={(event) => setDay(event.target.value)} />
        {errorOf('reviewedOn')}
      </div>
      <div className={fieldClass('note')}>
        <label htmlFor="note">{t.note}</label>
        <textarea id="note" rows={4} value={note} onChange={(event) => setNote(event.target.value)} />
        {errorOf('note')}
      </div>
      <div className="coach__actions">
        <button className="coach__button" type="submit" disabled={busy}>
          {busy ? t.saving : t.save}
        </button>
        <a className="coach__button coach__button--secondary" href={overviewUrl}>
          {t.cancel}
        </a>
      </div>
    </form>
  )
}
