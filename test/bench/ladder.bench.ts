// `npm run bench`: the engine on two ladders of 30 criteria over 100,000 generated fact records
// each: a ladder over nested facts, and a plain one (comparisons, and, or, ! over 10 numeric and 4
// string facts, most records stopping at the first or second rung). Each benchmark task processes
// all records once, so records per second = hz × 100,000. On a noisy machine ratios between
// tasks measured one after the other mislead, so the ratios that matter (assess against
// json-logic-js and against hand-written outcomes) are also measured in interleaved pairs, and
// the median of the pairs is printed at the end.
import { afterAll, bench, describe } from 'vitest'
import jsonLogic from 'json-logic-js'
import { LogicEngine } from 'json-logic-engine'
import { assess, compileLadder, place, type Ladder } from '@doorstart/ladder'
import {
  benchLadder, generateFacts, generatePlainFacts, outcomesByHand, placeByHand, plainBenchLadder, plainOutcomesByHand,
} from '../support/benchLadder.js'

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
const codes = new Uint8Array(30)

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
  bench('hand-written outcomes of every criterion (the limit)', () => {
    for (const facts of records) outcomesByHand(facts, codes)
  }, { time: 2_000 })

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

const plainRecords = generatePlainFacts(RECORDS)
const plainLadder = plainBenchLadder as Ladder
const plainCompiled = compileLadder(plainLadder)

describe(`assessment of ${RECORDS.toLocaleString('en')} records on the plain 30-criterion ladder, every criterion`, () => {
  bench('hand-written outcomes of every criterion (the limit)', () => {
    for (const facts of plainRecords) plainOutcomesByHand(facts, codes)
  }, { time: 2_000 })

  bench('@doorstart/ladder assess', () => {
    for (const facts of plainRecords) sink = assess(plainCompiled, facts, { asOf })
  }, { time: 2_000, iterations: 2 })

  bench('@doorstart/ladder place', () => {
    for (const facts of plainRecords) sink = place(plainCompiled, facts, { asOf })
  }, { time: 2_000 })

  bench('json-logic-js apply per criterion', () => {
    for (const facts of plainRecords) {
      sink = plainLadder.rungs.map((rung) => rung.criteria.map((criterion) => truthy(jsonLogic.apply(criterion.rule as never, facts))))
    }
  }, { time: 2_000, iterations: 2 })
})

// Interleaved pairs: each pair times json-logic-js, `assess` and the hand-written outcomes over
// the same records one right after the other, so that load from elsewhere hits all three alike.
const PAIRS = 7
const PAIR_RECORDS = 20_000
const figures = new Map<string, string>()
const seconds = (work: () => void): number => {
  const started = performance.now()
  work()
  return (performance.now() - started) / 1000
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

function interleavedPairs(name: string, subject: Ladder, prepared: typeof compiled, facts: Array<Record<string, unknown>>, byHand: (facts: unknown, codes: Uint8Array) => void): void {
  const sample = facts.slice(0, PAIR_RECORDS)
  const runAssess = (): void => { for (const record of sample) sink = assess(prepared, record, { asOf }) }
  const runHand = (): void => { for (const record of sample) byHand(record, codes) }
  const runJsonLogic = (): void => {
    for (const record of sample) sink = subject.rungs.map((rung) => rung.criteria.map((criterion) => truthy(jsonLogic.apply(criterion.rule as never, record))))
  }
  for (let i = 0; i < 3; i++) { runAssess(); runHand() }
  const overJsonLogic: number[] = []
  const overHand: number[] = []
  for (let pair = 0; pair < PAIRS; pair++) {
    const jsonLogicTime = seconds(runJsonLogic)
    const assessTime = seconds(runAssess)
    const handTime = seconds(runHand)
    overJsonLogic.push(jsonLogicTime / assessTime)
    overHand.push(handTime / assessTime)
  }
  figures.set(name, `${name}: assess ${median(overJsonLogic).toFixed(1)}× json-logic-js, ${median(overHand).toFixed(2)}× hand-written outcomes (medians of ${PAIRS} interleaved pairs, ${PAIR_RECORDS.toLocaleString('en')} records; pairs ×json-logic-js ${overJsonLogic.map((ratio) => ratio.toFixed(1)).join(' ')})`)
}

afterAll(() => {
  if (figures.size > 0) console.log(`\nassess in interleaved pairs\n${[...figures.values()].join('\n')}`)
})

const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 }

describe('assess against json-logic-js and hand-written outcomes, interleaved pairs', () => {
  bench('the 30-criterion ladder', () => interleavedPairs('the 30-criterion ladder', ladder, compiled, records, outcomesByHand), once)
  bench('the plain 30-criterion ladder', () => interleavedPairs('the plain 30-criterion ladder', plainLadder, plainCompiled, plainRecords, plainOutcomesByHand), once)
})

describe('compiling the 30-criterion ladder', () => {
  bench('compileLadder', () => {
    sink = compileLadder(structuredClone(ladder))
  }, { time: 1_000 })
})

export { sink }
