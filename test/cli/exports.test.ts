import { describe, expect, it } from 'vitest'
import * as cli from '@doorstart/cli'
import { DoorstartError } from '@doorstart/ladder'

describe('@doorstart/cli', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(cli).sort()).toEqual(['CliUsageError', 'assessStream', 'runCli'])
  })

  it('has one usage error, a DoorstartError', () => {
    expect(new cli.CliUsageError('missing-option', 'Give --out exactly once.')).toBeInstanceOf(DoorstartError)
  })
})
