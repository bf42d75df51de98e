import { describe, expect, it } from 'vitest'
import * as ladder from '@doorstart/ladder'

describe('the public API of @doorstart/ladder', () => {
  it('exports the engine under the names other systems rely on', () => {
    for (const name of ['validateLadder', 'findLadderIssues', 'compileLadder', 'place', 'assess', 'evaluate', 'compileRule', 'isTruthy', 'isIsoDate']) {
      expect(typeof (ladder as Record<string, unknown>)[name], name).toBe('function')
    }
  })

  it('exports the error classes, all DoorstartErrors', () => {
    for (const ErrorClass of [ladder.LadderValidationError, ladder.RuleValidationError, ladder.RuleEvaluationError]) {
      expect(ErrorClass.prototype).toBeInstanceOf(ladder.DoorstartError)
    }
  })

  it('exports its limits', () => {
    expect(ladder.RULE_LIMITS).toEqual({ maxDepth: 32, maxNodes: 2_000, maxStringLength: 1_000 })
    expect(ladder.LADDER_LIMITS.maxRungs).toBe(50)
  })
})
