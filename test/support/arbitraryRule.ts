// fast-check generators of JSON Logic rules and data, for differential tests against json-logic-js.
// Keys come from a small set so that rules often find facts, sometimes miss them, and never name
// prototype properties (where the engine deliberately differs: it reads own properties only).
import fc from 'fast-check'

const KEYS = ['a', 'b', 'c', 'x', 'items', 'length', '0', '1']
const PATHS = [...KEYS, 'a.b', 'a.c', 'items.0', 'items.1.x', 'x.y', '']
const STRINGS = ['', 'a', 'apple', '0', '1', '10', 'true', 'x']

const STRICT_OPERATORS = ['==', '===', '!=', '!==', '>', '>=', '<', '<=', '!!', '!', '%', 'in', 'cat', 'substr', '+', '*', '-', '/', 'min', 'max', 'merge']
const CONTROL_OPERATORS = ['if', '?:', 'and', 'or']
const SCOPED_OPERATORS = ['filter', 'map', 'all', 'none', 'some']

export const arbitraryScalar = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -3, max: 12 }),
    fc.constantFrom(0.5, -1.5, 100),
    fc.constantFrom(...STRINGS),
  )

/** Data: objects with the usual keys, nested objects, arrays of scalars and of objects. */
export const arbitraryData = (): fc.Arbitrary<unknown> => {
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      arbitraryScalar(),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 4 }),
    ),
  }))
  return fc.oneof(
    { weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 6 }) },
    { weight: 1, arbitrary: value },
  )
}

/** JSON Logic rules over the standard operators (not `log`), in all arities, nested up to a few levels. */
export const arbitraryRule = (options: { withMissing?: boolean } = {}): fc.Arbitrary<unknown> => {
  const { rule } = fc.letrec<{ rule: unknown }>((tie) => {
    const operands = fc.array(tie('rule'), { maxLength: 4 })
    const variable = fc.oneof(
      fc.constantFrom(...PATHS).map((path) => ({ var: path })),
      fc.tuple(fc.constantFrom(...PATHS), arbitraryScalar()).map(([path, fallback]) => ({ var: [path, fallback] })),
      tie('rule').map((path) => ({ var: [path] })),
    )
    const branches: Array<fc.Arbitrary<unknown>> = [
      arbitraryScalar(),
      variable,
      variable,
      fc.array(arbitraryScalar(), { maxLength: 3 }),
      fc.tuple(fc.constantFrom(...STRICT_OPERATORS), operands).map(([op, args]) => ({ [op]: args })),
      fc.tuple(fc.constantFrom('==', '<', '>=', '!=', '+', 'cat', 'in'), tie('rule'), tie('rule')).map(([op, a, b]) => ({ [op]: [a, b] })),
      fc.tuple(fc.constantFrom(...CONTROL_OPERATORS), operands).map(([op, args]) => ({ [op]: args })),
      fc.tuple(fc.constantFrom(...SCOPED_OPERATORS), tie('rule'), tie('rule')).map(([op, items, logic]) => ({ [op]: [items, logic] })),
      fc.tuple(tie('rule'), tie('rule'), fc.option(tie('rule'), { nil: undefined })).map(([items, logic, initial]) =>
        ({ reduce: initial === undefined ? [items, logic] : [items, logic, initial] })),
      fc.tuple(fc.constantFrom('!', '!!', '-'), tie('rule')).map(([op, a]) => ({ [op]: a })),
    ]
    if (options.withMissing !== false) {
      branches.push(
        fc.array(fc.constantFrom(...PATHS), { maxLength: 3 }).map((keys) => ({ missing: keys })),
        fc.tuple(fc.integer({ min: 0, max: 3 }), fc.array(fc.constantFrom(...PATHS), { maxLength: 3 })).map(([n, keys]) => ({ missing_some: [n, keys] })),
      )
    }
    return { rule: fc.oneof({ depthSize: 'small', withCrossShrink: true, maxDepth: 5 }, ...branches) }
  })
  return rule
}
