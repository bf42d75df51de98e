import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const source = (path: string): string => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig(({ mode }) => {
  // Benchmarks measure what users run: the built packages, loaded by Node itself (not transformed
  // by the test runner, which would slow every call between modules). Tests use the sources.
  const benchmarking = mode === 'benchmark'
  const sources: Record<string, string> = {
    '@doorstart/ladder': source('./packages/ladder/src/index.ts'),
    '@doorstart/certificates': source('./packages/certificates/src/index.ts'),
    '@doorstart/cli': source('./packages/cli/src/index.ts'),
  }
  return {
    resolve: { alias: benchmarking ? {} : sources },
    test: {
      include: ['test/**/*.test.ts'],
      globalSetup: ['test/support/globalSetup.ts'],
      testTimeout: 30_000,
      // Starting a CMS with the demo data (migrations, seeding) can take minutes on a busy 2-core machine.
      hookTimeout: 300_000,
      benchmark: { include: ['test/bench/**/*.bench.ts'] },
      server: { deps: { external: benchmarking ? [/\/packages\/[^/]+\/dist\//] : [] } },
    },
  }
})
