import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

const run = (...args: string[]): string => execFileSync(process.execPath, ['examples/assess-participants.mjs', ...args], { encoding: 'utf8' })

describe('examples/assess-participants.mjs', () => {
  it('explains each participant in Dutch', () => {
    const output = run()
    expect(output).toContain('D-0412: werkervaringsplaats (voorlopig: gegevens ontbreken)')
    expect(output).toContain('Niet voldaan: uren per week is 8 (vereist: ten minste 12).')
    expect(output).toContain('Voldaan: dagen per week is 3 (vereist: ten minste 1).')
    expect(output).not.toMatch(/daysPerWeek|hoursPerWeek/)
    expect(output).toContain('Volgende trede: werkervaringsplaats (niet voldaan: uren; onbekend: op-tijd)')
  })

  it('explains each participant in English with --en', () => {
    expect(run('--en')).toContain('Not met: hours a week is 8 (required: at least 12).')
  })
})
