// The coach's dashboard: what is due today and this week, one row per thing to do, each row
// linking to its action. The worklist itself comes from loadWorklist (the trajectory policies).
import type { DashboardViewServerProps } from '@payloadcms/next/views'
import Link from 'next/link'
import React from 'react'
import { loadWorklist, WORKLIST_SECTIONS, type WorklistItem } from '../../coach/loadWorklist'
import { coachText, languageOf, pick, type Language } from '../../i18n/coachText'
import { formatDay } from '../../i18n/formatDay'
import { actionHref, links, routesOf } from '../links'
import { CoachError } from '../CoachError'
import '../coach.css'

const participantName = (item: WorklistItem): string =>
  item.participant.displayName ? `${item.participant.displayName} (${item.participant.code})` : item.participant.code

/** "2 en 3", "2, 3 en 4" / "2 and 3". */
const listed = (items: readonly string[], language: Language): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${language === 'nl' ? 'en' : 'and'} ${items[items.length - 1]}`

interface Row {
  item: WorklistItem
  message: string
}

/**
 * One row per participant and action in a section: several late reviews of one trajectory are
 * caught up in one meeting, so they share a row (with the earliest date).
 */
const rowsOf = (items: readonly WorklistItem[], language: Language): Row[] => {
  const t = coachText(language)
  const groups = new Map<string, WorklistItem[]>()
  for (const item of items) {
    const key = `${item.participant.id}|${item.trajectory?.id ?? ''}|${item.action.kind}`
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!
    const numbers = group.map((item) => item.number).filter((number): number is number => number !== null)
    if (group.length > 1 && first.section === 'reviews-late' && numbers.length === group.length) {
      return { item: first, message: t.reviewsLate(listed(numbers.map(String), language), first.dueOn ? formatDay(first.dueOn) : t.noDate) }
    }
    return { item: first, message: group.map((item) => pick(item.message, language)).join(' ') }
  })
}

export const WorklistView = async (props: DashboardViewServerProps): Promise<React.JSX.Element> => {
  const { req } = props.initPageResult
  const language = languageOf(req.i18n.language)
  const t = coachText(language)
  const routes = routesOf(req.payload.config)
  const to = links(routes)
  let worklist: Awaited<ReturnType<typeof loadWorklist>>
  try {
    worklist = await loadWorklist(req.payload, req.user!, {})
  } catch (error) {
    return <CoachError error={error} language={language} backUrl={to.participants()} backLabel={t.allParticipants} />
  }
  const scope =
    worklist.scope === 'caseload' ? t.worklistScopeCaseload : worklist.scope === 'centre' ? (worklist.centre ? t.worklistScopeCentre(worklist.centre.name) : '') : t.worklistScopeAll
  const sections = WORKLIST_SECTIONS.filter((section) => worklist.sections[section].length > 0)
  return (
    <div className="coach coach--worklist gutter--left gutter--right" data-testid="worklist">
      <h1>{t.worklistTitle}</h1>
      <p className="coach__intro">
        {[t.worklistIntro(formatDay(worklist.today)), scope, t.participantsCounted(worklist.participantCount)].filter(Boolean).join(' · ')}
      </p>
      <div className="coach__actions">
        <Link className="coach__button coach__button--secondary" href={to.participants()}>
          {t.allParticipants}
        </Link>
      </div>
      {sections.length === 0 ? <p className="coach__banner">{t.worklistEmpty}</p> : null}
      {sections.map((section) => (
        <section key={section} data-section={section}>
          <h2>
            {t.sections[section]} ({rowsOf(worklist.sections[section], language).length})
          </h2>
          <table className="coach__table">
            <thead>
              <tr>
                <th>{t.colParticipant}</th>
                <th>{t.colWhat}</th>
                <th>{t.colWhen}</th>
                <th>{t.colAction}</th>
              </tr>
            </thead>
            <tbody>
              {rowsOf(worklist.sections[section], language).map(({ item, message }, index) => (
                <tr key={`${item.participant.id}-${index}`}>
                  <td>
                    <Link href={to.overview(item.participant.id)}>{participantName(item)}</Link>
                  </td>
                  <td>{message}</td>
                  <td className={item.late ? 'coach__late' : undefined}>
                    {item.dueOn ? formatDay(item.dueOn) : t.noDate}
                    {item.late ? ` (${t.late})` : ''}
                  </td>
                  <td>
                    <Link className="coach__button" href={actionHref(routes, item.action)}>
                      {pick(item.action.label, language)}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  )
}
