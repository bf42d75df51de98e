import { describe, expect, it } from 'vitest'
import { assess, compileLadder, compileRule, evaluate, LadderValidationError, RULE_LIMITS, RuleValidationError, type Ladder } from '@doorstart/ladder'

function ladderWithRule(rule: unknown): Ladder {
  return {
    id: 'hostile', version: '1', title: { en: 'Hostile' }, placement: 'cumulative',
    rungs: [{ id: 'only', title: { en: 'Only' }, criteria: [{ id: 'rule', title: { en: 'Rule' }, rule: rule as never }] }],
  }
}

function nested(depth: number): unknown {
  let rule: unknown = { var: 'x' }
  for (let i = 0; i < depth; i++) rule = { '!': [rule] }
  return rule
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    if (error instanceof RuleValidationError || error instanceof LadderValidationError) return error.issues[0]?.code
    throw error
  }
  return undefined
}

describe('hostile rules', () => {
  it('never read the prototype through a var path', () => {
    expect(codeOf(() => evaluate({ var: '__proto__.polluted' }, {}))).toBe('forbidden-path')
    expect(codeOf(() => compileRule({ var: 'constructor.name' }))).toBe('forbidden-path')
    expect(codeOf(() => compileLadder(ladderWithRule({ var: 'a.prototype' })))).toBe('forbidden-path')
  })

  it('never read inherited properties through a computed path', () => {
    const rule = { var: { cat: ['to', 'String'] } }
    expect(evaluate(rule, {})).toBeNull()
    expect(compileRule(rule)({})).toBeNull()
    expect(evaluate({ var: { cat: ['__pro', 'to__'] } }, {})).toBeNull()
  })

  it('refuse rules nested past the limit, without exhausting the stack', () => {
    expect(codeOf(() => evaluate(nested(RULE_LIMITS.maxDepth + 1), {}))).toBe('rule-too-deep')
    expect(codeOf(() => compileRule(nested(100_000)))).toBe('rule-too-deep')
    expect(codeOf(() => compileLadder(ladderWithRule(nested(5_000))))).toBe('rule-too-deep')
  })

  it('accept rules nested up to the limit', () => {
    // An even number of negations keeps the value.
    expect(compileRule(nested(RULE_LIMITS.maxDepth - 2))({ x: true })).toBe(true)
  })

  it('refuse huge arrays and huge strings', () => {
    const huge = Array.from({ length: 1_000_000 }, (_, i) => i)
    expect(codeOf(() => compileRule({ in: [1, huge] }))).toBe('rule-too-large')
    expect(codeOf(() => evaluate({ cat: ['x'.repeat(RULE_LIMITS.maxStringLength + 1)] }))).toBe('rule-too-large')
  })

  it('refuse unknown and dotted operators that json-logic-js would resolve on its table', () => {
    expect(codeOf(() => evaluate({ 'var.length': [] }))).toBe('unknown-operator')
    expect(codeOf(() => evaluate({ hasOwnProperty: ['x'] }))).toBe('unknown-operator')
    expect(codeOf(() => evaluate({ __proto__: [] } as unknown))).toBeUndefined()
  })

  it('keep strings from a rule out of the generated code', () => {
    // No dots: a dot in a var path descends into the facts.
    const sneaky = ['"]; throw new Error("injected"); //', '\u2028', '`${process["exit"](1)}`', "'); globalThis['hacked'] = 1; ('"]
    for (const text of sneaky) {
      expect(compileRule({ cat: [text, { var: text }] })({ [text]: '!' })).toBe(`${text}!`)
      expect(compileRule({ var: [text, text] })({})).toBe(text)
    }
    expect((globalThis as Record<string, unknown>).hacked).toBeUndefined()
  })

  it('keep property names from a rule out of the generated code', () => {
    const key = 'a"]; globalThis["hacked"] = 1; //'
    const ladder = compileLadder(ladderWithRule({ '==': [{ var: `${key}.b` }, 1] }))
    expect(assess(ladder, { [key]: { b: 1 } }, { asOf: '2026-01-01' }).rung).toBe('only')
    expect((globalThis as Record<string, unknown>).hacked).toBeUndefined()
  })

  it('turn a failing operation into a typed error, never a crash', () => {
    expect(() => evaluate({ '*': [] })).toThrow(expect.objectContaining({ code: 'rule-evaluation-failed' }))
    expect(() => evaluate({ missing_some: [1, null] })).toThrow(expect.objectContaining({ code: 'rule-evaluation-failed' }))
  })
})
