// Specification of cohort analytics (issue 4; DOMAIN.md §1 policy staff: pseudonymised aggregates
// of ladder movement, outflow by type, duration, returns). Cells below 5 people are suppressed.
import { describe, expect, it } from 'vitest'
import {
  AnalyticsError, builtinLadders, goalCompletionBySector, outflowByType, rungTransitions, timePerRung,
  type ParticipantHistory,
} from '@doorstart/ladder'

const ladder = builtinLadders.participatieladder

function people(count: number, make: (i: number) => Omit<ParticipantHistory, 'participant'>, prefix = 'p'): ParticipantHistory[] {
  return Array.from({ length: count }, (_, i) => ({ participant: `${prefix}${i}`, ...make(i) }))
}
const moved = (from: string | null, to: string | null) => () => ({
  assessments: [
    { ladder: 'participatieladder', asOf: '2026-01-10', rung: from },
    { ladder: 'participatieladder', asOf: '2026-11-10', rung: to },
  ],
})

describe('rungTransitions', () => {
  const histories = [
    ...people(7, moved('sociale-contacten', 'onbetaald-werk'), 'a'),
    ...people(6, moved('sociale-contacten', 'sociale-contacten'), 'b'),
    ...people(3, moved('onbetaald-werk', 'betaald-werk'), 'c'),
    ...people(2, moved('geisoleerd', 'sociale-contacten'), 'd'),
  ]
  const matrix = rungTransitions(histories, ladder, { from: '2026-01-31', to: '2026-12-31' })
  const cell = (from: string | null, to: string | null) => matrix.counts[matrix.rungs.indexOf(from)]?.[matrix.rungs.indexOf(to)]

  it('counts people per pair of rungs at the two dates', () => {
    expect(cell('sociale-contacten', 'onbetaald-werk')).toBe(7)
    expect(cell('sociale-contacten', 'sociale-contacten')).toBe(6)
    expect(matrix.participants).toBe(18)
  })

  it('suppresses cells of 1 to 4 people and shows zero', () => {
    expect(cell('onbetaald-werk', 'betaald-werk')).toBeNull()
    expect(cell('geisoleerd', 'sociale-contacten')).toBeNull()
    expect(cell('betaald-werk', 'geisoleerd')).toBe(0)
  })

  it('suppresses a second cell when only one would be hidden next to a published total', () => {
    const single = rungTransitions([...histories.slice(0, 13), ...people(3, moved('onbetaald-werk', 'betaald-werk'), 'c')], ladder, { from: '2026-01-31', to: '2026-12-31' })
    const hidden = single.counts.flat().filter((count) => count === null)
    expect(hidden).toHaveLength(2)
  })

  it('leaves out people not yet assessed at the first date', () => {
    const late = people(5, () => ({ assessments: [{ ladder: 'participatieladder', asOf: '2026-06-01', rung: 'geisoleerd' }] }))
    expect(rungTransitions(late, ladder, { from: '2026-01-31', to: '2026-12-31' }).participants).toBe(0)
  })

  it('rejects a period that ends before it starts', () => {
    expect(() => rungTransitions([], ladder, { from: '2026-12-31', to: '2026-01-01' })).toThrow(AnalyticsError)
  })
})

describe('timePerRung', () => {
  it('counts the days on each rung until the next assessment or asOf, with mean and median', () => {
    const histories = people(5, (i) => ({
      assessments: [
        { ladder: 'participatieladder', asOf: '2026-01-01', rung: 'sociale-contacten' },
        { ladder: 'participatieladder', asOf: i < 3 ? '2026-03-01' : '2026-05-01', rung: 'onbetaald-werk' },
      ],
    }))
    const durations = timePerRung(histories, ladder, { asOf: '2026-07-01' })
    expect(durations.find((d) => d.rung === 'sociale-contacten')).toEqual({ rung: 'sociale-contacten', participants: 5, meanDays: 83.4, medianDays: 59 })
    expect(durations.find((d) => d.rung === 'onbetaald-werk')).toEqual({ rung: 'onbetaald-werk', participants: 5, meanDays: 97.6, medianDays: 122 })
  })

  it('suppresses rungs with fewer than 5 people', () => {
    const histories = people(4, () => ({ assessments: [{ ladder: 'participatieladder', asOf: '2026-01-01', rung: 'betaald-werk' }] }))
    expect(timePerRung(histories, ladder, { asOf: '2026-07-01' }).find((d) => d.rung === 'betaald-werk'))
      .toEqual({ rung: 'betaald-werk', participants: null, meanDays: null, medianDays: null })
  })
})

describe('outflowByType', () => {
  it('counts people per outflow type within the period, suppressing small counts (DOMAIN.md §7.6)', () => {
    const histories = [
      ...people(6, () => ({ assessments: [], outflow: [{ type: 'paid-work', date: '2026-05-01' }] }), 'w'),
      ...people(2, () => ({ assessments: [], outflow: [{ type: 'education', date: '2026-05-01' }] }), 'e'),
      ...people(5, () => ({ assessments: [], outflow: [{ type: 'paid-work', date: '2026-03-01' }, { type: 'dropout', date: '2026-06-01' }, { type: 'return', date: '2026-06-20' }] }), 'r'),
      ...people(9, () => ({ assessments: [], outflow: [{ type: 'volunteering', date: '2025-05-01' }] }), 'old'),
    ]
    const counts = Object.fromEntries(outflowByType(histories, { from: '2026-01-01', to: '2026-12-31' }).map((row) => [row.type, row.count]))
    expect(counts).toMatchObject({ 'paid-work': 11, education: null, dropout: 5, return: 5, volunteering: 0 })
  })
})

describe('goalCompletionBySector', () => {
  it('reports goals and achievements per sector, suppressing small sectors and small achieved counts', () => {
    const histories = [
      ...people(6, (i) => ({ assessments: [], goals: [
        { goal: 'kitchen-hygiene', sector: 'kitchen', achievedOn: i < 5 ? '2026-04-01' : null },
        { goal: 'punctuality', sector: 'general', achievedOn: i < 2 ? '2026-04-01' : null },
      ] }), 'k'),
      ...people(3, () => ({ assessments: [], goals: [{ goal: 'green-tool-safety', sector: 'green', achievedOn: '2026-02-01' }] }), 'g'),
    ]
    expect(goalCompletionBySector(histories, { asOf: '2026-12-31' })).toEqual([
      { sector: 'general', participants: 6, goals: 6, achieved: null, completionRate: null },
      { sector: 'green', participants: null, goals: null, achieved: null, completionRate: null },
      { sector: 'kitchen', participants: 6, goals: 6, achieved: 5, completionRate: 0.833 },
    ])
  })

  it('does not count goals achieved after asOf', () => {
    const histories = people(5, () => ({ assessments: [], goals: [{ goal: 'kitchen-hygiene', sector: 'kitchen', achievedOn: '2027-01-05' }] }))
    expect(goalCompletionBySector(histories, { asOf: '2026-12-31' })[0]).toMatchObject({ achieved: 0, completionRate: 0 })
  })
})
