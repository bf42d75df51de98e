import { describe, expect, it } from 'vitest'
import { LadderValidationError, validateLadder, type ValidationIssue } from '@doorstart/ladder'
import { threeRungLadder } from '../support/ladders.js'

/** The issues validateLadder reports for `input` (fails the test when it does not throw). */
function issuesOf(input: unknown): ValidationIssue[] {
  try {
    validateLadder(input)
  } catch (error) {
    if (error instanceof LadderValidationError) return [...error.issues]
    throw error
  }
  throw new Error('expected a LadderValidationError')
}

/** A valid ladder with one change applied. */
function ladderWith(change: (ladder: Record<string, any>) => void): unknown {
  const ladder = structuredClone(threeRungLadder('cumulative')) as Record<string, any>
  change(ladder)
  return ladder
}

describe('validateLadder', () => {
  it('returns a valid ladder as a deep copy', () => {
    const input = threeRungLadder('cumulative')
    const ladder = validateLadder(input)
    expect(ladder).toEqual(input)
    expect(ladder).not.toBe(input)
  })

  it('accepts a rung without criteria', () => {
    expect(() => validateLadder(ladderWith((l) => { l.rungs[0].criteria = [] }))).not.toThrow()
  })

  it('refuses something that is not an object', () => {
    expect(issuesOf([])).toEqual([{ path: '', code: 'invalid-type', message: expect.any(String) }])
  })

  it.each([
    ['missing-field', '/version', (l: Record<string, any>) => { delete l.version }],
    ['missing-field', '/title', (l: Record<string, any>) => { delete l.title }],
    ['missing-field', '/rungs/1/criteria/0/rule', (l: Record<string, any>) => { delete l.rungs[1].criteria[0].rule }],
    ['invalid-id', '/id', (l: Record<string, any>) => { l.id = 'Pluspunt Ladder' }],
    ['invalid-id', '/rungs/0/id', (l: Record<string, any>) => { l.rungs[0].id = 'start_' }],
    ['invalid-version', '/version', (l: Record<string, any>) => { l.version = 2026 }],
    ['invalid-date', '/effectiveFrom', (l: Record<string, any>) => { l.effectiveFrom = '2026-02-30' }],
    ['invalid-localized-text', '/title', (l: Record<string, any>) => { l.title = 'Werkfit' }],
    ['invalid-localized-text', '/rungs/0/title/nl', (l: Record<string, any>) => { l.rungs[0].title = { nl: '' } }],
    ['unknown-field', '/rungs/0/critera', (l: Record<string, any>) => { l.rungs[0].critera = [] }],
    ['unknown-placement', '/placement', (l: Record<string, any>) => { l.placement = 'highest' }],
    ['empty-rungs', '/rungs', (l: Record<string, any>) => { l.rungs = [] }],
    ['invalid-type', '/rungs', (l: Record<string, any>) => { l.rungs = {} }],
    ['invalid-type', '/rungs/1/criteria/0', (l: Record<string, any>) => { l.rungs[1].criteria[0] = 'hours >= 12' }],
    ['duplicate-rung-id', '/rungs/2/id', (l: Record<string, any>) => { l.rungs[2].id = 'start' }],
    ['duplicate-criterion-id', '/rungs/2/criteria/0/id', (l: Record<string, any>) => { l.rungs[2].criteria[0].id = 'uren' }],
    ['unknown-operator', '/rungs/1/criteria/0/rule', (l: Record<string, any>) => { l.rungs[1].criteria[0].rule = { sum: [1, 2] } }],
    ['unknown-operator', '/rungs/1/criteria/0/rule/and/1', (l: Record<string, any>) => { l.rungs[1].criteria[0].rule = { and: [true, { 'Math.max': [1] }] } }],
    ['malformed-arguments', '/rungs/1/criteria/0/rule/>=', (l: Record<string, any>) => { l.rungs[1].criteria[0].rule = { '>=': [{ var: 'hours' }] } }],
    ['malformed-arguments', '/rungs/1/criteria/0/rule/if', (l: Record<string, any>) => { l.rungs[1].criteria[0].rule = { if: [true, 1, false, 2] } }],
    ['malformed-arguments', '/rungs/1/criteria/0/rule/missing_some/1', (l: Record<string, any>) => { l.rungs[1].criteria[0].rule = { missing_some: [1, 'a'] } }],
    ['invalid-rule-object', '/rungs/1/criteria/0/rule', (l: Record<string, any>) => { l.rungs[1].criteria[0].rule = { '>=': [1, 2], '<': [1, 2] } }],
    ['forbidden-path', '/rungs/1/criteria/0/rule/>=/0/var', (l: Record<string, any>) => { l.rungs[1].criteria[0].rule = { '>=': [{ var: 'a.__proto__.b' }, 1] } }],
    ['forbidden-path', '/rungs/1/criteria/0/rule/missing/0', (l: Record<string, any>) => { l.rungs[1].criteria[0].rule = { missing: ['constructor'] } }],
    ['unsupported-format-version', '/formatVersion', (l: Record<string, any>) => { l.formatVersion = 2 }],
    ['text-too-long', '/rungs/0/description/en', (l: Record<string, any>) => { l.rungs[0].description = { en: 'x'.repeat(2_001) } }],
    ['too-many-rungs', '/rungs', (l: Record<string, any>) => { l.rungs = Array.from({ length: 51 }, (_, i) => ({ id: `r${i}`, title: { nl: 'R' }, criteria: [] })) }],
    ['too-many-criteria', '/rungs/0/criteria', (l: Record<string, any>) => { l.rungs[0].criteria = Array.from({ length: 101 }, (_, i) => ({ id: `c${i}`, title: { nl: 'C' }, rule: true })) }],
    ['rule-too-deep', '/rungs/0/criteria/0/rule/!/!/!/!/!/!/!/!/!/!/!/!/!/!/!/!/!/!/!/!/!/!/!/!/!/!/!/!/!/!/!/!/!', (l: Record<string, any>) => {
      let rule: unknown = true
      for (let i = 0; i < 40; i++) rule = { '!': rule }
      l.rungs[0].criteria[0].rule = rule
    }],
    ['rule-too-large', '/rungs/0/criteria/0/rule', (l: Record<string, any>) => { l.rungs[0].criteria[0].rule = { in: [1, Array.from({ length: 5_000 }, (_, i) => i)] } }],
  ])('reports %s at %s', (code, path, change) => {
    const issues = issuesOf(ladderWith(change))
    expect(issues).toContainEqual({ path, code, message: expect.stringMatching(/\w{3,}.*[.)]$/) })
  })

  it('reports every problem, not just the first', () => {
    const issues = issuesOf(ladderWith((l) => {
      l.id = 'Bad Id'
      l.placement = 'best'
      l.rungs[0].title = 5
      l.rungs[2].id = 'start'
    }))
    expect(issues.map((issue) => issue.code)).toEqual(['invalid-id', 'unknown-placement', 'invalid-localized-text', 'duplicate-rung-id'])
  })

  it('says in its message how many problems there are and where the first is', () => {
    expect(() => validateLadder(ladderWith((l) => { l.placement = 'best'; l.rungs = [] })))
      .toThrow(/2 problems; the first at "\/placement"/)
  })

  it('escapes JSON Pointer tokens in paths', () => {
    const issues = issuesOf(ladderWith((l) => { l.rungs[0]['a/b~c'] = 1 }))
    expect(issues[0]?.path).toBe('/rungs/0/a~1b~0c')
  })

  it('does not change its input', () => {
    const input = ladderWith((l) => { l.placement = 'best' })
    const copy = structuredClone(input)
    issuesOf(input)
    expect(input).toEqual(copy)
  })
})
