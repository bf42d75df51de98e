// What the operators that run a rule per item share (`filter`, `map`, `reduce`, `all`, `some`,
// `none`): where an item sits in the facts, so that an absent fact inside it is named by its full
// path (`observations.1.level`).
import { operandsOf, operatorOf } from './node.js'
import type { Environment, RuleCodeGenerator, Scope } from './Operator.js'

/** The full fact path of `path` read in `scope` ('' top level, null an item of unknown origin). */
export function joinScope(scope: Scope, path: string): string {
  if (scope === null) return `[item].${path}`
  return scope === '' ? path : path === '' ? scope : `${scope}.${path}`
}

/** The literal `var` path the items come from, if they come straight from one. */
function sourcePath(source: unknown): string | undefined {
  if (operatorOf(source) !== 'var') return undefined
  const path = operandsOf(source as object, 'var')[0]
  return typeof path === 'string' || typeof path === 'number' ? String(path) : undefined
}

/** Interpreted: the fact path of item `index` when absent facts are tracked and the items came from a literal `var`. */
export function itemScope(source: unknown, scope: Scope, index: number, env: Environment): Scope {
  if (env.missing === undefined || scope === null) return null
  const path = sourcePath(source)
  return path === undefined ? null : joinScope(scope, `${path}.${index}`)
}

/** Generated: the expression of the current item's scope, `index` being the loop variable. */
export function emitItemScope(source: unknown, index: string, generator: RuleCodeGenerator): string {
  const path = generator.mode === 'kleene' ? sourcePath(source) : undefined
  if (path === undefined) return 'null'
  return `(M === null || S === null ? null : H.at(S, ${JSON.stringify(path)} + "." + ${index}))`
}
