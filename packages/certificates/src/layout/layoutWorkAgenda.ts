import { formatDate, formatWeekday } from '../internal/dates.js'
import { t } from './catalogue.js'
import type { DocumentLayout, LayoutItem } from './DocumentLayout.js'
import { Flow, FLOW_BOTTOM } from './Flow.js'
import { CONTENT_WIDTH, header, LIGHT, MUTED, PAGE, rule, text, themeOf } from './frame.js'
import type { WorkAgendaInput } from './WorkAgendaInput.js'

const M = PAGE.margin
const W = CONTENT_WIDTH
const ROW = 17
// Columns: time, kind, what, where, with whom.
const COLUMNS = [
  { x: M, width: 72 },
  { x: M + 76, width: 56 },
  { x: M + 136, width: 160 },
  { x: M + 300, width: 110 },
  { x: M + 414, width: W - 414 },
] as const

const column = (index: number): { x: number; width: number } => COLUMNS[index] ?? COLUMNS[0]

/**
 * Lays out the weekly work agenda (*werkweekagenda*) as data: week and dates on top, the week's
 * goals, then each day with its activities (time, kind, what, where, with whom) in plain language;
 * more pages when the week is full. Pure.
 *
 * @example
 * ```ts
 * const layout = layoutWorkAgenda(validateWorkAgendaInput(agendaInput))
 * layout.pages.length //=> 1
 * ```
 */
export function layoutWorkAgenda(input: WorkAgendaInput): DocumentLayout {
  const { locale } = input
  const theme = themeOf(input.centre)
  const weekTitle = `${t(locale, 'agenda.title')} – ${t(locale, 'agenda.week', { week: input.week.number, year: input.week.year })}`
  const lastDay = new Date(Date.parse(`${input.week.startsOn}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10)
  const first: LayoutItem[] = [
    ...header(input.centre, theme, 76, locale),
    text(weekTitle, { x: M, y: 98, width: W, height: 30 }, '/week', { size: 22, minSize: 12, font: 'bold', color: theme.primary, role: 'H1' }),
    text(`${formatDate(input.week.startsOn, locale)} – ${formatDate(lastDay, locale)}`, { x: M, y: 130, width: W - 160, height: 16 }, '/week/startsOn', { size: 11, color: MUTED }),
    text(input.participant.name, { x: M, y: 150, width: W - 160, height: 24 }, '/participant/name', { size: 16, minSize: 9, font: 'bold' }),
  ]
  if (input.participant.pseudonym) {
    first.push(text(input.participant.pseudonym, { x: M + W - 150, y: 154, width: 150, height: 14 }, '/participant/pseudonym', { size: 8, color: MUTED, align: 'right' }))
  }
  const continuation = (): { items: LayoutItem[]; y: number } => ({
    items: [
      text(`${weekTitle} · ${input.participant.name}`, { x: M, y: 40, width: W, height: 16 }, '/participant/name', { size: 10, color: MUTED }),
      rule(M, 58, W, theme.accent, 0.75),
    ],
    y: 70,
  })
  const flow = new Flow(70, FLOW_BOTTOM, continuation, 184)
  flow.pages[0]?.push(...first)

  const goals = input.goals ?? []
  if (goals.length > 0) {
    const height = 26 + goals.length * 16
    flow.block(height + 10, (y) => [
      { kind: 'rect', x: M, y, width: W, height, fill: LIGHT, radius: 4 },
      text(t(locale, 'agenda.goals'), { x: M + 10, y: y + 6, width: W - 20, height: 15 }, '/goals', { size: 11, font: 'bold', color: theme.primary, role: 'H2' }),
      ...goals.map((goal, index) => text(`•  ${goal.title}`, { x: M + 10, y: y + 24 + index * 16, width: W - 20, height: 15 }, `/goals/${index}/title`, { size: 10 })),
    ])
  }

  input.days.forEach((day, dayIndex) => {
    const rows = Math.max(1, day.activities.length)
    flow.keep(22 + rows * ROW + 8)
    flow.block(22, (y) => [
      { kind: 'rect', x: M, y, width: W, height: 19, fill: theme.primary, radius: 3 },
      text(formatWeekday(day.date, locale), { x: M + 8, y: y + 3, width: W - 16, height: 15 }, `/days/${dayIndex}/date`, { size: 11, font: 'bold', color: '#ffffff', role: 'H2' }),
    ])
    if (day.activities.length === 0) {
      flow.block(ROW, (y) => [text(t(locale, 'agenda.free'), { x: column(0).x, y: y + 2, width: W, height: 14 }, `/days/${dayIndex}/activities`, { size: 10, color: MUTED })])
    }
    day.activities.forEach((activity, index) => {
      const source = `/days/${dayIndex}/activities/${index}`
      flow.block(ROW, (y) => {
        const cells: [number, string, string, 'regular' | 'bold'][] = [
          [0, `${activity.start}–${activity.end}`, 'start', 'bold'],
          [1, t(locale, `agenda.kind.${activity.kind}`), 'kind', 'regular'],
          [2, activity.title, 'title', 'bold'],
          [3, activity.location ?? '', 'location', 'regular'],
          [4, activity.contact ?? '', 'contact', 'regular'],
        ]
        return [
          ...cells.filter(([, value]) => value !== '').map(([col, value, key, font]) =>
            text(value, { ...column(col), y: y + 2, height: 14 }, `${source}/${key}`, { size: 10, minSize: 6.5, font })),
          rule(M, y + ROW - 0.5, W, LIGHT, 0.5),
        ]
      })
    })
    flow.gap(8)
  })

  const pages = flow.pages.map((items, index) => {
    const footer: LayoutItem[] = [
      text(t(locale, 'page', { page: index + 1, pages: flow.pages.length }), { x: M + W - 120, y: PAGE.height - 40, width: 120, height: 12 }, '', { size: 8, color: MUTED, align: 'right' }),
    ]
    if (input.coach) {
      const coachText = input.coach.phone
        ? t(locale, 'agenda.coachPhone', { name: input.coach.name, phone: input.coach.phone })
        : t(locale, 'agenda.coach', { name: input.coach.name })
      footer.push(text(coachText, { x: M, y: PAGE.height - 56, width: W - 130, height: 14 }, '/coach', { size: 10, font: 'bold', color: theme.primary }))
    }
    return { items: [...items, ...footer] }
  })
  return {
    size: 'A4',
    width: PAGE.width,
    height: PAGE.height,
    createdOn: input.issuedOn,
    metadata: { title: weekTitle, author: input.centre.name, subject: weekTitle, language: locale === 'nl' ? 'nl-NL' : 'en-GB' },
    pages,
    attachments: [],
  }
}
