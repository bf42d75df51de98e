import { describe, expect, it } from 'vitest'
import { assess, compileLadder, place } from '@doorstart/ladder'
import { threeRungLadder } from '../support/ladders.js'

const asOf = '2026-03-01'

describe('cumulative placement', () => {
  const ladder = compileLadder(threeRungLadder('cumulative'))

  it('places on the highest rung with every rung below it met', () => {
    expect(place(ladder, { daysPerWeek: 3, hours: 16, responsibility: true, contract: { signed: false } }, { asOf }))
      .toEqual({ rung: 'vrijwilligerswerk', provisional: false })
  })

  it('stops at the first rung not met, even when a higher one would be met', () => {
    expect(place(ladder, { daysPerWeek: 3, hours: 40, responsibility: false, contract: { signed: true } }, { asOf }))
      .toEqual({ rung: 'start', provisional: false })
  })

  it('is provisional when the rung above the placement is unknown', () => {
    expect(place(ladder, { daysPerWeek: 3, hours: 16 }, { asOf })).toEqual({ rung: 'start', provisional: true })
  })

  it('places nowhere when the lowest rung is not met', () => {
    expect(place(ladder, { daysPerWeek: 0 }, { asOf })).toEqual({ rung: null, provisional: false })
  })

  it('places nowhere, provisionally, when the lowest rung is unknown', () => {
    expect(place(ladder, {}, { asOf })).toEqual({ rung: null, provisional: true })
  })

  it('reaches the top rung when every rung is met', () => {
    expect(place(ladder, { daysPerWeek: 5, hours: 36, responsibility: true }, { asOf })).toEqual({ rung: 'betaald-werk', provisional: false })
  })
})

describe('first-match placement', () => {
  const ladder = compileLadder(threeRungLadder('first-match'))

  it('places on the highest rung met, scanning down', () => {
    expect(place(ladder, { daysPerWeek: 0, hours: 40, responsibility: false }, { asOf })).toEqual({ rung: 'betaald-werk', provisional: false })
  })

  it('is provisional when a rung above the placement is unknown', () => {
    expect(place(ladder, { daysPerWeek: 2, hours: 16, responsibility: true }, { asOf })).toEqual({ rung: 'vrijwilligerswerk', provisional: true })
  })

  it('is not provisional when every rung above is known not met', () => {
    expect(place(ladder, { daysPerWeek: 2, hours: 16, responsibility: true, contract: { signed: false } }, { asOf }))
      .toEqual({ rung: 'vrijwilligerswerk', provisional: false })
  })

  it('places nowhere when no rung is met', () => {
    expect(place(ladder, { daysPerWeek: 0, hours: 2, responsibility: false, contract: { signed: false } }, { asOf })).toEqual({ rung: null, provisional: false })
  })
})

describe('place and assess', () => {
  it.each(['cumulative', 'first-match'] as const)('agree on the rung and provisional flag (%s)', (mode) => {
    const ladder = compileLadder(threeRungLadder(mode))
    const samples = [{}, { daysPerWeek: 1 }, { daysPerWeek: 1, hours: 20 }, { hours: 40 }, { daysPerWeek: 1, hours: 40, responsibility: true },
      { daysPerWeek: 0, contract: { signed: true } }, { daysPerWeek: 2, hours: 12, responsibility: false, contract: { signed: false } }]
    for (const facts of samples) {
      const { rung, provisional } = assess(ladder, facts, { asOf })
      expect(place(ladder, facts, { asOf }), JSON.stringify(facts)).toEqual({ rung, provisional })
    }
  })

  it('accept a ladder definition as well as a compiled ladder', () => {
    expect(place(threeRungLadder('cumulative'), { daysPerWeek: 1 }, { asOf }).rung).toBe('start')
  })
})
