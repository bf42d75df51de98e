'use client'
// The review form: decision, who took part (coach and work supervisor), date, note. The server
// checks the date (not before the trajectory's start, not in the future).
import React, { useState } from 'react'
import { FormErrors } from '../formErrors'
import { ChoiceGroup, DayField, FormActions, NoteField, SelectField, optionsOf, useRefusals } from '../formFields'
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
  const { errors, messages, busy, setBusy, refuse, refuseFromServer } = useRefusals()

  const onSubmit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (!decision) found.decision = t.required(t.decision)
    const reviewedOn = parseDay(day)
    if (reviewedOn === null) found.reviewedOn = t.invalidDay(t.reviewedOn)
    if (refuse(found)) return
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
    refuseFromServer(result)
  }

  return (
    <form className="coach__form" onSubmit={onSubmit} noValidate>
      <FormErrors intro={t.errorsIntro} messages={messages} />
      {trajectories.length > 1 ? (
        <SelectField
          id="trajectory"
          label={t.trajectory}
          value={trajectory}
          onChange={setTrajectory}
          options={optionsOf(trajectories, (option) => option.title)}
          errors={errors}
        />
      ) : (
        <p className="coach__muted">
          {t.trajectory}: {trajectories[0]?.title}
        </p>
      )}
      <ChoiceGroup
        name="decision"
        legend={t.decision}
        value={decision}
        onChange={setDecision}
        options={DECISIONS.map((option) => ({ value: option, label: t.decisions[option], title: t.decisionHelp[option] }))}
        errors={errors}
      >
        {decision ? <span className="coach__help">{t.decisionHelp[decision]}</span> : null}
      </ChoiceGroup>
      <SelectField id="coach" label={t.coach} value={coach} onChange={setCoach} empty="—" options={optionsOf(coaches, (person) => person.name)} errors={errors} />
      <SelectField
        id="supervisor"
        label={t.supervisor}
        value={supervisor}
        onChange={setSupervisor}
        empty={t.noSupervisor}
        options={optionsOf(supervisors, (person) => person.name)}
        errors={errors}
      />
      <DayField id="reviewedOn" label={t.reviewedOn} value={day} onChange={setDay} placeholder={t.dayPlaceholder} errors={errors} />
      <NoteField id="note" label={t.note} rows={4} value={note} onChange={setNote} errors={errors} />
      <FormActions busy={busy} save={t.save} saving={t.saving} cancel={t.cancel} cancelHref={overviewUrl} />
    </form>
  )
}
