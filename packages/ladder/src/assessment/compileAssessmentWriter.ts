// The JSON of assessments without explanations, fast: what the batch command writes per record.
import { withCriterionOutcomes } from './assess.js'
import { checkFacts } from './checkInputs.js'
import type { Outcome } from './Assessment.js'
import type { CompiledLadder } from './CompiledLadder.js'
import type { CriterionOutcomes } from './OutcomePass.js'
import { absentFactsOf, nextStep, placementCode, rungOutcome } from './rungResults.js'
import { OPEN as UNKNOWN_OUTCOME } from '../internal/ladderCodegen.js'
import type { Facts } from '../rules/JsonValue.js'

/** How many outcome patterns a writer keeps the text of (a ladder with few criteria has few). */
const PATTERNS_KEPT = 4096

/**
 * Compiles a writer that assesses facts and returns the assessment as JSON without the (lazily
 * generated) explanation texts, fast: what `doorstart assess` writes per record. Apart from the
 * absent facts of unknown criteria, an assessment's text follows from its criteria's outcome
 * codes alone (the placement and `next` included), so the text of each pattern of codes is built
 * once, as the pieces between those absent-fact lists, and kept. Per record that leaves one
 * evaluation, a lookup and a few joins. The output is exactly `JSON.stringify` of the assessment
 * without explanations (a test checks it). Facts are not checked against the vocabulary
 * (use `findFactIssues` first).
 *
 * @throws {@link DoorstartError} `invalid-as-of` when compiling; per record `facts-not-object`, or a
 * {@link RuleEvaluationError} when a rule cannot be evaluated on the facts.
 * @example
 * ```ts
 * const write = compileAssessmentWriter(compileLadder(builtinLadders.participatieladder), '2026-03-01')
 * JSON.parse(write({ socialContactsPerWeek: 2 })).rung //=> 'sociale-contacten'
 * ```
 */
export function compileAssessmentWriter(ladder: CompiledLadder, asOf: string): (facts: Facts) => string {
  ladder.asOfOf({ asOf })
  const OUTCOMES: readonly Outcome[] = ['met', 'not-met', 'unknown']
  const head = `{"ladder":${JSON.stringify(ladder.reference)},"asOf":${JSON.stringify(asOf)},`
  const rungOpen = ladder.ladder.rungs.map((rung) => OUTCOMES.map((outcome) => `{"id":${JSON.stringify(rung.id)},"outcome":"${outcome}","criteria":[`))
  const criterionIds = ladder.ladder.rungs.flatMap((rung) => rung.criteria.map((criterion) => JSON.stringify(criterion.id)))
  const criterionOpen = criterionIds.map((id) => OUTCOMES.map((outcome) => `{"id":${id},"outcome":"${outcome}","missing":`))
  const starts = ladder.rungStarts
  const count = starts[starts.length - 1]!

  const piecesOf = (codes: Uint8Array): string[] => {
    const placement = placementCode(ladder, codes)
    const placed = (placement >> 1) - 1
    const pieces: string[] = []
    let text = `${head}"rung":${JSON.stringify(placed < 0 ? null : ladder.rungIds[placed])},"provisional":${(placement & 1) === 1},"rungs":[`
    for (let r = 0; r + 1 < starts.length; r += 1) {
      text += `${r > 0 ? ',' : ''}${rungOpen[r]![rungOutcome(codes, starts[r]!, starts[r + 1]!)]}`
      for (let index = starts[r]!; index < starts[r + 1]!; index += 1) {
        text += `${index > starts[r]! ? ',' : ''}${criterionOpen[index]![codes[index]!]}`
        if (codes[index] === UNKNOWN_OUTCOME) {
          pieces.push(text)
          text = '}'
        } else {
          text += '[]}'
        }
      }
      text += ']}'
    }
    pieces.push(`${text}],"next":${JSON.stringify(nextStep(ladder, codes, placed + 1))}}`)
    return pieces
  }

  // An unknown criterion mostly misses the same facts from record to record: keep the JSON of
  // the last few lists per criterion, found again by comparing the paths it read.
  const missingKept = Array.from({ length: count }, (): Array<{ readonly paths: readonly string[]; readonly json: string }> => [])
  const missingJson = (outcomes: CriterionOutcomes, index: number): string => {
    const { missing, starts: from } = outcomes
    const start = from[index]!
    const length = (index + 1 < count ? from[index + 1]! : missing.length) - start
    const kept = missingKept[index]!
    search: for (const entry of kept) {
      if (entry.paths.length !== length) continue
      for (let k = 0; k < length; k += 1) if (entry.paths[k] !== missing[start + k]) continue search
      return entry.json
    }
    const json = JSON.stringify(absentFactsOf(outcomes, index))
    if (kept.length < 8) kept.push({ paths: missing.slice(start, start + length), json })
    return json
  }

  const patterns = new Map<number | string, string[]>()
  const write = (outcomes: CriterionOutcomes): string => {
    const codes = outcomes.codes
    // Base 3 is exact in a double up to 33 criteria; longer ladders use the digits as text.
    let key: number | string = 0
    if (count <= 33) for (let i = 0; i < count; i += 1) key = key * 3 + codes[i]!
    else key = codes.join('')
    let pieces = patterns.get(key)
    if (pieces === undefined) {
      pieces = piecesOf(codes)
      if (patterns.size < PATTERNS_KEPT) patterns.set(key, pieces)
    }
    let text = pieces[0]!
    for (let index = 0, piece = 1; index < count; index += 1) {
      if (codes[index] === UNKNOWN_OUTCOME) text += missingJson(outcomes, index) + pieces[piece++]!
    }
    return text
  }
  return (facts) => {
    checkFacts(facts)
    return withCriterionOutcomes(ladder, facts, asOf, write)
  }
}
