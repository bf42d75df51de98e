'use client'
// The work supervisor's quick form, made for a phone: participant, goal, went well or a level,
// a short note about the work, the date.
import React, { useState } from 'react'
import { FormErrors } from '../formErrors'
import { ChoiceGroup, DayField, NoteField, SelectField, optionsOf, useRefusals } from '../formFields'
import { coachText, type Language } from '../../i18n/coachText'
import { parseDay, showDay } from '../Participant/dayInput'
import { idOfOption, submitJson } from '../submitJson'
import type { ObservationChoice } from './loadObservationChoices'

const LEVELS = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: value }))

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
  const { errors, messages, busy, setBusy, refuse, refuseFromServer } = useRefusals()
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
    if (refuse(found)) return
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
    if (result.ok) {
      setBusy(false)
      setSaved(true)
      setGoal('')
      setPositive('')
      setLevel('')
      setNote('')
      return
    }
    refuseFromServer(result)
  }

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
      <SelectField
        id="participant"
        label={t.participant}
        value={participant}
        onChange={(value) => { setParticipant(value); setGoal('') }}
        empty={t.chooseParticipant}
        options={optionsOf(choices, (choice) => choice.label)}
        errors={errors}
      />
      <SelectField
        id="learningGoal"
        label={t.goal}
        value={goal}
        onChange={setGoal}
        empty={t.chooseGoal}
        options={optionsOf(goals, (option) => option.title)}
        disabled={!participant}
        errors={errors}
      />
      <ChoiceGroup
        name="positive"
        legend={t.howDidItGo}
        value={positive}
        onChange={(value) => setPositive(value === 'true' ? 'true' : 'false')}
        options={[{ value: 'true', label: t.positive }, { value: 'false', label: t.notYet }]}
        errors={errors}
      />
      <ChoiceGroup name="level" legend={t.orLevel} value={level} onChange={setLevel} options={LEVELS} errors={errors} />
      <NoteField id="note" label={t.shortNote} rows={3} maxLength={500} value={note} onChange={setNote} errors={errors} />
      <DayField id="observedOn" label={t.observedOn} value={day} onChange={setDay} placeholder={t.dayPlaceholder} errors={errors} />
      <button className="coach__button" type="submit" disabled={busy}>
        {busy ? t.saving : t.save}
      </button>
    </form>
  )
}
