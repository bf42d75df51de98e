import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const source = (path: string): string => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources; the packed-tarball test covers the built output.
    alias: {
      '@doorstart/ladder': source('./packages/ladder/src/index.ts'),
      '@doorstart/certificates': source('./packages/certificates/src/index.ts'),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
})
