import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** The embedded open fonts (DejaVu Sans, from the `dejavu-fonts-ttf` npm package). */
export interface FontFiles {
  readonly regular: Buffer
  readonly bold: Buffer
}

let cached: FontFiles | undefined

/** Reads the font files once per process; later calls reuse the same bytes. */
export function loadFonts(): FontFiles {
  if (!cached) {
    const require = createRequire(import.meta.url)
    // Called through Reflect so that it resolves when the code runs: a bundler (Next.js's
    // Turbopack, building the CMS) replaces a literal `require.resolve('…')` with a module number.
    const manifest = Reflect.apply(require.resolve, require, ['dejavu-fonts-ttf/package.json']) as string
    const dir = manifest.replace(/package\.json$/, 'ttf/')
    cached = {
      regular: readFileSync(`${dir}DejaVuSans.ttf`),
      bold: readFileSync(`${dir}DejaVuSans-Bold.ttf`),
    }
  }
  return cached
}
