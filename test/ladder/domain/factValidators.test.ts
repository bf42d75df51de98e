// The fact schema is compiled ahead of time (ajv standalone code) so that checking facts needs no
// code generation at run time; the committed module must match the schema.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateFactValidators } from '../../../packages/ladder/scripts/generateFactValidators.js'

describe('factValidators.generated.ts', () => {
  it('is up to date with factSchema (run packages/ladder/scripts/generateFactValidators.ts)', () => {
    const committed = readFileSync(new URL('../../../packages/ladder/src/facts/factValidators.generated.ts', import.meta.url), 'utf8')
    expect(committed === generateFactValidators()).toBe(true)
  })
})
