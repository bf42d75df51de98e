// Explanations name facts in the reader's language: every fact of the vocabulary has a Dutch and
// an English name, and an item of a list reads as a phrase ("niveau van observatie 2"), not a path.
import { describe, expect, it } from 'vitest'
import { assess, compileLadder, factLabels, factSchema } from '@doorstart/ladder'

type Schema = { type?: unknown; properties?: Record<string, Schema>; items?: Schema }

/** Every fact path the vocabulary defines, with `*` for an item of a list. */
function vocabularyPaths(properties: Record<string, Schema>, prefix = ''): string[] {
  return Object.entries(properties).flatMap(([key, schema]) => {
    const path = `${prefix}${key}`
    const nested = schema.properties === undefined ? [] : vocabularyPaths(schema.properties, `${path}.`)
    const items = schema.items === undefined ? [] : [`${path}.*`, ...(schema.items.properties === undefined ? [] : vocabularyPaths(schema.items.properties, `${path}.*.`))]
    return [path, ...nested, ...items]
  })
}

const asOf = '2026-03-01'
const ladderOf = (rule: unknown) => ({
  id: 'uitleg', version: '1', title: { nl: 'Uitleg' }, placement: 'cumulative' as const,
  rungs: [{ id: 'trede', title: { nl: 'Trede', en: 'Rung' }, criteria: [{ id: 'c', title: { nl: 'Criterium', en: 'Criterion' }, rule: rule as never }] }],
})

describe('the names of facts', () => {
  it('cover every fact of the vocabulary, list items included, in Dutch and English', () => {
    const paths = vocabularyPaths(factSchema.properties as unknown as Record<string, Schema>)
    expect(paths).toContain('observations.*.level')
    const unnamed = paths.filter((path) => !factLabels[path]?.nl || !factLabels[path]?.en)
    expect(unnamed).toEqual([])
  })

  it('read an absent fact of a list item as a phrase, counted from 1', () => {
    const ladder = compileLadder(ladderOf({ some: [{ var: 'observations' }, { '>=': [{ var: 'level' }, 3] }] }))
    const facts = { observations: [{ goal: 'punctuality', level: 2 }, { goal: 'punctuality' }] }
    const [criterion] = assess(ladder, facts, { asOf }).rungs[0]!.criteria
    expect(criterion!.missing).toEqual(['observations.1.level'])
    expect(criterion!.explanation.nl).toBe('Onbekend: ontbreekt: niveau van observatie 2.')
    expect(criterion!.explanation.en).toBe('Unknown: missing: level of observation 2.')
  })

  it('read a comparison of a vocabulary fact in the reader\'s language', () => {
    const ladder = compileLadder(ladderOf({ '>=': [{ var: 'observations.0.level' }, 3] }))
    const [criterion] = assess(ladder, { observations: [{ level: 4 }] }, { asOf }).rungs[0]!.criteria
    expect(criterion!.explanation.nl).toBe('Voldaan: niveau van observatie 1 is 4 (vereist: ten minste 3).')
    expect(criterion!.explanation.en).toBe('Met: level of observation 1 is 4 (required: at least 3).')
  })

  it('use a centre\'s names for its own lists, and the path where nothing names the item', () => {
    const rule = { and: [{ '>=': [{ var: 'diensten.0.uren' }, 4] }, { '==': [{ var: 'ritten.0.km' }, 10] }] }
    const named = compileLadder(ladderOf(rule), {
      factLabels: { 'diensten.*': { nl: 'dienst', en: 'shift' }, 'diensten.*.uren': { nl: 'uren', en: 'hours' } },
    })
    const [criterion] = assess(named, { diensten: [{ uren: 5 }], ritten: [{ km: 10 }] }, { asOf }).rungs[0]!.criteria
    expect(criterion!.explanation.nl).toBe('Voldaan: uren van dienst 1 is 5 (vereist: ten minste 4); ritten.0.km is 10 (vereist: 10).')
    expect(criterion!.explanation.en).toBe('Met: hours of shift 1 is 5 (required: at least 4); ritten.0.km is 10 (required: 10).')
  })
})

describe('a criterion explained by its title', () => {
  it('ends with one full stop, also when the title has one (sources write sentences)', () => {
    const ladder = compileLadder({
      ...ladderOf({ '>=': [{ reduce: [{ var: 'observations' }, { '+': [{ var: 'accumulator' }, 1] }, 0] }, 3] }),
      rungs: [
        {
          id: 'trede',
          title: { nl: 'Trede', en: 'Rung' },
          criteria: [
            {
              id: 'c',
              title: { nl: 'Minstens 3 positieve observaties.', en: 'At least 3 positive observations.' },
              rule: { '>=': [{ reduce: [{ var: 'observations' }, { '+': [{ var: 'accumulator' }, 1] }, 0] }, 3] } as never,
            },
          ],
        },
      ],
    })
    const [criterion] = assess(ladder, { observations: [{ level: 3 }] }, { asOf }).rungs[0]!.criteria
    expect(criterion!.explanation.nl).toBe('Niet voldaan: Minstens 3 positieve observaties (op basis van observaties).')
    expect(criterion!.explanation.en).not.toMatch(/\.\.|\. \(/)
    expect(criterion!.explanation.nl).not.toMatch(/\.\.|\. \(/)
  })
})
