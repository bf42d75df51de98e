// The examples/domain-*.mjs scripts run as they are shown to people importing the package.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const examples = readdirSync(join(root, 'examples')).filter((name) => /^domain-.*\.mjs$/.test(name)).sort()

describe('examples/domain-*.mjs', () => {
  it('has the domain examples', () => {
    expect(examples).toEqual(['domain-goals-and-agenda.mjs', 'domain-ladders.mjs', 'domain-trajectories.mjs'])
  })

  // Run with tsx so that '@doorstart/ladder' resolves to the sources (tsconfig paths), without a build.
  it.each(examples)('runs %s without errors', (name) => {
    const result = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'examples', name)], { cwd: root, encoding: 'utf8', timeout: 60_000 })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout.length).toBeGreaterThan(0)
  })
})
