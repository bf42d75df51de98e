// Where generating code is forbidden (a Content Security Policy without 'unsafe-eval', or Node's
// --disallow-code-generation-from-strings), the engine falls back to its interpreter: the same
// placements, assessments, explanations and CLI output, only slower.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const script = fileURLToPath(new URL('../support/assessEverything.mjs', import.meta.url))

function run(...flags: string[]): { codeGeneration: string; results: unknown; factIssues: unknown[][]; rules: unknown } {
  const result = spawnSync(process.execPath, [...flags, script], { encoding: 'utf8' })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  return JSON.parse(result.stdout) as { codeGeneration: string; results: unknown; factIssues: unknown[][]; rules: unknown }
}

describe('without code generation', () => {
  it('gives the same results as generated code, for every built-in ladder', () => {
    const generated = run()
    const interpreted = run('--disallow-code-generation-from-strings')
    expect(generated.codeGeneration).toBe('allowed')
    expect(interpreted.codeGeneration).toBe('forbidden')
    expect(interpreted.results).toEqual(generated.results)
    expect(interpreted.rules).toEqual(generated.rules)
    expect(generated.rules).toEqual(['fulltime', 8.5])
  }, 60_000)

  it('validates facts the same way: the fact schema is compiled ahead of time', () => {
    const generated = run()
    const interpreted = run('--disallow-code-generation-from-strings')
    expect(interpreted.factIssues).toEqual(generated.factIssues)
    expect(interpreted.factIssues.slice(-3).every((issues) => issues.length > 0)).toBe(true)
  }, 60_000)
})
