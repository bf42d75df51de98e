// `npm run bench`: the engine on one ladder of 30 criteria over 100,000 generated fact records.
// Each benchmark task processes all records once, so records per second = hz × 100,000.
import { bench, describe } from 'vitest'
import jsonLogic from 'json-logic-js'
import { LogicEngine } from 'json-logic-engine'
import { assess, compileLadder, place, type Ladder } from '@doorstart/ladder'
import { benchLadder, generateFacts, placeByHand } from '../support/benchLadder.js'

const RECORDS = 100_000
const records = generateFacts(RECORDS)
const ladder = benchLadder as Ladder
const compiled = compileLadder(ladder)
const asOf = '2026-03-01'
const truthy = (value: unknown): boolean => (Array.isArray(value) ? value.length !== 0 : !!value)

const engine = new LogicEngine()
const rungIds = ladder.rungs.map((rung) => rung.id)
const engineRungs = ladder.rungs.map((rung) => rung.criteria.map((criterion) => engine.build(criterion.rule as never) as (data: unknown) => unknown))

let sink: unknown

describe(`placement of ${RECORDS.toLocaleString('en')} records on a 30-criterion ladder`, () => {
  bench('hand-written TypeScript (the limit)', () => {
    for (const facts of records) sink = placeByHand(facts)
  }, { time: 2_000 })

  bench('@doorstart/ladder place', () => {
    for (const facts of records) sink = place(compiled, facts, { asOf })
  }, { time: 2_000 })

  bench('json-logic-engine build() in the same loop', () => {
    for (const facts of records) {
      let placed: string | null = null
      rungs: for (let r = 0; r < engineRungs.length; r++) {
        const criteria = engineRungs[r]!
        for (let c = 0; c < criteria.length; c++) if (!truthy(criteria[c]!(facts))) break rungs
        placed = rungIds[r]!
      }
      sink = placed
    }
  }, { time: 2_000 })
})

describe(`assessment of ${RECORDS.toLocaleString('en')} records, every criterion`, () => {
  bench('@doorstart/ladder assess', () => {
    for (const facts of records) sink = assess(compiled, facts, { asOf })
  }, { time: 2_000, iterations: 2 })

  bench('@doorstart/ladder assess, every rung and criterion result read', () => {
    for (const facts of records) sink = assess(compiled, facts, { asOf }).rungs
  }, { time: 2_000, iterations: 2 })

  bench('json-logic-js apply per criterion', () => {
    for (const facts of records) {
      sink = ladder.rungs.map((rung) => rung.criteria.map((criterion) => truthy(jsonLogic.apply(criterion.rule as never, facts))))
    }
  }, { time: 2_000, iterations: 2 })
})

describe('compiling the 30-criterion ladder', () => {
  bench('compileLadder', () => {
    sink = compileLadder(structuredClone(ladder))
  }, { time: 1_000 })
})

export { sink }
