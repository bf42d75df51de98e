'use client'
// The work supervisor's quick form, made for a phone: participant, goal, went well or a level,
// a short note about the work, the date.
import React, { useState } from 'react'
import { FormErrors, fieldErrors } from '../formErrors'
import { coachText, type Language } from '../../i18n/coachText'
import { parseDay, showDay } from '../Participant/dayInput'
import { idOfOption, submitJson } from '../submitJson'
import type { ObservationChoice } from './loadObservationChoices'

export const ObservationFormClient: React.FC<{
  language: Language
  choices: ObservationChoice[]
  defaultParticipant: string
  today: string
  apiUrl: string
}> = ({ language, choices, defaultParticipant, today, apiUrl }) => {
  const t = coachText(language)
  const [participant, setParticipant] = useState(defaultParticipant || (choices.length === 1 ? String(choices[0]!.id) : ''))
  const [goal, setGoal] = useState('')
  const [positive, setPositive] = useState<'' | 'true' | 'false'>('')
  const [level, setLevel] = useState('')
  const [note, setNote] = useState('')
  const [day, setDay] = useState(showDay(today))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [messages, setMessages] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState(false)
  const goals = choices.find((choice) => String(choice.id) === participant)?.goals ?? []

  const onSubmit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (!participant) found.participant = t.required(t.participant)
    if (!goal) found.learningGoal = t.required(t.goal)
    if (!positive && !level) found.level = t.required(t.howDidItGo)
    const observedOn = parseDay(day)
    if (observedOn === null) found.observedOn = t.invalidDay(t.observedOn)
    setErrors(found)
    setMessages(Object.values(found))
    if (Object.keys(found).length > 0) return
    setBusy(true)
    const result = await submitJson(
      apiUrl,
      {
        participant: idOfOption(choices, participant),
        learningGoal: idOfOption(goals, goal),
        ...(positive ? { positive: positive === 'true' } : {}),
        ...(level ? { level: Number(level) } : {}),
        note: note.trim() || null,
        observedOn,
      },
      t.networkError,
    )
    setBusy(false)
    if (result.ok) {
      setSaved(true)
      setGoal('')
      setPositive('')
      setLevel('')
      setNote('')
      return
    }
    setMessages(result.messages)
    setErrors(Object.fromEntries(result.fields.map((field) => [field.path, field.message])))
  }

  const { fieldClass, errorOf } = fieldErrors(errors)

  if (saved) {
    return (
      <div>
        <p className="coach__banner" role="status">
          {t.observationSaved}
        </p>
        <button className="coach__button" type="button" onClick={() => setSaved(false)}>
          {t.another}
        </button>
      </div>
    )
  }
  if (choices.length === 0) return <p className="coach__muted">{t.noParticipantsHere}</p>
  return (
    <form className="coach__form" onSubmit={onSubmit} noValidate data-testid="observation-form">
      <FormErrors intro={t.errorsIntro} messages={messages} />
      <div className={fieldClass('participant')}>
        <label htmlFor="participant">{t.participant}</label>
        <select id="participant" value={participant} onChange={(event) => { setParticipant(event.target.value); setGoal('') }}>
          <option value="">{t.chooseParticipant}</option>
          {choices.map((choice) => (
            <option key={String(choice.id)} value={String(choice.id)}>
              {choice.label}
            </option>
          ))}
        </select>
        {errorOf('participant')}
      </div>
      <div className={fieldClass('learningGoal')}>
        <label htmlFor="learningGoal">{t.goal}</label>
        <select id="learningGoal" value={goal} onChange={(event) => setGoal(event.target.value)} disabled={!participant}>
          <option value="">{t.chooseGoal}</option>
          {goals.map((option) => (
            <option key={String(option.id)} value={String(option.id)}>
              {option.title}
            </option>
          ))}
        </select>
        {errorOf('learningGoal')}
      </div>
      <fieldset className={fieldClass('positive')}>
        <legend>{t.howDidItGo}</legend>
        <div className="coach__choices">
          {(
            [
              ['true', t.positive],
              ['false', t.notYet],
            ] as const
          ).map(([value, text]) => (
            <label key={value}>
              <input type="radio" name="positive" value={value} checked={positive === value} onChange={() => setPositive(value)} />
              {text}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className={fieldClass('level')}>
        <legend>{t.orLevel}</legend>
        <div className="coach__choices">
          {['1', '2', '3', '4', '5'].map((value) => (
            <label key={value}>
              <input type="radio" name="level" value={value} checked={level === value} onChange={() => setLevel(value)} />
              {value}
            </label>
          ))}
        </div>
        {errorOf('level')}
      </fieldset>
      <div className={fieldClass('note')}>
        <label htmlFor="note">{t.shortNote}</label>
        <textarea id="note" rows={3} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
        {errorOf('note')}
      </div>
      <div className={fieldClass('observedOn')}>
        <label htmlFor="observedOn">{t.observedOn}</label>
        <input id="observedOn" type="text" inputMode="numeric" placeholder={t.dayPlaceholder} value={day} onChange={(event) => setDay(event.target.value)} />
        {errorOf('observedOn')}
      </div>
      <button className="coach__button" type="submit" disabled={busy}>
        {busy ? t.saving : t.save}
      </button>
    </form>
  )
}
