// Specification of the built-in ladders. Each fixture names the source document of its rule
// (DOMAIN.md and the source files it cites).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  assess, builtinLadders, builtinLadderSources, compileLadder, describeGrowthPotential, place, resolveLadder,
  validateLadder, ZRM_DOMAIN_LABELS, zrmLadders, type Facts,
} from '@doorstart/ladder'

interface Fixture {
  readonly scenario: string
  readonly source: string
  readonly ladder?: string
  readonly facts: Facts
  readonly expected: { readonly rung: string | null; readonly provisional: boolean }
}

const fixtures = (name: string): Fixture[] =>
  JSON.parse(readFileSync(new URL(`../../fixtures/domain/${name}.json`, import.meta.url), 'utf8')) as Fixture[]

const AS_OF = '2026-03-01'

describe('builtinLadders', () => {
  it.each(Object.keys(builtinLadders))('has %s as valid ladder data (validateLadder accepts it unchanged)', (id) => {
    const ladder = builtinLadders[id]
    expect(validateLadder(ladder)).toEqual(ladder)
    expect(ladder?.id).toBe(id)
  })

  it.each(Object.keys(builtinLadders))('gives %s Dutch and English titles for the ladder, every rung and every criterion', (id) => {
    const ladder = builtinLadders[id]!
    const texts = [ladder.title, ...ladder.rungs.flatMap((rung) => [rung.title, ...rung.criteria.map((c) => c.title)])]
    for (const text of texts) {
      expect(text.nl).toBeTruthy()
      expect(text.en).toBeTruthy()
    }
  })

  it.each(Object.keys(builtinLadders))('names the sources of %s', (id) => {
    expect(builtinLadderSources[id]?.documents.length).toBeGreaterThan(0)
  })

  it.each([
    ['participatieladder', 'DOMAIN.md §3 (Participatieladder, Regioplan/Divosa) [ext]'],
    ['pluspunt-zorg-participatie', '003_39bc035d67f3ea38.txt'],
    ['pluspunt-participatie-werk', '003_39bc035d67f3ea38.txt'],
    ['werknemersvaardigheden', '001_9a0c4fce56949085.txt'],
    ['startkwalificatie', 'DOMAIN.md §3 (Startkwalificatie) [ext]'],
    ['zrm-financien', 'DOMAIN.md §3 (ZRM, GGD Amsterdam) [ext]'],
  ])('takes %s from %s', (id, source) => {
    expect(builtinLadderSources[id]?.documents).toContain(source)
  })

  it('ships the participation ladder, both Pluspunt ladders, employee skills, the basic qualification and 13 ZRM domains', () => {
    expect(Object.keys(builtinLadders)).toHaveLength(5 + 13)
    expect(Object.keys(zrmLadders)).toEqual(Object.values(ZRM_DOMAIN_LABELS).map((label) => label.id))
  })
})

describe.each([
  ['participatieladder', 'participatieladder'],
  ['pluspunt-zorg-participatie', 'pluspunt-zorg-participatie'],
  ['pluspunt-participatie-werk', 'pluspunt-participatie-werk'],
  ['werknemersvaardigheden', 'werknemersvaardigheden'],
  ['startkwalificatie', 'startkwalificatie'],
  ['zrm', undefined],
] as const)('the %s fixtures', (file, ladderId) => {
  it.each(fixtures(file).map((f) => [f.scenario, f.source, f] as const))('%s (%s)', (_scenario, _source, fixture) => {
    const ladder = builtinLadders[fixture.ladder ?? ladderId ?? '']!
    const assessment = assess(ladder, fixture.facts, { asOf: AS_OF })
    expect({ rung: assessment.rung, provisional: assessment.provisional }).toEqual(fixture.expected)
    // The fast path agrees with the explained one.
    expect(place(compileLadder(ladder), fixture.facts, { asOf: AS_OF })).toEqual(fixture.expected)
    expect(fixture.source).not.toBe('')
  })
})

describe('participatieladder', () => {
  const ladder = builtinLadders.participatieladder

  it('has six rungs placed first-match from rung 6 down (Participatieladder, Regioplan/Divosa [ext])', () => {
    expect(ladder.placement).toBe('first-match')
    expect(ladder.rungs).toHaveLength(6)
  })

  it('says what stands between rung 5 and rung 6: the support (Participatieladder, Regioplan/Divosa [ext], rung 6: no support or top-up)', () => {
    const assessment = assess(ladder, { paidWork: { hoursPerWeek: 20, support: ['top-up-benefit'] } }, { asOf: AS_OF })
    expect(assessment.next).toEqual({ rung: 'betaald-werk', unmet: ['zonder-ondersteuning'], unknown: [] })
  })
})

describe('describeGrowthPotential', () => {
  const ladder = builtinLadders.participatieladder
  const facts = (recordedOn: string): Facts => ({
    socialContactsPerWeek: 2,
    growthPotential: { ladder: 'participatieladder', rung: 'onbetaald-werk', recordedOn },
  })

  it('puts the growth potential a coach records next to the measured rung, with a 12-month horizon (Participatieladder, Regioplan/Divosa [ext]; DOMAIN.md §7.10)', () => {
    const placement = place(ladder, facts('2026-01-15'), { asOf: AS_OF })
    expect(describeGrowthPotential(ladder, placement, facts('2026-01-15'), { asOf: AS_OF })).toEqual({
      measured: 'sociale-contacten', potential: 'onbetaald-werk', gap: 2, horizonEnds: '2027-01-15', status: 'open',
    })
  })

  it('clamps the horizon at a month end in a leap year (29 February + 12 months = 28 February)', () => {
    const placement = place(ladder, facts('2028-02-29'), { asOf: '2028-03-01' })
    expect(describeGrowthPotential(ladder, placement, facts('2028-02-29'), { asOf: '2028-03-01' }).horizonEnds).toBe('2029-02-28')
  })

  it('says the potential expired when the horizon passed without reaching it', () => {
    const placement = place(ladder, facts('2025-01-15'), { asOf: AS_OF })
    expect(describeGrowthPotential(ladder, placement, facts('2025-01-15'), { asOf: AS_OF }).status).toBe('expired')
  })

  it('says the potential is reached when the measured rung is at or above it', () => {
    const reached = { ...facts('2026-01-15'), unpaidWork: { workExperiencePlace: true } }
    const placement = place(ladder, reached, { asOf: AS_OF })
    expect(describeGrowthPotential(ladder, placement, reached, { asOf: AS_OF }).status).toBe('reached')
  })

  it('is unknown when no growth potential is recorded for this ladder', () => {
    expect(describeGrowthPotential(ladder, { rung: 'geisoleerd', provisional: true }, {}, { asOf: AS_OF }).status).toBe('unknown')
  })
})

describe('resolveLadder', () => {
  it("prefers a centre's own version of a built-in ladder (issue 4: defaults are overridable)", () => {
    const own = { ...builtinLadders.participatieladder, version: '2026.2-rotterdam', effectiveFrom: '2026-06-01' }
    expect(resolveLadder('participatieladder', [own])?.version).toBe('2026.2-rotterdam')
  })

  it('does not use a centre version before its effectiveFrom date', () => {
    const own = { ...builtinLadders.participatieladder, version: '2026.2-rotterdam', effectiveFrom: '2026-06-01' }
    expect(resolveLadder('participatieladder', [own], { asOf: '2026-03-01' })?.version).toBe('2026.1')
    expect(resolveLadder('participatieladder', [own], { asOf: '2026-06-01' })?.version).toBe('2026.2-rotterdam')
  })

  it('falls back to the built-in, and to undefined for an unknown id', () => {
    expect(resolveLadder('participatieladder')).toBe(builtinLadders.participatieladder)
    expect(resolveLadder('constructor')).toBeUndefined()
  })
})
