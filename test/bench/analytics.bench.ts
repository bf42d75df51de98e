// Cohort analytics over 100,000 participants' histories (issue 4: under 1 s).
import { bench, describe } from 'vitest'
import {
  builtinLadders, goalCompletionBySector, outflowByType, rungTransitions, timePerRung,
  type HistoryOutflowType, type ParticipantHistory, type Sector,
} from '@doorstart/ladder'

const ladder = builtinLadders.participatieladder
const rungs = ladder.rungs.map((rung) => rung.id)
const outflows: HistoryOutflowType[] = ['paid-work', 'paid-work-with-support', 'education', 'volunteering', 'dropout', 'return', 'stopped-health']
const sectors: Sector[] = ['kitchen', 'cleaning', 'green', 'garden', 'reception', 'general']

function histories(count: number): ParticipantHistory[] {
  let seed = 7
  const next = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed / 2_147_483_648
  }
  const date = (month: number, day: number): string => `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return Array.from({ length: count }, (_, i) => {
    let rung = Math.floor(next() * 4)
    const assessments = [1, 4, 7, 10].map((month) => {
      rung = Math.min(rungs.length - 1, rung + (next() < 0.3 ? 1 : 0))
      return { ladder: ladder.id, asOf: date(month, 1 + Math.floor(next() * 28)), rung: rungs[rung] ?? null }
    })
    return {
      participant: `p${i}`,
      assessments,
      outflow: next() < 0.4 ? [{ type: outflows[Math.floor(next() * outflows.length)] ?? 'paid-work', date: date(1 + Math.floor(next() * 12), 15) }] : [],
      goals: [0, 1, 2].map(() => ({
        goal: 'punctuality', sector: sectors[Math.floor(next() * sectors.length)] ?? 'general',
        achievedOn: next() < 0.5 ? date(1 + Math.floor(next() * 12), 10) : null,
      })),
    }
  })
}

const cohort = histories(100_000)

describe('cohort analytics over 100,000 histories', () => {
  bench('all four aggregates', () => {
    rungTransitions(cohort, ladder, { from: '2026-01-31', to: '2026-12-31' })
    timePerRung(cohort, ladder, { asOf: '2026-12-31' })
    outflowByType(cohort, { from: '2026-01-01', to: '2026-12-31' })
    goalCompletionBySector(cohort, { asOf: '2026-12-31' })
  }, { iterations: 5, time: 0 })
  bench('rungTransitions', () => { rungTransitions(cohort, ladder, { from: '2026-01-31', to: '2026-12-31' }) }, { iterations: 5, time: 0 })
  bench('timePerRung', () => { timePerRung(cohort, ladder, { asOf: '2026-12-31' }) }, { iterations: 5, time: 0 })
  bench('outflowByType', () => { outflowByType(cohort, { from: '2026-01-01', to: '2026-12-31' }) }, { iterations: 5, time: 0 })
  bench('goalCompletionBySector', () => { goalCompletionBySector(cohort, { asOf: '2026-12-31' }) }, { iterations: 5, time: 0 })
})
