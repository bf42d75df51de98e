// Calendar days in Europe/Amsterdam: the shortcut for timestamps before 22:00 UTC must give the
// day Intl's time-zone formatter gives, across the DST changes and far from today.
import { describe, expect, it } from 'vitest'
import { dayOf } from '../../cms/src/dates/calendarDay'

const amsterdam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' })

describe('dayOf', () => {
  it('gives the Amsterdam day of every hour and half hour of 2026', () => {
    const start = Date.UTC(2026, 0, 1)
    for (let time = start; time < Date.UTC(2027, 0, 1); time += 30 * 60 * 1000) {
      const date = new Date(time)
      expect(dayOf(date.toISOString())).toBe(amsterdam.format(date))
    }
  })

  it('gives the Amsterdam day of late evenings in years with other offsets', () => {
    for (const iso of ['1930-06-30T23:45:00.000Z', '1943-07-01T22:30:00.000Z', '1977-12-31T23:00:00.000Z', '2099-03-28T22:59:59.999Z']) {
      expect(dayOf(iso)).toBe(amsterdam.format(new Date(iso)))
    }
  })

  it('reads a stored day (noon UTC) as that day', () => {
    expect(dayOf('2026-02-14T12:00:00.000Z')).toBe('2026-02-14')
  })

  it('takes midnight in Amsterdam as the next day', () => {
    expect(dayOf('2026-02-28T23:00:00.000Z')).toBe('2026-03-01')
  })

  it('keeps a YYYY-MM-DD day and refuses one that does not exist', () => {
    expect(dayOf('2026-03-01')).toBe('2026-03-01')
    expect(dayOf('2026-02-30')).toBeNull()
  })
})
