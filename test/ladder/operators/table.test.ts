// The operator table is the operator modules: each module in rules/operators/ that defines an
// operator is in the table, and each operator has its interpreted-vs-compiled test here.
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { OPERATORS, OPERATOR_NAMES } from '../../../packages/ladder/src/rules/operators/index.js'

const folder = fileURLToPath(new URL('../../../packages/ladder/src/rules/operators/', import.meta.url))
const tests = new Set(readdirSync(fileURLToPath(new URL('./', import.meta.url))).filter((file) => file.endsWith('.test.ts')))

describe('the operator table', () => {
  it('holds every operator module, each once', async () => {
    const defined: string[] = []
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
      const exports = await import(`${folder}${file}`) as Record<string, unknown>
      for (const value of Object.values(exports)) {
        if (typeof value === 'object' && value !== null && 'interpret' in value && 'name' in value) {
          defined.push((value as { name: string }).name)
          expect(OPERATORS[(value as { name: string }).name], file).toBeDefined()
        }
      }
    }
    expect([...defined].sort()).toEqual([...OPERATOR_NAMES].sort())
    expect(new Set(OPERATOR_NAMES).size).toBe(OPERATOR_NAMES.length)
  })

  it('has an interpreted-vs-compiled test for every operator', async () => {
    for (const file of tests) {
      if (file === 'table.test.ts') continue
      expect(readdirSync(folder), file).toContain(file.replace('.test.ts', '.ts'))
    }
    expect(tests.size - 1).toBe(OPERATOR_NAMES.length)
  })
})
