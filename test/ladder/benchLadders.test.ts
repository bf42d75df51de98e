// The benchmark ladders are valid, their hand-written outcomes (the speed limit the benchmark
// compares `assess` with) are the engine's, and the plain ladder's records mostly stop low.
import { describe, expect, it } from 'vitest'
import { assess, compileLadder, type Ladder } from '@doorstart/ladder'
import { benchLadder, generateFacts, generatePlainFacts, outcomesByHand, plainBenchLadder, plainOutcomesByHand } from '../support/benchLadder.js'

const CODES = { met: 0, 'not-met': 1, unknown: 2 } as const

describe.each([
  ['the 30-criterion ladder', benchLadder as Ladder, generateFacts, outcomesByHand],
  ['the plain 30-criterion ladder', plainBenchLadder as Ladder, generatePlainFacts, plainOutcomesByHand],
] as const)('%s', (_name, ladder, generate, byHand) => {
  const compiled = compileLadder(ladder)
  const records = generate(2_000)

  it('has hand-written outcomes equal to those of assess', () => {
    const codes = new Uint8Array(30)
    for (const facts of records) {
      byHand(facts, codes)
      const outcomes = assess(compiled, facts, { asOf: '2026-03-01' }).rungs.flatMap((rung) => rung.criteria.map((criterion) => CODES[criterion.outcome]))
      expect([...codes]).toEqual(outcomes)
    }
  })

  it('places records on every rung', () => {
    const rungs = new Set(records.map((facts) => assess(compiled, facts, { asOf: '2026-03-01' }).rung))
    expect(rungs.size).toBe(ladder.rungs.length + 1)
  })
})

it('the plain ladder\'s records mostly stop at the first or second rung', () => {
  const compiled = compileLadder(plainBenchLadder as Ladder)
  const records = generatePlainFacts(2_000)
  const low = records.filter((facts) => [null, 'start'].includes(assess(compiled, facts, { asOf: '2026-03-01' }).rung)).length
  expect(low / records.length).toBeGreaterThan(0.6)
})
