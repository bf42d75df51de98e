import { interpret } from '../internal/interpreter.js'
import { RuleCodeGenerator, type GeneratedRule } from '../internal/codegen.js'
import { assertRunnable, checkOptionalAsOf, runGuarded, type EvaluateOptions } from './evaluate.js'

/** A compiled JSON Logic rule: call it with data as often as you like. */
export type CompiledRule = (data?: unknown, options?: EvaluateOptions) => unknown

/**
 * Compiles a JSON Logic rule once into a fast function that returns exactly what `evaluate`
 * (and json-logic-js) returns. The rule is checked first; values from the rule never become code.
 *
 * @param rule - A JSON Logic rule.
 * @returns A function of data (and the `asOf` option for date rules).
 * @throws {@link RuleValidationError} for an unknown operator, a forbidden path or a rule past the limits.
 * @example
 * ```ts
 * const isFullTime = compileRule({ '>=': [{ var: 'hoursPerWeek' }, 32] })
 * isFullTime({ hoursPerWeek: 36 }) //=> true
 * isFullTime({}) //=> false (null >= 32 is false in JSON Logic)
 * ```
 */
export function compileRule(rule: unknown): CompiledRule {
  assertRunnable(rule)
  const body = generatePlain(rule)
  return (data?: unknown, options?: EvaluateOptions): unknown => {
    const asOf = checkOptionalAsOf(options)
    return runGuarded(() => body(data, null, asOf, ''))
  }
}

function generatePlain(rule: unknown): GeneratedRule {
  try {
    const generator = new RuleCodeGenerator('plain')
    const result = generator.emit(rule)
    return generator.build<GeneratedRule>(`return ${result.expr};`)
  } catch (error) {
    // Where code generation is not allowed (a Content-Security-Policy without 'unsafe-eval'),
    // fall back to the interpreter: slower, same answers.
    if (!(error instanceof EvalError)) throw error
    return (data, _missing, asOf) => interpret(rule, data, { mode: 'plain', asOf, missing: undefined })
  }
}
