// Specification of the weekly work agenda (werkweekagenda, 000_3edb52956db5646c.txt: the paper
// diary that turns development goals into weekly items becomes a week plan that prints).
import { describe, expect, it } from 'vitest'
import { AgendaError, planWeekAgenda, type AgendaRequest, type CentreActivity } from '@doorstart/ladder'

const activity = (id: string, weekday: number, start: string, end: string, trains: string[], extra: Partial<CentreActivity> = {}): CentreActivity =>
  ({ id, title: { nl: id, en: id.toUpperCase() }, kind: 'work', weekday, start, end, trains, ...extra })

const ACTIVITIES: CentreActivity[] = [
  activity('keuken-ma', 1, '09:00', '13:00', ['kitchen-hygiene', 'working-together'], { workplace: 'keuken', location: 'Huis van de Wijk' }),
  activity('keuken-di', 2, '09:00', '13:00', ['kitchen-hygiene'], { workplace: 'keuken' }),
  activity('keuken-wo', 3, '09:00', '15:00', [], { workplace: 'keuken' }),
  activity('tuin-di', 2, '09:00', '12:00', ['green-tool-safety'], { workplace: 'tuin' }),
  activity('taalles', 2, '13:30', '15:30', ['dutch-at-work'], { kind: 'course' }),
  activity('coach', 4, '10:00', '11:00', [], { kind: 'coaching', required: true }),
  activity('zaterdag', 6, '10:00', '14:00', ['kitchen-hygiene'], { workplace: 'keuken' }),
]

const request = (overrides: Partial<AgendaRequest> = {}): AgendaRequest => ({
  weekStartsOn: '2026-03-02', hoursPerWeek: 32, openGoals: ['kitchen-hygiene', 'dutch-at-work'],
  activities: ACTIVITIES, workplace: 'keuken', ...overrides,
})

describe('planWeekAgenda', () => {
  it('plans activities that serve the open goals, the required coach talk, then other work at the workplace', () => {
    const agenda = planWeekAgenda(request())
    expect(agenda.days.map((day) => [day.date, day.activities.map((item) => item.activity)])).toEqual([
      ['2026-03-02', ['keuken-ma']],
      ['2026-03-03', ['keuken-di', 'taalles']],
      ['2026-03-04', ['keuken-wo']],
      ['2026-03-05', ['coach']],
      ['2026-03-06', []],
      ['2026-03-07', []],
      ['2026-03-08', []],
    ])
    expect(agenda.goals).toEqual([{ goal: 'kitchen-hygiene', sessions: 2 }, { goal: 'dutch-at-work', sessions: 1 }])
    expect(agenda.hoursPlanned).toBe(17)
    expect(agenda.unservedGoals).toEqual([])
  })

  it('never plans more than the agreed hours', () => {
    const agenda = planWeekAgenda(request({ hoursPerWeek: 6 }))
    expect(agenda.hoursPlanned).toBeLessThanOrEqual(6)
    expect(agenda.days.flatMap((d) => d.activities.map((a) => a.activity))).toEqual(['keuken-ma', 'coach'])
  })

  it('serves a goal not yet served before a second session of a served one', () => {
    const agenda = planWeekAgenda(request({ hoursPerWeek: 7 }))
    expect(agenda.days.flatMap((d) => d.activities.map((a) => a.activity))).toEqual(['keuken-ma', 'taalles', 'coach'])
  })

  it('does not plan work at another workplace, nor on days the participant cannot come', () => {
    const agenda = planWeekAgenda(request({ openGoals: ['green-tool-safety', 'kitchen-hygiene'] }))
    const planned = agenda.days.flatMap((d) => d.activities.map((a) => a.activity))
    expect(planned).not.toContain('tuin-di')
    expect(planned).not.toContain('zaterdag')
    expect(agenda.unservedGoals).toEqual(['green-tool-safety'])
  })

  it('never plans overlapping items', () => {
    const clash = [...ACTIVITIES, activity('keuken-ma-2', 1, '12:00', '14:00', ['dutch-at-work'], { kind: 'course' })]
    const monday = planWeekAgenda(request({ activities: clash })).days[0]?.activities.map((a) => a.activity)
    expect(monday).toEqual(['keuken-ma'])
  })

  it('is deterministic: the same request gives the same agenda, whatever the order of the activities', () => {
    expect(planWeekAgenda(request({ activities: [...ACTIVITIES].reverse() }))).toEqual(planWeekAgenda(request()))
  })

  it('gives the ISO week, also across a year boundary (29 December 2025 is in week 1 of 2026)', () => {
    expect(planWeekAgenda(request()).week).toEqual({ year: 2026, number: 10, startsOn: '2026-03-02' })
    expect(planWeekAgenda(request({ weekStartsOn: '2025-12-29' })).week).toEqual({ year: 2026, number: 1, startsOn: '2025-12-29' })
  })

  it('writes the titles in the requested language', () => {
    expect(planWeekAgenda(request({ locale: 'en' })).days[0]?.activities[0]).toMatchObject({ title: 'KEUKEN-MA', location: 'Huis van de Wijk', kind: 'work' })
  })

  it.each([
    [{ weekStartsOn: '2026-03-03' }, 'invalid-week-start', '/weekStartsOn'],
    [{ activities: [activity('x', 1, '9:00', '12:00', [])] }, 'invalid-time', '/activities/0/start'],
    [{ activities: [activity('x', 1, '12:00', '09:00', [])] }, 'invalid-time', '/activities/0/end'],
    [{ activities: [activity('x', 8, '09:00', '12:00', [])] }, 'invalid-weekday', '/activities/0/weekday'],
    [{ hoursPerWeek: -1 }, 'invalid-hours', '/hoursPerWeek'],
  ] as const)('rejects bad input with a typed error (%j → %s)', (overrides, code, path) => {
    expect(() => planWeekAgenda(request(overrides))).toThrow(AgendaError)
    expect(() => planWeekAgenda(request(overrides))).toThrow(expect.objectContaining({ code, path }))
  })
})
