import { hasRightToLeft } from '../internal/bidi.js'
import { formatDate } from '../internal/dates.js'
import { t } from './catalogue.js'
import type { CertificateInput, PraktijkverklaringInput } from './CertificateInput.js'
import type { DocumentLocale, Period, Signatory } from './CentreInfo.js'
import type { Attachment, DocumentLayout, LayoutItem } from './DocumentLayout.js'
import { bullets, CONTENT_WIDTH, header, INK, LIGHT, MUTED, PAGE, qrCode, rule, text, themeOf, type Theme } from './frame.js'

const M = PAGE.margin
const W = CONTENT_WIDTH

const periodText = (period: Period, locale: DocumentLocale): string =>
  `${formatDate(period.from, locale)} – ${formatDate(period.to, locale)}`

// A value longer than 60 characters wraps to two lines, over 140 to three (a qualification title
// may have 200 characters, and a praktijkverklaring adds the crebo code).
const linesOf = (value: string): number => {
  const length = [...value].length
  return length > 140 ? 3 : length > 60 ? 2 : 1
}

/** Height of a label–value row, with the gap below it. */
const rowHeight = (value: string): number => 18 + (linesOf(value) - 1) * 12

/** A label–value row; the value shrinks to fit on one line, or wraps when it is long. */
function row(label: string, value: string, y: number, source: string): LayoutItem[] {
  const lines = linesOf(value)
  return [
    text(label, { x: M, y, width: 150, height: 16 }, source, { size: 9.5, color: MUTED }),
    text(value, { x: M + 155, y, width: W - 155, height: 16 + (lines - 1) * 12 }, source, { size: 10.5, font: 'bold', mode: lines > 1 ? 'wrap' : 'line' }),
  ]
}

function heading(label: string, y: number, theme: Theme, source: string): LayoutItem[] {
  return [
    text(label, { x: M, y, width: W, height: 16 }, source, { size: 11, font: 'bold', color: theme.primary, role: 'H2' }),
    rule(M, y + 16, W, theme.accent, 0.75),
  ]
}

function signatures(signatories: readonly Signatory[], y: number): LayoutItem[] {
  const gap = 20
  const width = (W - gap * 2) / 3
  return signatories.flatMap((signatory, index) => {
    const x = M + index * (width + gap)
    return [
      rule(x, y + 34, width, INK, 0.5),
      text(signatory.name, { x, y: y + 39, width, height: 14 }, `/signatories/${index}/name`, { size: 9.5, font: 'bold' }),
      text(signatory.role, { x, y: y + 53, width, height: 12 }, `/signatories/${index}/role`, { size: 8.5, color: MUTED }),
    ]
  })
}

function footer(input: CertificateInput, theme: Theme): LayoutItem[] {
  const { locale } = input
  const y = 742
  const qrSize = 72
  const textWidth = W - qrSize - 20
  const date = formatDate(input.issuedOn, locale)
  const items: LayoutItem[] = [
    rule(M, y - 8, W, LIGHT, 1),
    text(input.centre.location ? t(locale, 'issuedAt', { place: input.centre.location, date }) : t(locale, 'issuedOn', { date }),
      { x: M, y, width: textWidth, height: 14 }, '/issuedOn', { size: 9.5 }),
    text(t(locale, 'verify'), { x: M, y: y + 28, width: textWidth, height: 12 }, '/verifyUrl', { size: 8, color: MUTED }),
    text(input.verifyUrl, { x: M, y: y + 40, width: textWidth, height: 12 }, '/verifyUrl', { size: 8.5, color: theme.primary, minSize: 5 }),
    qrCode(input.verifyUrl, M + W - qrSize, y - 2, qrSize, INK, locale),
  ]
  if (input.certificateNumber) {
    items.push(text(`${t(locale, 'number')}: ${input.certificateNumber}`, { x: M, y: y + 14, width: textWidth, height: 12 }, '/certificateNumber', { size: 8.5, color: MUTED }))
  }
  if (input.credential !== undefined) {
    items.push(text(t(locale, typeof input.credential === 'string' ? 'embedded' : 'embeddedJson'), { x: M, y: y + 56, width: textWidth, height: 12 }, '/credential', { size: 7.5, color: MUTED }))
  }
  return items
}

/** Title, recipient and achievement: the top half every kind shares. */
function opening(input: CertificateInput, theme: Theme): LayoutItem[] {
  const { locale } = input
  const subtitle = input.kind === 'certificaat'
    ? `${t(locale, 'subtitle.certificaat')}: ${t(locale, `area.${input.qualification.area}`)}`
    : t(locale, `subtitle.${input.kind}`)
  return [
    ...header(input.centre, theme, 100, locale),
    text(t(locale, `title.${input.kind}`), { x: M, y: 132, width: W, height: 40 }, '/kind', { size: 30, font: 'bold', color: theme.primary, align: 'center', role: 'H1' }),
    text(subtitle, { x: M, y: 174, width: W, height: 16 }, '/kind', { size: 11, color: MUTED, align: 'center' }),
    text(t(locale, 'awardedTo'), { x: M, y: 208, width: W, height: 14 }, '/recipient/name', { size: 10, color: MUTED, align: 'center' }),
    // A long name may take two lines; a right-to-left one stays on one line, where it is reordered.
    text(input.recipient.name, { x: M, y: 224, width: W, height: 38 }, '/recipient/name', {
      size: 26, minSize: 8, font: 'bold', align: 'center',
      mode: [...input.recipient.name].length > 36 && !hasRightToLeft(input.recipient.name) ? 'wrap' : 'line',
    }),
    rule(M + W / 2 - 90, 266, 180, theme.accent, 1.5),
    // Up to 200 characters: real qualification titles run to 150 and more, so it wraps to three lines.
    text(input.achievement.title, { x: M, y: 274, width: W, height: 50 }, '/achievement/title', { size: 17, minSize: 8, font: 'bold', align: 'center', mode: 'wrap' }),
  ]
}

function details(input: CertificateInput): { readonly items: LayoutItem[]; readonly bottom: number } {
  const { locale } = input
  const rows: [string, string, string][] = []
  if (input.kind === 'getuigschrift') {
    if (input.workplace) rows.push([t(locale, 'workplace'), input.workplace, '/workplace'])
    if (input.period) rows.push([t(locale, 'period'), periodText(input.period, locale), '/period'])
  } else if (input.kind === 'certificaat') {
    rows.push([t(locale, 'qualification'), input.qualification.title, '/qualification/title'])
    rows.push([t(locale, 'area'), t(locale, `area.${input.qualification.area}`), '/qualification/area'])
    if (input.hours !== undefined) rows.push([t(locale, 'hours'), String(input.hours), '/hours'])
  } else {
    const company = input.company.recognitionNumber
      ? `${input.company.name} (${t(locale, 'recognitionNumber')} ${input.company.recognitionNumber})`
      : input.company.name
    rows.push([t(locale, 'company'), company, '/company'])
    rows.push([t(locale, 'practiceTrainer'), input.practiceTrainer.name, '/practiceTrainer/name'])
    rows.push([t(locale, 'qualification'), `${input.qualification.title} (crebo ${input.qualification.crebo})`, '/qualification'])
    rows.push([t(locale, 'period'), periodText(input.period, locale), '/period'])
  }
  const items: LayoutItem[] = []
  let y = 330
  for (const [label, value, source] of rows) {
    items.push(...row(label, value, y, source))
    y += rowHeight(value)
  }
  return { items, bottom: y }
}

/** Page 2 of a praktijkverklaring: work processes, competences and evidence in full. */
function annex(input: PraktijkverklaringInput, theme: Theme): LayoutItem[] {
  const { locale } = input
  const items: LayoutItem[] = [
    ...header(input.centre, theme, 70, locale),
    text(`${t(locale, 'annex')} ${input.recipient.name}`, { x: M, y: 96, width: W, height: 22 }, '/recipient/name', { size: 14, font: 'bold', color: theme.primary, role: 'H1' }),
    text(`${input.qualification.title} (crebo ${input.qualification.crebo})`, { x: M, y: 119, width: W, height: 26 }, '/qualification', { size: 10.5, minSize: 6, mode: 'wrap' }),
    ...heading(t(locale, 'workProcesses'), 150, theme, '/workProcesses'),
    text(input.workProcesses.map((process) => `${process.code}  ${process.title}`).join('\n'), { x: M, y: 174, width: W, height: 120 }, '/workProcesses', { size: 10, minSize: 6, mode: 'wrap' }),
    ...heading(t(locale, 'competences'), 304, theme, '/achievement/competences'),
    text(bullets(input.achievement.competences), { x: M, y: 328, width: W, height: 180 }, '/achievement/competences', { size: 10, minSize: 6, mode: 'wrap' }),
    ...heading(t(locale, 'evidence'), 518, theme, '/evidence'),
    text(bullets(input.evidence), { x: M, y: 542, width: W, height: 120 }, '/evidence', { size: 10, minSize: 6, mode: 'wrap' }),
    text(t(locale, 'annexNote'), { x: M, y: 770, width: W, height: 24 }, '/kind', { size: 8, color: MUTED, mode: 'wrap' }),
  ]
  if (input.achievement.description) {
    items.push(text(input.achievement.description, { x: M, y: 672, width: W, height: 86 }, '/achievement/description', { size: 9, minSize: 6, mode: 'wrap', color: MUTED }))
  }
  return items
}

/**
 * Lays out a getuigschrift, praktijkverklaring or certificaat on A4 as data: the centre's band,
 * title, recipient, achievement, the fields of the kind, competences, signatures and a QR code to
 * the verification URL. Pure: no fonts, no I/O; pass the result to the renderer.
 *
 * @example
 * ```ts
 * const layout = layoutCertificate(validateCertificateInput(input))
 * layout.pages.length //=> 1 (2 for a praktijkverklaring: an annex with work processes and evidence)
 * ```
 */
export function layoutCertificate(input: CertificateInput): DocumentLayout {
  const theme = themeOf(input.centre)
  const { locale } = input
  const rows = details(input)
  const first: LayoutItem[] = [...opening(input, theme), ...rows.items]
  if (input.kind === 'praktijkverklaring') {
    // Long rows push the work processes down; there is room down to the signatures at 652.
    const top = Math.max(420, rows.bottom + 8)
    first.push(
      ...heading(t(locale, 'workProcesses'), top, theme, '/workProcesses'),
      text(input.workProcesses.map((process) => process.code).join('  ·  '), { x: M, y: top + 24, width: W, height: 40 }, '/workProcesses', { size: 10.5, mode: 'wrap' }),
      text(t(locale, 'annexNote'), { x: M, y: top + 80, width: W, height: 30 }, '/kind', { size: 9.5, color: MUTED, mode: 'wrap' }),
    )
  } else {
    // Long rows push the competences down and leave them less room (their text shrinks to fit).
    const top = Math.max(400, rows.bottom + 8)
    first.push(
      ...heading(t(locale, 'competences'), top, theme, '/achievement/competences'),
      text(bullets(input.achievement.competences), { x: M, y: top + 24, width: W, height: 594 - (top + 24) }, '/achievement/competences', { size: 10.5, minSize: 6, mode: 'wrap' }),
    )
    if (input.achievement.description) {
      first.push(text(input.achievement.description, { x: M, y: 600, width: W, height: 50 }, '/achievement/description', { size: 9.5, minSize: 6, mode: 'wrap', color: MUTED }))
    }
  }
  if (input.signatories) first.push(...signatures(input.signatories, 652))
  first.push(...footer(input, theme))

  const pages = [{ items: first }]
  if (input.kind === 'praktijkverklaring') pages.push({ items: annex(input, theme) })
  const attachments: Attachment[] = input.credential === undefined
    ? []
    : typeof input.credential === 'string'
      ? [{ name: 'credential.jwt', mimeType: 'application/vc+jwt', description: 'Open Badges 3.0 credential (VC-JWT)', content: input.credential }]
      : [{ name: 'credential.json', mimeType: 'application/vc', description: 'Open Badges 3.0 credential (Data Integrity, eddsa-rdfc-2022)', content: JSON.stringify(input.credential) }]
  return {
    size: 'A4',
    width: PAGE.width,
    height: PAGE.height,
    createdOn: input.issuedOn,
    metadata: {
      title: `${t(locale, `title.${input.kind}`)}: ${input.achievement.title}`,
      author: input.centre.name,
      subject: input.achievement.title,
      language: locale === 'nl' ? 'nl-NL' : 'en-GB',
    },
    pages,
    attachments,
  }
}
