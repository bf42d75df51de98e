import { dayNumber, formatDate } from '../internal/dates.js'
import { t } from './catalogue.js'
import type { DocumentLayout, FigureItem, LayoutItem } from './DocumentLayout.js'
import { Flow, FLOW_BOTTOM } from './Flow.js'
import { CONTENT_WIDTH, header, INK, LIGHT, MUTED, PAGE, rule, text, themeOf, type Theme } from './frame.js'
import type { ProgressReportInput } from './ProgressReportInput.js'

const M = PAGE.margin
const W = CONTENT_WIDTH
const LABELS = 150
const ROW_HEIGHT = 26

/**
 * The rung history as a step chart: rungs on the vertical axis (lowest at the bottom), time across.
 * One figure in the tagged PDF; its alternative text sums it up, and the dated list below it gives
 * every step.
 */
function chart(input: ProgressReportInput, theme: Theme, top: number): LayoutItem[] {
  const latest = input.history.at(-1)
  const rungTitle = input.ladder.rungs.find((rung) => rung.id === latest?.rungId)?.title ?? latest?.rungId ?? ''
  const alt = t(input.locale, 'report.chartAlt', {
    from: formatDate(input.period.from, input.locale), to: formatDate(input.period.to, input.locale),
    count: input.history.length, date: latest ? formatDate(latest.date, input.locale) : '', rung: rungTitle,
  })
  return [{ kind: 'figure', alt, items: chartItems(input, theme, top) }]
}

function chartItems(input: ProgressReportInput, theme: Theme, top: number): Exclude<LayoutItem, FigureItem>[] {
  const { rungs } = input.ladder
  const plotLeft = M + LABELS + 10
  const plotRight = M + W - 8
  const plotTop = top + 6
  const plotBottom = plotTop + rungs.length * ROW_HEIGHT
  const start = dayNumber(input.period.from)
  const span = Math.max(1, dayNumber(input.period.to) - start)
  const x = (date: string): number => plotLeft + ((dayNumber(date) - start) / span) * (plotRight - plotLeft)
  const indexOf = new Map(rungs.map((rung, index) => [rung.id, index]))
  const y = (rungId: string): number => plotBottom - ((indexOf.get(rungId) ?? 0) + 0.5) * ROW_HEIGHT

  const items: Exclude<LayoutItem, FigureItem>[] = [{ kind: 'rect', x: plotLeft, y: plotTop, width: plotRight - plotLeft, height: plotBottom - plotTop, fill: '#fafbfc', stroke: LIGHT, lineWidth: 0.75 }]
  rungs.forEach((rung, index) => {
    const rowY = plotBottom - (index + 0.5) * ROW_HEIGHT
    items.push(
      text(rung.title, { x: M, y: rowY - 7, width: LABELS, height: 14 }, `/ladder/rungs/${index}/title`, { size: 9, minSize: 5.5, align: 'right', color: INK }),
      { kind: 'polyline', points: [[plotLeft, rowY], [plotRight, rowY]], color: LIGHT, lineWidth: 0.5, dash: 2 },
    )
  })
  const points: [number, number][] = []
  input.history.forEach((entry, index) => {
    const px = x(entry.date)
    const py = y(entry.rungId)
    const previous = points.at(-1)
    if (index > 0 && previous) points.push([px, previous[1]])
    points.push([px, py])
  })
  const last = points.at(-1)
  if (last) points.push([plotRight, last[1]])
  items.push({ kind: 'polyline', points, color: theme.primary, lineWidth: 2 })
  for (const entry of input.history) items.push({ kind: 'circle', x: x(entry.date), y: y(entry.rungId), radius: 3.2, fill: theme.accent })
  items.push(
    text(formatDate(input.period.from, input.locale), { x: plotLeft, y: plotBottom + 4, width: 150, height: 12 }, '/period/from', { size: 8, color: MUTED }),
    text(formatDate(input.period.to, input.locale), { x: plotRight - 150, y: plotBottom + 4, width: 150, height: 12 }, '/period/to', { size: 8, color: MUTED, align: 'right' }),
  )
  return items
}

/**
 * Lays out a progress report as data: participant, period and ladder, the rung history as a step
 * chart and as a dated list, learning goals with their status, and the coach's summary. Pure.
 *
 * @example
 * ```ts
 * const layout = layoutProgressReport(validateProgressReportInput(reportInput))
 * layout.pages[0]?.items.some((item) => item.kind === 'polyline') //=> true (the chart)
 * ```
 */
export function layoutProgressReport(input: ProgressReportInput): DocumentLayout {
  const { locale } = input
  const theme = themeOf(input.centre)
  const title = t(locale, 'report.title')
  const first: LayoutItem[] = [
    ...header(input.centre, theme, 76, locale),
    text(title, { x: M, y: 98, width: W, height: 30 }, '', { size: 22, font: 'bold', color: theme.primary, role: 'H1' }),
    text(input.participant.name, { x: M, y: 130, width: W - 160, height: 24 }, '/participant/name', { size: 16, minSize: 9, font: 'bold' }),
    text(`${t(locale, 'period')}: ${formatDate(input.period.from, locale)} – ${formatDate(input.period.to, locale)}`, { x: M, y: 156, width: W, height: 15 }, '/period', { size: 10.5, color: MUTED }),
    text(`${t(locale, 'report.ladder')}: ${input.ladder.title}`, { x: M, y: 172, width: W, height: 15 }, '/ladder/title', { size: 10.5, color: MUTED }),
  ]
  if (input.participant.pseudonym) {
    first.push(text(input.participant.pseudonym, { x: M + W - 150, y: 134, width: 150, height: 14 }, '/participant/pseudonym', { size: 8, color: MUTED, align: 'right' }))
  }
  const continuation = (): { items: LayoutItem[]; y: number } => ({
    items: [
      text(`${title} · ${input.participant.name}`, { x: M, y: 40, width: W, height: 16 }, '/participant/name', { size: 10, color: MUTED }),
      rule(M, 58, W, theme.accent, 0.75),
    ],
    y: 72,
  })
  const flow = new Flow(72, FLOW_BOTTOM, continuation, 200)
  flow.pages[0]?.push(...first)

  const section = (label: string, source: string): void => {
    flow.block(26, (y) => [
      text(label, { x: M, y, width: W, height: 16 }, source, { size: 12, font: 'bold', color: theme.primary, role: 'H2' }),
      rule(M, y + 17, W, theme.accent, 0.75),
    ])
  }

  section(t(locale, 'report.chart'), '/history')
  flow.block(input.ladder.rungs.length * ROW_HEIGHT + 30, (y) => chart(input, theme, y))

  const rungTitle = new Map(input.ladder.rungs.map((rung) => [rung.id, rung.title]))
  flow.keep(26 + 3 * 16)
  section(t(locale, 'report.history'), '/history')
  flow.block(16, (y) => [
    text(t(locale, 'report.date'), { x: M, y, width: 140, height: 14 }, '', { size: 9, color: MUTED }),
    text(t(locale, 'report.rung'), { x: M + 150, y, width: W - 150, height: 14 }, '', { size: 9, color: MUTED }),
  ])
  input.history.forEach((entry, index) => {
    flow.block(16, (y) => [
      text(formatDate(entry.date, locale), { x: M, y, width: 140, height: 14 }, `/history/${index}/date`, { size: 10 }),
      text(rungTitle.get(entry.rungId) ?? entry.rungId, { x: M + 150, y, width: W - 150, height: 14 }, `/history/${index}/rungId`, { size: 10, font: 'bold' }),
    ])
  })

  const goals = input.goals ?? []
  if (goals.length > 0) {
    flow.gap(10)
    flow.keep(26 + 2 * 17)
    section(t(locale, 'report.goals'), '/goals')
    goals.forEach((goal, index) => {
      flow.block(17, (y) => [
        text(goal.title, { x: M, y, width: W - 130, height: 15 }, `/goals/${index}/title`, { size: 10 }),
        text(t(locale, `report.status.${goal.status}`), { x: M + W - 120, y, width: 120, height: 15 }, `/goals/${index}/status`, {
          size: 10, font: 'bold', align: 'right', color: goal.status === 'achieved' ? theme.primary : MUTED,
        }),
      ])
    })
  }

  if (input.summary) {
    const summary = input.summary
    flow.gap(10)
    flow.keep(26 + 120)
    section(t(locale, 'report.summary'), '/summary')
    flow.block(120, (y) => [text(summary, { x: M, y, width: W, height: 116 }, '/summary', { size: 10, minSize: 6.5, mode: 'wrap' })])
  }

  const issued = t(locale, 'issuedOn', { date: formatDate(input.issuedOn, locale) })
  const pages = flow.pages.map((items, index) => {
    const footer: LayoutItem[] = [
      rule(M, PAGE.height - 62, W, LIGHT, 1),
      text(input.coach ? `${issued} · ${t(locale, 'report.coach')}: ${input.coach.name}` : issued, { x: M, y: PAGE.height - 54, width: W - 130, height: 13 }, input.coach ? '/coach/name' : '/issuedOn', { size: 9, color: MUTED }),
      text(t(locale, 'page', { page: index + 1, pages: flow.pages.length }), { x: M + W - 120, y: PAGE.height - 54, width: 120, height: 13 }, '', { size: 8, color: MUTED, align: 'right' }),
    ]
    return { items: [...items, ...footer] }
  })
  return {
    size: 'A4',
    width: PAGE.width,
    height: PAGE.height,
    createdOn: input.issuedOn,
    metadata: { title: `${title}: ${input.ladder.title}`, author: input.centre.name, subject: input.ladder.title, language: locale === 'nl' ? 'nl-NL' : 'en-GB' },
    pages,
    attachments: [],
  }
}
