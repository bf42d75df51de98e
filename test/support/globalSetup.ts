// Builds the packages once before any test runs: examples, the CLI and the packed-tarball test
// use the built output (dist/), exactly as people importing the packages do.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export default function buildPackages(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url))
  for (const project of ['packages/ladder/tsconfig.build.json', 'packages/certificates/tsconfig.build.json', 'packages/cli/tsconfig.build.json']) {
    execFileSync(process.execPath, [fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url)), '-p', project], { cwd: root, stdio: 'inherit' })
  }
}
