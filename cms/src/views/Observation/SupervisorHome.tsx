// The work supervisor's home page and the /admin/observatie view: the observation form, nothing else.
import type { InitPageResult } from 'payload'
import React from 'react'
import { todayInAmsterdam } from '../../dates/calendarDay'
import { coachText, languageOf } from '../../i18n/coachText'
import { routesOf } from '../links'
import { loadObservationChoices } from './loadObservationChoices'
import { ObservationFormClient } from './ObservationFormClient'
import '../coach.css'

export const SupervisorHome = async (props: {
  initPageResult: InitPageResult
  searchParams?: Record<string, string | string[] | undefined>
}): Promise<React.JSX.Element> => {
  const { req } = props.initPageResult
  const language = languageOf(req.i18n.language)
  const t = coachText(language)
  const routes = routesOf(req.payload.config)
  const choices = await loadObservationChoices(req, language)
  const chosen = typeof props.searchParams?.deelnemer === 'string' ? props.searchParams.deelnemer : ''
  return (
    <div className="coach coach--observation gutter--left gutter--right" data-testid="observation">
      <h1>{t.observationTitle}</h1>
      <p className="coach__intro">{t.observationIntro}</p>
      <ObservationFormClient language={language} choices={choices} defaultParticipant={chosen} today={todayInAmsterdam()} apiUrl={`${routes.api}/observations`} />
    </div>
  )
}
