// Builds the packages once before any test runs: examples, the CLI and the packed-tarball test
// use the built output (dist/), exactly as people importing the packages do. When the run includes
// a test that starts the CMS as a process (`startCmsProcess`), the production build of the CMS is
// made here too, once, outside any test's time limit (cached by a hash of the sources).
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

const testFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name)
    if (entry.isDirectory()) return entry.name === 'support' || entry.name === 'fixtures' ? [] : testFiles(file)
    return entry.name.endsWith('.test.ts') ? [file] : []
  })

/** The command line's file filters (`vitest run test/e2e smoke`); none means every file. */
const fileFilters = (): string[] => {
  const commands = new Set(['run', 'watch', 'dev', 'related'])
  return process.argv.slice(2).filter((arg) => !arg.startsWith('-') && !commands.has(arg) && !arg.endsWith('vitest.mjs'))
}

/** Whether the selected test files include one that starts the CMS as a process. */
const runStartsCmsProcess = (): boolean => {
  const filters = fileFilters()
  return testFiles(path.join(root, 'test'))
    .filter((file) => filters.length === 0 || filters.some((filter) => path.relative(root, file).includes(filter) || file.includes(filter)))
    .some((file) => readFileSync(file, 'utf8').includes('startCmsProcess('))
}

export default function buildPackages(): void {
  for (const project of ['packages/ladder/tsconfig.build.json', 'packages/certificates/tsconfig.build.json', 'packages/cli/tsconfig.build.json']) {
    execFileSync(process.execPath, [fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url)), '-p', project], { cwd: root, stdio: 'inherit' })
  }
  if (process.argv.slice(2).includes('bench') || !runStartsCmsProcess()) return
  execFileSync(process.execPath, [path.join(root, 'cms/scripts/buildOnce.mjs')], {
    cwd: path.join(root, 'cms'),
    stdio: 'inherit',
    // The same folder as test/support/cms/startCmsProcess.ts (TEST_NEXT_DIR).
    env: { ...process.env, DOORSTART_NEXT_DIR: '.next-test' },
  })
}
