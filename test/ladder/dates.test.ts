import { describe, expect, it } from 'vitest'
import { compileRule, evaluate, isIsoDate } from '@doorstart/ladder'

const run = (rule: unknown, asOf = '2026-03-01'): unknown => evaluate(rule, {}, { asOf })

describe('date operations', () => {
  it('as_of is the assessment date from the options, never the clock', () => {
    expect(run({ as_of: [] }, '2027-06-30')).toBe('2027-06-30')
  })

  it('as_of without an asOf option is a typed error', () => {
    expect(() => evaluate({ as_of: [] }, {})).toThrow(expect.objectContaining({ code: 'as-of-required' }))
  })

  it('counts days across month ends and leap days', () => {
    expect(run({ days_between: ['2026-02-28', '2026-03-01'] })).toBe(1)
    expect(run({ days_between: ['2028-02-28', '2028-03-01'] })).toBe(2)
    expect(run({ days_between: ['2026-03-01', '2026-01-31'] })).toBe(-29)
  })

  it('counts whole calendar months as a person does', () => {
    expect(run({ months_between: ['2026-01-15', '2026-02-15'] })).toBe(1)
    expect(run({ months_between: ['2026-01-15', '2026-02-14'] })).toBe(0)
    expect(run({ months_between: ['2026-01-31', '2026-02-27'] })).toBe(0)
    // Consistent with date_add: 2026-01-31 plus one month is 2026-02-28.
    expect(run({ months_between: ['2026-01-31', '2026-02-28'] })).toBe(1)
    expect(run({ months_between: ['2026-01-31', '2027-01-31'] })).toBe(12)
    expect(run({ months_between: ['2026-03-15', '2026-01-20'] })).toBe(-1)
  })

  it('adds days, weeks, months and years, clamping to the end of a shorter month', () => {
    expect(run({ date_add: ['2026-01-31', 1, 'months'] })).toBe('2026-02-28')
    expect(run({ date_add: ['2028-01-31', 1, 'months'] })).toBe('2028-02-29')
    expect(run({ date_add: ['2028-02-29', 1, 'years'] })).toBe('2029-02-28')
    expect(run({ date_add: ['2026-12-29', 3, 'days'] })).toBe('2027-01-01')
    expect(run({ date_add: ['2026-01-01', -3, 'weeks'] })).toBe('2025-12-11')
  })

  it('works in compiled rules with facts and the assessment date', () => {
    const inTrial = compileRule({ '<': [{ days_between: [{ var: 'trial.start' }, { as_of: [] }] }, 21] })
    expect(inTrial({ trial: { start: '2026-02-20' } }, { asOf: '2026-03-01' })).toBe(true)
    expect(inTrial({ trial: { start: '2026-02-01' } }, { asOf: '2026-03-01' })).toBe(false)
  })

  it('refuses dates that do not exist with a typed error', () => {
    expect(() => run({ days_between: ['2026-02-30', '2026-03-01'] })).toThrow(expect.objectContaining({ code: 'invalid-date' }))
    expect(() => run({ date_add: ['2026-01-01', 1.5, 'days'] })).toThrow(expect.objectContaining({ code: 'invalid-date-amount' }))
    expect(() => run({ date_add: ['2026-01-01', 1, 'fortnights'] })).toThrow(expect.objectContaining({ code: 'invalid-date-unit' }))
  })

  it('refuses an asOf that is not a date', () => {
    expect(() => evaluate(true, {}, { asOf: '1 March 2026' })).toThrow(expect.objectContaining({ code: 'invalid-as-of', path: '/asOf' }))
  })

  it('knows which ISO dates exist', () => {
    expect([isIsoDate('2028-02-29'), isIsoDate('2026-02-29'), isIsoDate('2026-13-01'), isIsoDate('2026-1-1')]).toEqual([true, false, false, false])
  })
})
