import type { Assessment, CriterionResult, Outcome } from './Assessment.js'
import type { Ladder, Locale, LocalizedText } from '../ladder/Ladder.js'

/**
 * An assessment as `doorstart assess` writes it: explanations are only present with `--explain`.
 *
 * @example
 * ```ts
 * const record = JSON.parse(line).assessment as AssessmentRecord
 * explainAssessment(record, builtinLadders.participatieladder, { lang: 'en' })
 * ```
 */
export type AssessmentRecord = Omit<Assessment, 'rungs'> & {
  readonly rungs: readonly {
    readonly id: string
    readonly outcome: Outcome
    readonly criteria: readonly (Omit<CriterionResult, 'explanation'> & { readonly explanation?: CriterionResult['explanation'] })[]
  }[]
}

const WORDS = {
  nl: {
    asOf: 'peildatum', rung: 'Trede', none: 'nog geen trede', provisional: 'voorlopig: er ontbreken gegevens',
    next: 'Volgende stap', top: 'Dit is de hoogste trede.', met: 'voldaan', 'not-met': 'niet voldaan', unknown: 'onbekend',
    missing: 'ontbreekt', unmet: 'nog niet voldaan', unknownList: 'nog onbekend',
  },
  en: {
    asOf: 'as of', rung: 'Rung', none: 'no rung yet', provisional: 'provisional: some facts are missing',
    next: 'Next step', top: 'This is the highest rung.', met: 'met', 'not-met': 'not met', unknown: 'unknown',
    missing: 'missing', unmet: 'not met yet', unknownList: 'still unknown',
  },
} as const

const MARK: { readonly [outcome in Outcome]: string } = { met: '[x]', 'not-met': '[ ]', unknown: '[?]' }

function pick(text: LocalizedText | undefined, lang: Locale, fallback: string): string {
  return text === undefined ? fallback : (text[lang] ?? text.nl ?? text.en ?? fallback)
}

/**
 * Renders an assessment as readable Dutch or English text: the ladder, the placed rung (and
 * whether it is provisional), every rung with its criteria and their explanations, and the next
 * step. Records written without explanations (the default of `doorstart assess`) show the
 * missing facts instead. Titles come from `ladder` when given (matching id), otherwise the ids are shown. Pure.
 *
 * @example
 * ```ts
 * const ladder = builtinLadders.participatieladder
 * console.log(explainAssessment(assess(ladder, { socialContactsPerWeek: 2 }, { asOf: '2026-03-01' }), ladder, { lang: 'nl' }))
 * // Participatieladder (participatieladder 2026.1), peildatum 2026-03-01
 * // Trede: Trede 2: sociale contacten buiten de deur (voorlopig: er ontbreken gegevens)
 * // …
 * ```
 */
export function explainAssessment(assessment: Assessment | AssessmentRecord, ladder: Ladder | undefined, options: { readonly lang: Locale }): string {
  const lang = options.lang
  const words = WORDS[lang]
  const known = ladder !== undefined && ladder.id === assessment.ladder.id ? ladder : undefined
  const rungOf = (id: string): Ladder['rungs'][number] | undefined => known?.rungs.find((rung) => rung.id === id)
  const rungTitle = (id: string): string => pick(rungOf(id)?.title, lang, id)
  const criterionTitle = (rungId: string, id: string): string =>
    pick(rungOf(rungId)?.criteria.find((criterion) => criterion.id === id)?.title, lang, id)

  const lines: string[] = []
  lines.push(`${pick(known?.title, lang, assessment.ladder.id)} (${assessment.ladder.id} ${assessment.ladder.version}), ${words.asOf} ${assessment.asOf}`)
  const placed = assessment.rung === null ? words.none : rungTitle(assessment.rung)
  lines.push(`${words.rung}: ${placed}${assessment.provisional ? ` (${words.provisional})` : ''}`)
  lines.push('')
  for (const rung of [...assessment.rungs].reverse()) {
    lines.push(`${MARK[rung.outcome]} ${rungTitle(rung.id)}: ${words[rung.outcome]}`)
    for (const criterion of rung.criteria) {
      lines.push(`    ${MARK[criterion.outcome]} ${criterionTitle(rung.id, criterion.id)}`)
      if (criterion.explanation !== undefined) lines.push(`        ${criterion.explanation[lang]}`)
      else if (criterion.missing.length > 0) lines.push(`        ${words.missing}: ${criterion.missing.join(', ')}`)
    }
  }
  lines.push('')
  if (assessment.next === null) {
    lines.push(`${words.next}: ${words.top}`)
  } else {
    const next = assessment.next
    lines.push(`${words.next}: ${rungTitle(next.rung)}`)
    if (next.unmet.length > 0) lines.push(`    ${words.unmet}: ${next.unmet.map((id) => criterionTitle(next.rung, id)).join('; ')}`)
    if (next.unknown.length > 0) lines.push(`    ${words.unknownList}: ${next.unknown.map((id) => criterionTitle(next.rung, id)).join('; ')}`)
  }
  return `${lines.join('\n')}\n`
}
