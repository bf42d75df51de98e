// Specification of the fact vocabulary (issue 4: a wrong type or an impossible value is an error
// with its path; an absent value is simply unknown).
import { describe, expect, it } from 'vitest'
import { assess, builtinLadders, factSchema, FactsValidationError, findFactIssues, validateFacts, type ParticipantFacts } from '@doorstart/ladder'

describe('findFactIssues', () => {
  it('accepts an empty object: absent facts are unknown, not errors', () => {
    expect(findFactIssues({})).toEqual([])
  })

  it('accepts null for any known fact (null means unknown too)', () => {
    expect(findFactIssues({ socialContactsPerWeek: null, paidWork: { hoursPerWeek: null, support: null } })).toEqual([])
  })

  it('accepts a full, realistic record', () => {
    expect(findFactIssues({
      socialContactsPerWeek: 4,
      organisedActivityHoursPerWeek: 2.5,
      unpaidWork: { hoursPerWeek: 32, withResponsibility: true, workExperiencePlace: true },
      paidWork: { hoursPerWeek: 0, support: [] },
      workplace: { kind: 'protected', sector: 'kitchen', since: '2026-01-05' },
      trajectory: { startedOn: '2026-01-05', workOriented: false },
      learningGoals: [{ goal: 'kitchen-hygiene', status: 'active', startedOn: '2026-01-05' }],
      observations: [{ goal: 'kitchen-hygiene', date: '2028-02-29', observerRole: 'supervisor', level: 3 }],
      employeeSkills: { punctuality: 3, safeWork: 2 },
      certificates: [{ kind: 'deelcertificaat', achievement: 'deelcertificaat-hygiene-keuken', issuedOn: '2026-02-01' }],
      courses: [{ course: 'nederlands-op-de-werkvloer', startedOn: '2026-01-12' }],
      education: { highestLevel: 'entreeopleiding' },
      growthPotential: { ladder: 'participatieladder', rung: 'onbetaald-werk', recordedOn: '2026-01-05' },
      selfSufficiency: { finances: 2, justice: 5 },
      centreSpecificFact: 'a centre may add its own facts at the top level',
    })).toEqual([])
  })

  it('reports negative hours with their path', () => {
    expect(findFactIssues({ paidWork: { hoursPerWeek: -4 } })).toEqual([
      { path: '/paidWork/hoursPerWeek', code: 'out-of-range', message: '/paidWork/hoursPerWeek must be at least 0.' },
    ])
  })

  it('reports more hours than a week has', () => {
    expect(findFactIssues({ unpaidWork: { hoursPerWeek: 169 } })[0]).toMatchObject({ path: '/unpaidWork/hoursPerWeek', code: 'out-of-range' })
  })

  it('reports a date that does not exist (30 February, 29 February outside a leap year)', () => {
    expect(findFactIssues({ trajectory: { startedOn: '2026-02-30' }, paidWork: { startedOn: '2027-02-29' } }).map((i) => [i.path, i.code])).toEqual([
      ['/paidWork/startedOn', 'invalid-date'],
      ['/trajectory/startedOn', 'invalid-date'],
    ])
  })

  it('accepts 29 February in a leap year', () => {
    expect(findFactIssues({ trajectory: { startedOn: '2028-02-29' } })).toEqual([])
  })

  it('reports a wrong type', () => {
    expect(findFactIssues({ socialContactsPerWeek: '3' })).toEqual([
      { path: '/socialContactsPerWeek', code: 'wrong-type', message: '/socialContactsPerWeek must be integer or null.' },
    ])
  })

  it('reports an unknown kind of support with the item path', () => {
    expect(findFactIssues({ paidWork: { support: ['payroll'] } })[0]).toMatchObject({ path: '/paidWork/support/0', code: 'unknown-value' })
  })

  it('reports a misspelt fact inside a known object', () => {
    expect(findFactIssues({ paidWork: { hoursPerweek: 12 } })[0]).toMatchObject({ path: '/paidWork/hoursPerweek', code: 'unknown-fact' })
  })

  it('reports an observation without its required fields', () => {
    expect(findFactIssues({ observations: [{ goal: 'punctuality', date: '2026-01-05' }] }).map((i) => [i.path, i.code])).toEqual([
      ['/observations/0/observerRole', 'missing-field'],
      ['/observations/0/level', 'missing-field'],
    ])
  })

  it('reports a ZRM score outside 1–5', () => {
    expect(findFactIssues({ selfSufficiency: { housing: 0 } })[0]).toMatchObject({ path: '/selfSufficiency/housing', code: 'out-of-range' })
  })

  it('reports facts that are not an object', () => {
    expect(findFactIssues([1, 2])).toEqual([expect.objectContaining({ path: '', code: 'facts-not-object' })])
  })

  it('reports every problem, not just the first', () => {
    expect(findFactIssues({ socialContactsPerWeek: -1, paidWork: { hoursPerWeek: 'x' }, workplace: { kind: 'office' } })).toHaveLength(3)
  })

  it('never repeats the offending value in a message (facts are personal data)', () => {
    const issues = findFactIssues({ workplace: { kind: 'Jansen-secret' }, trajectory: { startedOn: '1999-13-45' } })
    expect(JSON.stringify(issues)).not.toContain('Jansen-secret')
    expect(JSON.stringify(issues)).not.toContain('1999-13-45')
  })
})

describe('validateFacts', () => {
  it('returns valid facts unchanged', () => {
    const facts = { paidWork: { hoursPerWeek: 24, support: ['jobcoach'] } }
    expect(validateFacts(facts)).toBe(facts)
  })

  it('throws a FactsValidationError listing every issue', () => {
    expect(() => validateFacts({ paidWork: { hoursPerWeek: -1 } })).toThrow(FactsValidationError)
    try {
      validateFacts({ paidWork: { hoursPerWeek: -1 } })
    } catch (error) {
      expect(error).toMatchObject({ code: 'out-of-range', path: '/paidWork/hoursPerWeek', issues: [expect.objectContaining({ code: 'out-of-range' })] })
    }
  })
})

describe('factSchema', () => {
  it('is plain JSON (draft-07) that other systems can take as is', () => {
    expect(JSON.parse(JSON.stringify(factSchema))).toEqual(factSchema)
    expect(factSchema.$schema).toBe('http://json-schema.org/draft-07/schema#')
  })

  it('marks the self-sufficiency scores as sensitive (DOMAIN.md §5)', () => {
    expect(factSchema.properties.selfSufficiency['x-sensitive']).toBe(true)
  })
})

describe('ParticipantFacts', () => {
  it('types facts that the schema accepts and the engine reads', () => {
    const facts: ParticipantFacts = {
      socialContactsPerWeek: 3,
      unpaidWork: { hoursPerWeek: 32, workExperiencePlace: true },
      observations: [{ goal: 'punctuality', date: '2026-02-02', observerRole: 'supervisor', level: 3 }],
    }
    expect(findFactIssues(facts)).toEqual([])
    expect(assess(builtinLadders.participatieladder, facts, { asOf: '2026-03-01' }).rung).toBe('onbetaald-werk')
  })
})
