// "Nieuwe meting": pick a ladder (the centre's default preselected) and fill in the form that
// loadAssessmentForm generates from the facts the ladder's rules read.
import type { DocumentViewServerProps } from 'payload'
import React from 'react'
import { loadAssessmentForm } from '../../coach/assessmentForm'
import { todayInAmsterdam } from '../../dates/calendarDay'
import { coachText, languageOf } from '../../i18n/coachText'
import { links, routesOf } from '../links'
import { AssessmentFormClient } from './AssessmentFormClient'
import { CoachError } from '../CoachError'
import '../coach.css'

const param = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)

export const NewAssessmentView = async (props: DocumentViewServerProps): Promise<React.JSX.Element> => {
  const { req } = props.initPageResult
  const language = languageOf(req.i18n.language)
  const t = coachText(language)
  const routes = routesOf(req.payload.config)
  const to = links(routes)
  const participantId = (props.initPageResult.docID ?? props.doc?.id) as number | string
  const ladder = param(props.searchParams?.ladder)
  const asOf = param(props.searchParams?.datum) ?? todayInAmsterdam()
  let form: Awaited<ReturnType<typeof loadAssessmentForm>>
  try {
    form = await loadAssessmentForm(req.payload, req.user!, { participantId, ...(ladder ? { ladderId: ladder } : {}), asOf })
  } catch (error) {
    return <CoachError error={error} language={language} backUrl={to.overview(participantId)} backLabel={t.cancel} />
  }
  // The document header above shows the code already.
  const name = form.participant.displayName ?? null
  return (
    <div className="coach coach--assessment gutter--left gutter--right" data-testid="new-assessment">
      <h1>{t.newAssessment}</h1>
      <p className="coach__intro">{[name, t.newAssessmentIntro].filter(Boolean).join(' · ')}</p>
      <AssessmentFormClient
        form={form}
        language={language}
        apiUrl={`${routes.api}/assessments`}
        overviewUrl={to.overview(participantId)}
        formUrl={to.newAssessment(participantId)}
      />
    </div>
  )
}
