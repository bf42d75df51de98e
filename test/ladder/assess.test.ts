import { describe, expect, it } from 'vitest'
import { assess, compileLadder, DoorstartError, place } from '@doorstart/ladder'
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

  it('refuses facts whose properties cannot be read, as not a plain object', () => {
    const throwing = Object.defineProperty({}, 'constructor', { get: () => { throw new Error('no') } })
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    for (const facts of [throwing, proxy]) {
      expect(() => assess(ladder, facts, { asOf })).toThrow(expect.objectContaining({ code: 'facts-not-object' }))
      expect(() => place(ladder, facts, { asOf })).toThrow(expect.objectContaining({ code: 'facts-not-object' }))
    }
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

describe('assess results, whose rungs are built when first read', () => {
  const facts = { daysPerWeek: 2, hours: 16 }

  it('write the whole assessment as JSON, keys in the documented order', () => {
    const json = JSON.parse(JSON.stringify(assess(ladder, facts, { asOf })))
    expect(Object.keys(json)).toEqual(['ladder', 'asOf', 'rung', 'provisional', 'rungs', 'next'])
    expect(json.rungs).toHaveLength(3)
  })

  it('give a plain copy with toJSON, which structuredClone and deep equality accept', () => {
    const result = assess(ladder, facts, { asOf })
    const copy = structuredClone({ participant: 'p-17', ...result.toJSON() })
    expect(JSON.parse(JSON.stringify(copy))).toEqual({ participant: 'p-17', ...JSON.parse(JSON.stringify(result)) })
    expect(copy.rungs[1]!.criteria[1]).toMatchObject({ id: 'verantwoordelijkheid', outcome: 'unknown', missing: ['responsibility'] })
  })

  it('return the same rungs on every read', () => {
    const result = assess(ladder, facts, { asOf })
    expect(result.rungs).toBe(result.rungs)
  })

  it('agree with the placement and next step worked out at once', () => {
    for (const sample of [{}, { daysPerWeek: 1 }, { daysPerWeek: 2, hours: 8 }, { daysPerWeek: 2, hours: 40, responsibility: true }, { hours: 40, contract: { signed: true } }]) {
      const result = assess(ladder, sample, { asOf })
      const placedAt = result.rungs.findIndex((rung) => rung.outcome !== 'met')
      const expected = placedAt === -1 ? result.rungs.at(-1)!.id : placedAt === 0 ? null : result.rungs[placedAt - 1]!.id
      expect(result.rung, JSON.stringify(sample)).toBe(expected)
    }
  })

  it('stay right when read after later assessments on the same compiled ladder', () => {
    const first = assess(ladder, { daysPerWeek: 2, hours: 16 }, { asOf })
    for (let i = 0; i < 10; i++) assess(ladder, { daysPerWeek: 0 }, { asOf })
    expect(first.rungs.map((rung) => rung.outcome)).toEqual(['met', 'unknown', 'unknown'])
  })

  it('stay right when the facts assess someone else on the same ladder while being read', () => {
    const inner: Array<ReturnType<typeof assess>> = []
    const tricky = {
      daysPerWeek: 2,
      get hours(): number {
        if (inner.length < 3) inner.push(assess(ladder, { daysPerWeek: 0 }, { asOf }))
        return 16
      },
    }
    const outer = assess(ladder, tricky, { asOf })
    expect(outer.rung).toBe('start')
    expect(outer.rungs.map((rung) => rung.outcome)).toEqual(['met', 'unknown', 'unknown'])
    expect(inner.map((result) => result.rung)).toEqual([null, null, null])
    expect(inner[0]!.rungs[0]!.outcome).toBe('not-met')
  })
})

describe('explanations name facts', () => {
  const paid = {
    id: 'betaald', version: '1', title: { nl: 'Betaald werk' }, placement: 'cumulative' as const,
    rungs: [{
      id: 'betaald-werk', title: { nl: 'Betaald werk' },
      criteria: [
        { id: 'uren', title: { nl: 'Uren' }, rule: { '>=': [{ var: 'paidWork.hoursPerWeek' }, 32] } },
        { id: 'keuken', title: { nl: 'Keuken' }, rule: { '>=': [{ var: 'keukenUren' }, 8] } },
      ],
    }],
  }

  it('by their names in the fact vocabulary, in Dutch and English', () => {
    const [hours] = assess(compileLadder(paid), { paidWork: { hoursPerWeek: 40 } }, { asOf }).rungs[0]!.criteria
    expect(hours!.explanation).toMatchObject({
      nl: 'Voldaan: contracturen betaald werk per week is 40 (vereist: ten minste 32).',
      en: 'Met: contract hours of paid work per week is 40 (required: at least 32).',
    })
  })

  it('by their path when they have no name, and by the names a centre passes for its own facts', () => {
    const plain = assess(compileLadder(paid), {}, { asOf }).rungs[0]!.criteria[1]!
    expect(plain.explanation.nl).toBe('Onbekend: keukenUren is onbekend (vereist: ten minste 8).')
    const named = compileLadder(paid, { factLabels: { keukenUren: { nl: 'uren in de keuken per week', en: 'hours in the kitchen per week' } } })
    const kitchen = assess(named, { keukenUren: 10 }, { asOf }).rungs[0]!.criteria[1]!
    expect(kitchen.explanation.en).toBe('Met: hours in the kitchen per week is 10 (required: at least 8).')
    expect(named.factLabels['paidWork.hoursPerWeek']?.nl).toBe('contracturen betaald werk per week')
  })

  it('refuses fact names that are not Dutch or English text, with the path of the first', () => {
    for (const [factLabels, path] of [
      [[], '/factLabels'],
      [{ keukenUren: 'uren' }, '/factLabels/keukenUren'],
      [{ keukenUren: {} }, '/factLabels/keukenUren'],
      [{ keukenUren: { nl: '' } }, '/factLabels/keukenUren/nl'],
      [{ 'a/b': { de: 'Stunden' } }, '/factLabels/a~1b/de'],
    ] as const) {
      expect(() => compileLadder(paid, { factLabels: factLabels as never }), JSON.stringify(factLabels))
        .toThrow(expect.objectContaining({ code: 'invalid-fact-labels', path }))
    }
  })
})

