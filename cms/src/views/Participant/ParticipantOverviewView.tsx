// The participant's page: one screen with where they stand, why, what is next, and the buttons
// for the next actions. Everything comes from loadParticipantOverview (the libraries decide).
import type { DocumentViewServerProps } from 'payload'
import Link from 'next/link'
import React from 'react'
import { loadParticipantOverview, type ParticipantOverview } from '../../coach/loadParticipantOverview'
import { isoWeekOf } from '../../dates/calendarDay'
import { coachText, languageOf, pick, type Language } from '../../i18n/coachText'
import { formatDay } from '../../i18n/formatDay'
import { links, routesOf } from '../links'
import { AssessmentExplanation, CriterionLine, explanationText, OutcomeBadge } from './AssessmentExplanation'
import { RungHistoryChart } from './RungHistoryChart'
import { CoachError } from '../CoachError'
import '../coach.css'

const rungText = (label: { nl: string; en: string } | null, language: Language): string =>
  label ? pick(label, language) : coachText(language).noRung

const TrajectoryStatus: React.FC<{ overview: ParticipantOverview; language: Language }> = ({ overview, language }) => {
  const t = coachText(language)
  const trajectory = overview.trajectory
  if (!trajectory) return <p className="coach__muted">{t.noTrajectory}</p>
  const rows: [string, React.ReactNode][] = [
    [t.phase, trajectory.phase ? (t.phases[trajectory.phase] ?? trajectory.phase) : t.noDate],
    [t.policy, trajectory.policyTitle ? pick(trajectory.policyTitle, language) : t.noDate],
    [t.startDate, formatDay(trajectory.startDate)],
    [
      t.nextReview,
      trajectory.nextReview ? (
        <span className={trajectory.nextReview.late ? 'coach__late' : undefined}>
          {formatDay(trajectory.nextReview.dueOn)} ({t.reviewNumber(trajectory.nextReview.number)})
          {trajectory.nextReview.late ? ` — ${t.late}` : ''}
        </span>
      ) : (
        t.noDate
      ),
    ],
  ]
  if (trajectory.trialEndsOn) rows.push([t.trialEnds, formatDay(trajectory.trialEndsOn)])
  if (trajectory.endsOn) rows.push([t.endsOn, formatDay(trajectory.endsOn)])
  if (trajectory.workTargetOn) rows.push([t.workTarget, formatDay(trajectory.workTargetOn)])
  if (trajectory.exit?.date) rows.push([t.exit, formatDay(trajectory.exit.date)])
  if (trajectory.aftercareEndsOn) rows.push([t.aftercare, formatDay(trajectory.aftercareEndsOn)])
  return (
    <div data-testid="trajectory-status">
      <table className="coach__table">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {trajectory.late.length > 0 ? (
        <p>
          <strong className="coach__late">{t.lateObligations}:</strong>{' '}
          {trajectory.late.map((item) => `${pick(item.message, language)} (${formatDay(item.dueOn)})`).join('; ')}
        </p>
      ) : null}
      {trajectory.due.length > 0 ? (
        <p>
          <strong>{t.dueObligations}:</strong> {trajectory.due.map((item) => `${pick(item.message, language)} (${formatDay(item.dueOn)})`).join('; ')}
        </p>
      ) : null}
    </div>
  )
}

export const ParticipantOverviewView = async (props: DocumentViewServerProps): Promise<React.JSX.Element> => {
  const { req } = props.initPageResult
  const language = languageOf(req.i18n.language)
  const t = coachText(language)
  const to = links(routesOf(req.payload.config))
  const id = (props.initPageResult.docID ?? props.doc?.id) as number | string
  let overview: Awaited<ReturnType<typeof loadParticipantOverview>>
  try {
    overview = await loadParticipantOverview(req.payload, req.user!, id, {})
  } catch (error) {
    return <CoachError error={error} language={language} backUrl={to.details(id)} backLabel={t.editDetails} />
  }
  const { participant, current, latestAssessment, nextStep } = overview
  const staff = overview.can.assess
  const saved = typeof props.searchParams?.opgeslagen === 'string' ? props.searchParams.opgeslagen : null
  const rungLabels = Object.fromEntries(overview.ladderRungs.map((rung) => [rung.level, pick(rung.title, language)]))
  const points = overview.history.map((point) => ({
    date: formatDay(point.asOf),
    measured: point.rungLevel,
    growth: point.growthPotentialLevel,
  }))
  return (
    <div className="coach coach--participant gutter--left gutter--right" data-testid="participant-overview">
      {/* The document header above already shows the code; a name, when the coach keeps one, goes here. */}
      {participant.displayName ? <h1>{participant.displayName}</h1> : null}
      <p className="coach__intro">
        {[participant.centre.name, participant.workplace?.name, participant.coach ? `${t.coach}: ${participant.coach.name}` : null]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {saved === 'meting' ? <p className="coach__banner" role="status">{t.assessmentSaved}</p> : null}
      {saved === 'evaluatie' ? <p className="coach__banner" role="status">{t.reviewSaved}</p> : null}
      <div className="coach__actions">
        {overview.can.assess ? (
          <Link className="coach__button" href={to.newAssessment(participant.id)}>
            {t.newAssessment}
          </Link>
        ) : null}
        {overview.can.review && overview.trajectory ? (
          <Link className="coach__button" href={to.recordReview(participant.id, overview.trajectory.id)}>
            {t.recordReview}
          </Link>
        ) : null}
        {overview.can.printWeekPlan ? (
          <a className="coach__button" href={to.weekPlan(participant.id, isoWeekOf(overview.today))} target="_blank" rel="noreferrer">
            {t.printWeekPlan}
          </a>
        ) : null}
        {overview.can.observe ? (
          <Link className="coach__button coach__button--secondary" href={to.observation(participant.id)}>
            {t.recordObservation}
          </Link>
        ) : null}
      </div>

      {/* Assessments, the trajectory and reviews are the coach's: a work supervisor cannot read them,
          so the page leaves them out rather than claim there are none. */}
      {staff ? (
        <>
      <div className="coach__cards">
        <div className="coach__card" data-testid="current-rung">
          <h3>{t.currentRung}</h3>
          {current ? (
            <>
              <p className="coach__big">{rungText(current.rungLabel, language)}</p>
              <p className="coach__muted">
                {t.measuredOn(formatDay(current.asOf))}
                {current.provisional ? ` · ${t.provisional}` : ''}
              </p>
            </>
          ) : (
            <p>{t.noAssessmentYet}</p>
          )}
        </div>
        <div className="coach__card" data-testid="growth-potential">
          <h3>{t.growthPotential}</h3>
          <p className="coach__big">{current?.growthPotentialLabel ? pick(current.growthPotentialLabel, language) : t.noDate}</p>
        </div>
      </div>

      <h2>{t.latestAssessment}</h2>
      {latestAssessment ? (
        <>
          <p className="coach__muted">
            {t.onLadder(pick(latestAssessment.ladder.title, language), formatDay(latestAssessment.asOf), latestAssessment.assessedBy?.name ?? '')}
          </p>
          <AssessmentExplanation rungs={latestAssessment.rungs} language={language} />
        </>
      ) : (
        <p className="coach__muted">{t.noAssessmentYet}</p>
      )}

      <h2>{t.nextStep}</h2>
      <div data-testid="next-step">
        {!latestAssessment ? (
          <p className="coach__muted">{t.noAssessmentYet}</p>
        ) : !nextStep ? (
          <p>{t.nextStepTop}</p>
        ) : (
          <>
            <p>
              <strong>{t.towards(pick(nextStep.rungLabel, language))}</strong>
            </p>
            {nextStep.unmet.length === 0 && nextStep.unknown.length === 0 ? <p>{t.nextStepNothing}</p> : null}
            {nextStep.unmet.length > 0 ? (
              <>
                <h3 className="coach__subheading">{t.nextStepNeedsMet}</h3>
                <ul className="coach__list">
                  {nextStep.unmet.map((criterion) => (
                    <CriterionLine key={criterion.id} criterion={criterion} language={language} />
                  ))}
                </ul>
              </>
            ) : null}
            {nextStep.unknown.length > 0 ? (
              <>
                <h3 className="coach__subheading">{t.nextStepNeedsEvidence}</h3>
                <ul className="coach__list">
                  {nextStep.unknown.map((criterion) => (
                    <CriterionLine key={criterion.id} criterion={criterion} language={language} />
                  ))}
                </ul>
              </>
            ) : null}
          </>
        )}
      </div>

      <h2>{t.history}</h2>
      {points.length === 0 ? (
        <p className="coach__muted">{t.historyEmpty}</p>
      ) : (
        <>
          <RungHistoryChart points={points} rungLabels={rungLabels} measuredLabel={t.historyMeasured} growthLabel={t.historyGrowth} />
          <details>
            <summary>{t.historyTable}</summary>
            <table className="coach__table" data-testid="rung-history-table">
              <thead>
                <tr>
                  <th>{t.date}</th>
                  <th>{t.historyMeasured}</th>
                  <th>{t.historyGrowth}</th>
                </tr>
              </thead>
              <tbody>
                {overview.history.map((point) => (
                  <tr key={String(point.assessmentId)}>
                    <td>{formatDay(point.asOf)}</td>
                    <td>
                      {rungText(point.rungLabel, language)}
                      {point.provisional ? ` (${t.provisional})` : ''}
                    </td>
                    <td>{point.growthPotential ? (rungLabels[point.growthPotentialLevel ?? -1] ?? point.growthPotential) : t.noDate}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}

        </>
      ) : null}

      <h2>{t.learningGoals}</h2>
      {overview.learningGoals.length === 0 ? (
        <p className="coach__muted">
          {t.noLearningGoals} <Link href={to.details(participant.id)}>{t.editDetails}</Link>
        </p>
      ) : (
        <ul className="coach__list" data-testid="learning-goals">
          {overview.learningGoals.map((goal) => (
            <li key={String(goal.id)}>
              <OutcomeBadge outcome={goal.outcome} language={language} labels={t.goalOutcome} /> <strong>{pick(goal.title, language)}</strong>{' '}
              <span className="coach__muted">({t.goalStatus[goal.status] ?? goal.status})</span>
              {goal.observations ? <span className="coach__muted"> · {t.observationsCounted(goal.observations.counted, goal.observations.needed)}</span> : null}
              {goal.status === 'achieved' && goal.outcome !== 'met' ? <div data-testid="goal-evidence-mismatch">{t.goalAchievedWithoutEvidence}</div> : null}
              <div className="coach__muted">{explanationText(pick(goal.explanation, language))}</div>
            </li>
          ))}
        </ul>
      )}

      {staff ? (
        <>
          <h2>{t.trajectory}</h2>
          <TrajectoryStatus overview={overview} language={language} />
        </>
      ) : null}

      <h2>{t.observations}</h2>
      {overview.observations.length === 0 ? (
        <p className="coach__muted">{t.noObservations}</p>
      ) : (
        <ul className="coach__list" data-testid="observations">
          {overview.observations.map((observation) => (
            <li key={String(observation.id)}>
              <strong>{formatDay(observation.observedOn)}</strong> · {observation.learningGoal ? pick(observation.learningGoal.title, language) : ''}
              {observation.positive !== null ? ` · ${observation.positive ? t.positive : t.notYet}` : ''}
              {observation.level !== null ? ` · ${t.level(observation.level)}` : ''}
              {observation.observer ? <span className="coach__muted"> · {observation.observer.name}</span> : null}
              {observation.note ? <div>{observation.note}</div> : null}
            </li>
          ))}
        </ul>
      )}

      {staff ? (
        <>
      <h2>{t.reviews}</h2>
      {overview.reviews.length === 0 ? (
        <p className="coach__muted">{t.noReviews}</p>
      ) : (
        <ul className="coach__list" data-testid="reviews">
          {overview.reviews.map((review) => (
            <li key={String(review.id)}>
              <strong>{formatDay(review.reviewedOn)}</strong> · {t.decisions[review.decision] ?? review.decision}
              <span className="coach__muted">{[review.coach?.name, review.supervisor?.name].filter(Boolean).map((who) => ` · ${who}`).join('')}</span>
              {review.note ? <div>{review.note}</div> : null}
            </li>
          ))}
        </ul>
      )}
        </>
      ) : null}
      <p style={{ marginTop: 32 }}>
        <Link href={to.details(participant.id)}>{t.editDetails}</Link>
      </p>
    </div>
  )
}
