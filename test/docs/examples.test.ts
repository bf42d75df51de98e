import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'
import { COMPILER_OPTIONS, declaredNames, exampleModule, findExamples, headerLines, packageExports, type TsdocExample } from './tsdocExamples.js'

// Every ```ts block under a TSDoc `@example` in packages/*/src is a program a reader may paste:
// it must type-check against the built packages and run without throwing, and each
// `expression //=> value` whose value is a plain literal must hold. Examples may leave out their
// imports and use the names of test/docs/exampleContext.ts (a ladder, facts, keys, an input, …)
// without defining them; both are added here. Write `// e.g. …` for a value that is not checked.

const root = process.cwd()
const work = join(root, 'node_modules', '.cache', 'doorstart-examples')
const unfenced: string[] = []
const examples = findExamples(root, unfenced)

interface Checked { readonly diagnostics: string[]; readonly runError: string | null }
const checked = new Map<TsdocExample, Checked>()

const label = (example: TsdocExample): string => `${example.file}:${example.line} (${example.symbol})`

beforeAll(() => {
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const contextSource = join(work, 'exampleContext.mts')
  copyFileSync(join(root, 'test', 'docs', 'exampleContext.ts'), contextSource)
  const contextNames = [...declaredNames(readFileSync(contextSource, 'utf8'), true)]
  const exportsByPackage = packageExports(root)
  const files = examples.map((example, index) => {
    const file = join(work, `example-${String(index).padStart(3, '0')}.mts`)
    const module = exampleModule(example, exportsByPackage, contextNames)
    writeFileSync(file, module)
    return { example, file, header: headerLines(module) }
  })
  const program = ts.createProgram([contextSource, ...files.map(({ file }) => file)], { ...COMPILER_OPTIONS, outDir: work })
  const contextDiagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(contextSource))
  if (contextDiagnostics.length > 0) throw new Error(`test/docs/exampleContext.ts does not compile: ${ts.formatDiagnostics(contextDiagnostics, formatHost)}`)
  program.emit()
  const scratch = mkdtempSync(join(tmpdir(), 'doorstart-examples-'))
  const resultsFile = join(scratch, 'results.json')
  try {
    execFileSync(process.execPath, [join(root, 'test', 'docs', 'runExamples.mjs'), resultsFile, ...files.map(({ file }) => file.replace(/\.mts$/, '.mjs'))],
      { cwd: scratch, stdio: ['ignore', 'ignore', 'pipe'], timeout: 90_000 })
    const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as { error: string | null }[]
    files.forEach(({ example, file, header }, index) => {
      const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((diagnostic) => {
        const line = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line : 0
        return `line ${example.line + line - header}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`
      })
      checked.set(example, { diagnostics, runError: results[index] ? results[index].error : 'was not run' })
    })
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}, 120_000)

const formatHost: ts.FormatDiagnosticsHost = { getCanonicalFileName: (file) => file, getCurrentDirectory: () => root, getNewLine: () => '\n' }

describe('the TSDoc examples', () => {
  it('are found in every package', () => {
    for (const folder of ['ladder', 'certificates', 'cli']) expect(examples.some((example) => example.folder === folder), folder).toBe(true)
  })

  it('are all TypeScript code blocks', () => {
    expect(unfenced, 'an @example without a ```ts block').toEqual([])
  })

  for (const example of examples) {
    it(`${label(example)} compiles and runs`, () => {
      const result = checked.get(example)
      expect(result?.diagnostics.join('\n'), `${label(example)} does not compile`).toBe('')
      expect(result?.runError, `${label(example)} throws`).toBeNull()
    })
  }
})
