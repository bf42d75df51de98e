import { describe, expect, it } from 'vitest'
import { assess, compileLadder, DoorstartError } from '@doorstart/ladder'
import { threeRungLadder } from '../support/ladders.js'

const asOf = '2026-03-01'
const ladder = compileLadder(threeRungLadder('cumulative'))

describe('assess', () => {
  it('records the ladder id, version and assessment date', () => {
    const result = assess(ladder, { daysPerWeek: 1 }, { asOf })
    expect(result.ladder).toEqual({ id: 'werkfit', version: '2026.1' })
    expect(result.asOf).toBe(asOf)
  })

  it('gives every rung and criterion an outcome, in ladder order', () => {
    const result = assess(ladder, { daysPerWeek: 2, hours: 16 }, { asOf })
    expect(result.rungs.map((rung) => [rung.id, rung.outcome, rung.criteria.map((c) => c.outcome)])).toEqual([
      ['start', 'met', ['met']],
      ['vrijwilligerswerk', 'unknown', ['met', 'unknown']],
      ['betaald-werk', 'unknown', ['unknown']],
    ])
  })

  it('lists the absent facts of an unknown criterion, and none for a known one', () => {
    const [, volunteer] = assess(ladder, { daysPerWeek: 2, hours: 16 }, { asOf }).rungs
    expect(volunteer!.criteria.map((c) => c.missing)).toEqual([[], ['responsibility']])
  })

  it('names the next rung and what stands between the participant and it', () => {
    expect(assess(ladder, { daysPerWeek: 2, hours: 8 }, { asOf }).next).toEqual({ rung: 'vrijwilligerswerk', unmet: ['uren'], unknown: ['verantwoordelijkheid'] })
  })

  it('names the lowest rung as next when there is no placement', () => {
    expect(assess(ladder, {}, { asOf }).next).toEqual({ rung: 'start', unmet: [], unknown: ['komt'] })
  })

  it('has no next step on the top rung', () => {
    expect(assess(ladder, { daysPerWeek: 5, hours: 36, responsibility: true }, { asOf }).next).toBeNull()
  })

  it('explains a criterion in Dutch and English with the value found', () => {
    const criterion = assess(ladder, { daysPerWeek: 2, hours: 8 }, { asOf }).rungs[1]!.criteria[0]!
    expect({ nl: criterion.explanation.nl, en: criterion.explanation.en }).toEqual({
      nl: 'Niet voldaan: hours is 8 (vereist: ten minste 12).',
      en: 'Not met: hours is 8 (required: at least 12).',
    })
  })

  it('explains an unknown criterion by what is missing', () => {
    const criterion = assess(ladder, { daysPerWeek: 2 }, { asOf }).rungs[1]!.criteria[1]!
    expect(criterion.explanation.nl).toBe('Onbekend: responsibility is onbekend (vereist: ja).')
    expect(criterion.explanation.en).toBe('Unknown: responsibility is unknown (required: yes).')
  })

  it('writes as JSON with its explanations', () => {
    const json = JSON.parse(JSON.stringify(assess(ladder, { daysPerWeek: 2, hours: 16 }, { asOf })))
    expect(json.rungs[0].criteria[0]).toEqual({
      id: 'komt', outcome: 'met', missing: [],
      explanation: { nl: 'Voldaan: daysPerWeek is 2 (vereist: ten minste 1).', en: 'Met: daysPerWeek is 2 (required: at least 1).' },
    })
  })

  it('explains a met criterion when it is read', () => {
    const facts = { daysPerWeek: 2 }
    const criterion = assess(ladder, facts, { asOf }).rungs[0]!.criteria[0]!
    expect(criterion.explanation.en).toBe('Met: daysPerWeek is 2 (required: at least 1).')
  })

  it('is deterministic and does not change the facts', () => {
    const facts = { daysPerWeek: 2, hours: 16, observations: [{ positive: true }] }
    const copy = structuredClone(facts)
    expect(JSON.stringify(assess(ladder, facts, { asOf }))).toBe(JSON.stringify(assess(ladder, facts, { asOf })))
    expect(facts).toEqual(copy)
  })

  it.each([null, [], 'hours=16', 42, new Date(0)])('refuses facts that are not a plain object (%s)', (facts) => {
    expect(() => assess(ladder, facts, { asOf })).toThrow(expect.objectContaining({ code: 'facts-not-object' }))
  })

  it.each([undefined, '', '2026-02-30', '01-03-2026', 20260301])('refuses an asOf that is not an ISO date (%s)', (date) => {
    expect(() => assess(ladder, {}, { asOf: date as never })).toThrow(expect.objectContaining({ code: 'invalid-as-of', path: '/asOf' }))
  })

  it('names the criterion whose rule failed on a fact', () => {
    const dated = compileLadder({
      id: 'trial', version: '1', title: { en: 'Trial' }, placement: 'cumulative',
      rungs: [
        { id: 'start', title: { en: 'Start' }, criteria: [] },
        { id: 'trial', title: { en: 'Trial' }, criteria: [{ id: 'short', title: { en: 'Short' }, rule: { '<=': [{ days_between: [{ var: 'trialStart' }, { as_of: [] }] }, 21] } }] },
      ],
    })
    expect(() => assess(dated, { trialStart: '2026-02-30' }, { asOf })).toThrow(expect.objectContaining({ code: 'invalid-date', path: '/rungs/1/criteria/0/rule' }))
  })

  it('throws DoorstartErrors, which carry a code and a path', () => {
    try {
      assess(ladder, null, { asOf })
    } catch (error) {
      expect(error).toBeInstanceOf(DoorstartError)
      expect(error).toMatchObject({ name: 'DoorstartError', code: 'facts-not-object', path: '' })
    }
  })
})
