// Properties of the domain functions over generated input (fast-check): the agenda planner never
// overlaps items or exceeds the agreed hours and does not depend on the order of activities; the
// trajectory calendar follows month ends and leap years; analytics never publish a count of 1–4.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  builtinLadders, lpcRotterdamPolicy, outflowByType, planWeekAgenda, rungTransitions, trajectoryStatus,
  type CentreActivity, type HistoryOutflowType,
} from '@doorstart/ladder'

const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
const time = (total: number): string => `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
const GOALS = ['punctuality', 'kitchen-hygiene', 'dutch-at-work', 'initiative', 'green-tool-safety']

const activity = fc.record({
  weekday: fc.integer({ min: 1, max: 7 }),
  start: fc.integer({ min: 6 * 4, max: 20 * 4 }).map((quarter) => quarter * 15),
  length: fc.integer({ min: 1, max: 20 }).map((quarters) => quarters * 15),
  trains: fc.subarray(GOALS),
  kind: fc.constantFrom('work' as const, 'course' as const, 'coaching' as const),
  required: fc.boolean(),
  workplace: fc.constantFrom('keuken', 'tuin', undefined),
})
const activities = fc.array(activity, { maxLength: 25 }).map((list) => list.map((a, i): CentreActivity => ({
  id: `a${i}`, title: { nl: `a${i}` }, kind: a.kind, weekday: a.weekday, start: time(a.start),
  end: time(Math.min(a.start + a.length, 23 * 60 + 59)), trains: a.trains, required: a.required,
  ...(a.workplace !== undefined ? { workplace: a.workplace } : {}),
})))

describe('planWeekAgenda (properties)', () => {
  it('never plans overlapping items, never exceeds the agreed hours, and ignores the order of activities', () => {
    fc.assert(fc.property(activities, fc.integer({ min: 0, max: 40 }), fc.subarray(GOALS), (list, hours, goals) => {
      const request = { weekStartsOn: '2026-03-02', hoursPerWeek: hours, openGoals: goals, activities: list, workplace: 'keuken' }
      const agenda = planWeekAgenda(request)
      expect(agenda.hoursPlanned).toBeLessThanOrEqual(hours)
      for (const day of agenda.days) {
        for (let i = 1; i < day.activities.length; i += 1) {
          expect(minutes(day.activities[i]?.start ?? '')).toBeGreaterThanOrEqual(minutes(day.activities[i - 1]?.end ?? ''))
        }
      }
      expect(planWeekAgenda({ ...request, activities: [...list].reverse() })).toEqual(agenda)
    }), { numRuns: 300 })
  })
})

describe('trajectoryStatus calendar (properties)', () => {
  const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10))

  it('ends 12 calendar months after the start, on the same day or the last day of a shorter month', () => {
    fc.assert(fc.property(date, (start) => {
      const { endsOn } = trajectoryStatus(lpcRotterdamPolicy, { startedOn: start, events: [] }, { asOf: start })
      const [year, month, day] = start.split('-').map(Number) as [number, number, number]
      const lastDay = new Date(Date.UTC(year + 1, month, 0)).getUTCDate()
      expect(endsOn).toBe(`${year + 1}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`)
    }), { numRuns: 500 })
  })

  it('plans the reviews in order, strictly between the start and the end', () => {
    fc.assert(fc.property(date, (start) => {
      const status = trajectoryStatus(lpcRotterdamPolicy, { startedOn: start, events: [] }, { asOf: start })
      const reviews = [...status.due, ...status.upcoming].filter((o) => o.kind === 'review').map((o) => o.dueOn)
      expect(reviews).toHaveLength(3)
      expect([...reviews].sort()).toEqual(reviews)
      for (const review of reviews) {
        expect(review > start).toBe(true)
        expect(review < (status.endsOn ?? '')).toBe(true)
      }
    }), { numRuns: 300 })
  })
})

describe('cohort analytics (properties)', () => {
  const TYPES: HistoryOutflowType[] = ['paid-work', 'education', 'volunteering', 'dropout', 'return']
  const rungs = [null, ...builtinLadders.participatieladder.rungs.map((rung) => rung.id)]
  const history = fc.record({
    from: fc.constantFrom(...rungs), to: fc.constantFrom(...rungs), outflow: fc.subarray(TYPES),
  })

  it('never publishes a count of 1 to 4 people', () => {
    fc.assert(fc.property(fc.array(history, { maxLength: 60 }), (list) => {
      const histories = list.map((h, i) => ({
        participant: `p${i}`,
        assessments: [
          { ladder: 'participatieladder', asOf: '2026-01-10', rung: h.from },
          { ladder: 'participatieladder', asOf: '2026-11-10', rung: h.to },
        ],
        outflow: h.outflow.map((type) => ({ type, date: '2026-06-01' })),
      }))
      const counts = [
        ...rungTransitions(histories, builtinLadders.participatieladder, { from: '2026-01-31', to: '2026-12-31' }).counts.flat(),
        ...outflowByType(histories, { from: '2026-01-01', to: '2026-12-31' }).map((row) => row.count),
      ]
      for (const count of counts) if (count !== null) expect(count === 0 || count >= 5).toBe(true)
    }), { numRuns: 300 })
  })
})
