// "Evaluatie vastleggen": one form for a review of the participant's trajectory.
import type { DocumentViewServerProps } from 'payload'
import React from 'react'
import { asDoorstartUser } from '../../access/DoorstartUser'
import { idOf } from '../../access/idOf'
import { todayInAmsterdam } from '../../dates/calendarDay'
import { coachText, languageOf } from '../../i18n/coachText'
import { formatDay } from '../../i18n/formatDay'
import { links, routesOf } from '../links'
import { ReviewFormClient, type PersonOption } from './ReviewFormClient'
import '../coach.css'

const nameOf = (user: { name?: string | null; email?: string | null }): string => user.name || (user.email ?? '').split('@')[0] || ''

export const ReviewFormView = async (props: DocumentViewServerProps): Promise<React.JSX.Element> => {
  const { req } = props.initPageResult
  const language = languageOf(req.i18n.language)
  const t = coachText(language)
  const routes = routesOf(req.payload.config)
  const to = links(routes)
  const participantId = (props.initPageResult.docID ?? props.doc?.id) as number | string
  const access = { req, user: req.user, overrideAccess: false } as const
  const participant = await req.payload.findByID({ collection: 'participants', id: participantId, depth: 0, ...access })
  const centre = idOf(participant.centre)
  const [trajectories, staff] = await Promise.all([
    req.payload.find({ collection: 'trajectories', where: { participant: { equals: participantId } }, sort: '-startDate', depth: 0, limit: 50, ...access }),
    req.payload.find({
      collection: 'users',
      where: { and: [{ role: { in: ['coach', 'work-supervisor'] } }, ...(centre !== null ? [{ centre: { equals: centre } }] : [])] },
      sort: 'name',
      depth: 0,
      limit: 200,
      ...access,
    }),
  ])
  const person = (user: (typeof staff.docs)[number]): PersonOption => ({ id: user.id, name: nameOf(user) })
  const coaches = staff.docs.filter((user) => user.role === 'coach').map(person)
  const supervisors = staff.docs.filter((user) => user.role === 'work-supervisor').map(person)
  const me = asDoorstartUser(req.user)
  const defaultCoach = me?.role === 'coach' ? me.id : idOf(participant.coach)
  const chosen = typeof props.searchParams?.traject === 'string' ? props.searchParams.traject : undefined
  const options = trajectories.docs.map((trajectory) => ({
    id: trajectory.id,
    title: (trajectory as { title?: string | null }).title || formatDay(trajectory.startDate as string),
  }))
  // The document header above shows the code already.
  const name = (participant as { displayName?: string | null }).displayName ?? null
  return (
    <div className="coach coach--review gutter--left gutter--right" data-testid="review-form">
      <h1>{t.reviewTitle}</h1>
      <p className="coach__intro">
        {[name, t.reviewIntro].filter(Boolean).join(' · ')}
      </p>
      {options.length === 0 ? (
        <p className="coach__muted">{t.noTrajectory}</p>
      ) : (
        <ReviewFormClient
          language={language}
          trajectories={options}
          defaultTrajectory={chosen ?? String(options[0]!.id)}
          coaches={coaches}
          supervisors={supervisors}
          defaultCoach={defaultCoach === null ? '' : String(defaultCoach)}
          today={todayInAmsterdam()}
          apiUrl={`${routes.api}/reviews`}
          overviewUrl={to.overview(participantId)}
        />
      )}
    </div>
  )
}
