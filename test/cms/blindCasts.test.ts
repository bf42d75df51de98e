// Access functions, hooks and endpoints read documents through the generated payload-types.ts.
// A blind cast (`as never`) switches the compiler off exactly where a field renamed in the config
// should fail the build: they are counted here, against an allow-list, so they do not come back.
// Where Payload's own typings fall short, a named helper says why instead
// (`hooks/completedByHooks.ts`, `fields/asJsonObject.ts`, `asRelationValue` and
// `relationIdForWrite` in `access/idOf.ts`).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const cmsSource = path.resolve(import.meta.dirname, '../../cms/src')

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(file)
    return /\.tsx?$/.test(entry.name) ? [file] : []
  })

/** `as never` casts per file (relative to cms/src), files without any left out. */
const blindCastsIn = (folder: string): Record<string, number> =>
  Object.fromEntries(
    sourceFiles(path.join(cmsSource, folder))
      .map((file) => [path.relative(cmsSource, file).split(path.sep).join('/'), readFileSync(file, 'utf8').match(/\bas never\b/g)?.length ?? 0] as const)
      .filter(([, count]) => count > 0),
  )

// A cast that is still needed goes here, by file, with its reason; never one without a reason.
const ALLOWED: Record<string, number> = {}

describe('blind casts in the CMS', () => {
  it.each(['access', 'hooks', 'collections', 'protection', 'fields'])('keeps cms/src/%s free of `as never`', (folder) => {
    const allowed = Object.fromEntries(Object.entries(ALLOWED).filter(([file]) => file.startsWith(`${folder}/`)))
    expect(blindCastsIn(folder)).toEqual(allowed)
  })

  it('keeps the rest of cms/src (coach screens, jobs, seeds, views) free of `as never`', () => {
    expect(blindCastsIn('.')).toEqual(ALLOWED)
  })
})
