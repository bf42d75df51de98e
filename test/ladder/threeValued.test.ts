import { describe, expect, it } from 'vitest'
import { assess, type Ladder } from '@doorstart/ladder'

const asOf = '2026-03-01'

/** A one-rung, one-criterion ladder around `rule`, to read one criterion's outcome. */
function criterion(rule: unknown, facts: Record<string, unknown>) {
  const ladder: Ladder = {
    id: 'probe', version: '1', title: { en: 'Probe' }, placement: 'cumulative',
    rungs: [{ id: 'only', title: { en: 'Only' }, criteria: [{ id: 'probe', title: { en: 'Probe' }, rule: rule as never }] }],
  }
  return assess(ladder, facts, { asOf }).rungs[0]!.criteria[0]!
}

const signedOrFullTime = { or: [{ var: 'contract.signed' }, { '>=': [{ var: 'hours' }, 32] }] }

describe('criterion outcomes with missing evidence', () => {
  it('meets an or when a known operand is truthy, whatever else is missing', () => {
    expect(criterion(signedOrFullTime, { hours: 40 }).outcome).toBe('met')
  })

  it('leaves an or unknown when nothing known decides it, and names the missing fact', () => {
    const result = criterion(signedOrFullTime, { hours: 10 })
    expect(result.outcome).toBe('unknown')
    expect(result.missing).toEqual(['contract.signed'])
  })

  it('fails an or when every operand is known and falsy', () => {
    expect(criterion(signedOrFullTime, { hours: 10, contract: { signed: false } }).outcome).toBe('not-met')
  })

  it('gives the same outcome whatever the order of the operands', () => {
    const reversed = { or: [...signedOrFullTime.or].reverse() }
    for (const facts of [{ hours: 40 }, { hours: 10 }, { hours: 10, contract: { signed: false } }, {}]) {
      expect(criterion(reversed, facts).outcome).toBe(criterion(signedOrFullTime, facts).outcome)
    }
  })

  it('fails an and on any known falsy operand, even after an unknown one', () => {
    expect(criterion({ and: [{ var: 'missing' }, { '>': [{ var: 'hours' }, 50] }] }, { hours: 10 }).outcome).toBe('not-met')
  })

  it('leaves an and unknown when the known operands are truthy', () => {
    expect(criterion({ and: [{ var: 'missing' }, { '>': [{ var: 'hours' }, 5] }] }, { hours: 10 }).outcome).toBe('unknown')
  })

  it('keeps an and / or unknown where its value (not just its truthiness) is compared', () => {
    // json-logic-js would return the missing operand (null) from the and, and null == false is false.
    expect(criterion({ '==': [{ and: [{ var: 'x' }, false] }, false] }, {}).outcome).toBe('unknown')
    expect(criterion({ '!': { and: [{ var: 'x' }, false] } }, {}).outcome).toBe('met')
  })

  it('treats a fact that is null as absent', () => {
    expect(criterion({ '<=': [{ var: 'debtsEur' }, 5] }, { debtsEur: null }).outcome).toBe('unknown')
  })

  it('never lets a missing fact pass a comparison (null <= 5 is true in JavaScript)', () => {
    expect(criterion({ '<=': [{ var: 'debtsEur' }, 5] }, {}).outcome).toBe('unknown')
  })

  it('makes every other operation with an unknown operand unknown', () => {
    for (const rule of [
      { '!': { var: 'x' } }, { '!!': { var: 'x' } }, { '+': [{ var: 'x' }, 1] }, { cat: ['a', { var: 'x' }] },
      { in: ['a', { var: 'x' }] }, { filter: [{ var: 'x' }, true] }, { map: [{ var: 'x' }, 1] }, { reduce: [{ var: 'x' }, 1, 0] },
    ]) {
      expect(criterion(rule, {}).outcome, JSON.stringify(rule)).toBe('unknown')
    }
  })

  it('uses the default of a var, so the author decides what absence means', () => {
    expect(criterion({ '>=': [{ var: ['hours', 0] }, 12] }, {}).outcome).toBe('not-met')
  })

  it('lets missing ask about evidence without becoming unknown', () => {
    const rule = { '!': { missing: ['intake.date'] } }
    expect(criterion(rule, {}).outcome).toBe('not-met')
    expect(criterion(rule, { intake: { date: '2026-01-05' } }).outcome).toBe('met')
  })

  it('lets missing_some ask about evidence without becoming unknown', () => {
    const rule = { '!': { missing_some: [2, ['a', 'b', 'c']] } }
    expect(criterion(rule, { a: 1 }).outcome).toBe('not-met')
    expect(criterion(rule, { a: 1, c: 3 }).outcome).toBe('met')
  })

  it('leaves an if unknown when its deciding condition is unknown', () => {
    const rule = { if: [{ var: 'paid' }, { '>=': [{ var: 'hours' }, 32] }, { '>=': [{ var: 'hours' }, 12] }] }
    expect(criterion(rule, { hours: 40 }).outcome).toBe('unknown')
    expect(criterion(rule, { paid: false, hours: 16 }).outcome).toBe('met')
  })

  it('counts an empty array as not met', () => {
    expect(criterion({ filter: [{ var: 'skills' }, { '>=': [{ var: '' }, 3] }] }, { skills: [1, 2] }).outcome).toBe('not-met')
  })
})

describe('some, all and none over items with gaps', () => {
  const positive = { '==': [{ var: 'positive' }, true] }

  it('meets some when a known item decides it, despite gaps', () => {
    expect(criterion({ some: [{ var: 'observations' }, positive] }, { observations: [{}, { positive: true }] }).outcome).toBe('met')
  })

  it('leaves some unknown when only gaps could decide it, naming the item path', () => {
    const result = criterion({ some: [{ var: 'observations' }, positive] }, { observations: [{ positive: false }, {}] })
    expect(result.outcome).toBe('unknown')
    expect(result.missing).toEqual(['observations.1.positive'])
  })

  it('fails all on a known falsy item, despite gaps', () => {
    expect(criterion({ all: [{ var: 'observations' }, positive] }, { observations: [{}, { positive: false }] }).outcome).toBe('not-met')
  })

  it('leaves all unknown when the known items hold and some are gaps', () => {
    expect(criterion({ all: [{ var: 'observations' }, positive] }, { observations: [{ positive: true }, {}] }).outcome).toBe('unknown')
  })

  it('fails none on a known truthy item, despite gaps', () => {
    expect(criterion({ none: [{ var: 'observations' }, positive] }, { observations: [{}, { positive: true }] }).outcome).toBe('not-met')
  })

  it('is unknown when the list itself is missing', () => {
    expect(criterion({ some: [{ var: 'observations' }, positive] }, {}).outcome).toBe('unknown')
  })

  it('follows json-logic-js for an empty list: some and all fail, none holds', () => {
    expect(criterion({ some: [{ var: 'observations' }, positive] }, { observations: [] }).outcome).toBe('not-met')
    expect(criterion({ all: [{ var: 'observations' }, positive] }, { observations: [] }).outcome).toBe('not-met')
    expect(criterion({ none: [{ var: 'observations' }, positive] }, { observations: [] }).outcome).toBe('met')
  })
})
