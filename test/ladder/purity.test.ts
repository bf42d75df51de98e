import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const src = fileURLToPath(new URL('../../packages/ladder/src/', import.meta.url))
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? sources(join(dir, name)) : [join(dir, name)]))
/** Source without comments: TSDoc examples may show a caller logging. */
const codeOf = (file: string): string =>
  readFileSync(file, 'utf8').split('\n').filter((line) => !/^\s*(\*|\/\/|\/\*\*)/.test(line)).join('\n')

// The CLI is the one place of the package that does I/O.
const library = sources(src).filter((file) => file.endsWith('.ts') && !file.slice(src.length).startsWith('cli/'))

describe('@doorstart/ladder outside its CLI', () => {
  it('never reads the clock, randomness or the environment', () => {
    for (const file of library) expect(codeOf(file), file).not.toMatch(/Date\.now|new Date\(\)|Math\.random|process\.env/)
  })

  it('never logs, so facts never reach a log', () => {
    for (const file of library) expect(codeOf(file), file).not.toMatch(/console\./)
  })

  it('does no I/O', () => {
    for (const file of library) expect(codeOf(file), file).not.toMatch(/from 'node:(fs|net|http|https|child_process)'/)
  })

  it('generates code in internal/codegen.ts only', () => {
    const generators = library.filter((file) => /new Function\(|\beval\(/.test(codeOf(file)))
    expect(generators.map((file) => file.slice(src.length))).toEqual(['internal/codegen.ts'])
  })

  it('has TSDoc with an example on every exported function and class', () => {
    const index = readFileSync(join(src, 'index.ts'), 'utf8')
    for (const [, names, from] of index.matchAll(/^export \{ ([^}]+) \} from '\.\/(.+)\.js'/gm)) {
      const code = readFileSync(join(src, `${from}.ts`), 'utf8')
      for (const name of (names ?? '').split(',').map((part) => part.trim()).filter((part) => !part.startsWith('type '))) {
        if (/^[A-Z_]+$/.test(name)) continue // constants
        const declaration = new RegExp(`/\\*\\*(?:(?!\\*/)[\\s\\S])*@example(?:(?!\\*/)[\\s\\S])*\\*/\\s*export (?:async )?(?:function|class|const) ${name}\\b`)
        expect(code, `${name} in ${from}.ts`).toMatch(declaration)
      }
    }
  })
})
