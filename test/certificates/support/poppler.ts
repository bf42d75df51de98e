// Real PDF checks with Debian's poppler-utils (pdftotext, pdftoppm, pdfdetach, pdfinfo).
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

async function withPdf<T>(pdf: Uint8Array, use: (path: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'doorstart-pdf-'))
  try {
    const path = join(dir, 'document.pdf')
    await writeFile(path, pdf)
    return await use(path, dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * The text poppler extracts, with bidi control marks removed and all whitespace runs as one space.
 * `raw` keeps the order of the content stream instead of poppler's reading-order guesses, which can
 * drop the space between two single letters set large.
 */
export function pdfText(pdf: Uint8Array, options: { raw?: boolean } = {}): Promise<string> {
  return withPdf(pdf, async (path) => {
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', ...(options.raw ? ['-raw'] : []), path, '-'])
    return normalize(stdout)
  })
}

export const normalize = (text: string): string => text.replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ').trim()

/** pdfinfo's fields, e.g. `Pages`, `Title`, `CreationDate`. */
export function pdfInfo(pdf: Uint8Array): Promise<Record<string, string>> {
  return withPdf(pdf, async (path) => {
    const { stdout } = await run('pdfinfo', ['-isodates', path])
    return Object.fromEntries(stdout.split('\n').filter((line) => line.includes(':')).map((line) => {
      const at = line.indexOf(':')
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()]
    }))
  })
}

/** The names of the files attached to the PDF, by pdfdetach. */
export function attachedFiles(pdf: Uint8Array): Promise<{ names: string[]; first?: string }> {
  return withPdf(pdf, async (path, dir) => {
    const { stdout } = await run('pdfdetach', ['-list', path])
    const names = stdout.split('\n').slice(1).map((line) => line.replace(/^\d+:\s*/, '').trim()).filter(Boolean)
    if (names.length === 0) return { names }
    const out = join(dir, 'attachment')
    await run('pdfdetach', ['-save', '1', '-o', out, path])
    return { names, first: await readFile(out, 'utf8') }
  })
}

/**
 * Renders every page with pdftoppm (grey, 30 dpi) and returns, per page, the share of pixels
 * that are not white: a blank page gives 0.
 */
export function inkPerPage(pdf: Uint8Array): Promise<number[]> {
  return withPdf(pdf, async (path, dir) => {
    await run('pdftoppm', ['-r', '30', '-gray', path, join(dir, 'page')])
    const files = (await readdir(dir)).filter((name) => name.endsWith('.pgm')).sort()
    const shares: number[] = []
    for (const file of files) shares.push(inkShare(await readFile(join(dir, file))))
    return shares
  })
}

/** Share of non-white pixels of a binary PGM (P5, 8 bit). */
function inkShare(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 50))
  if (!header) throw new Error('pdftoppm did not write a P5 PGM')
  const pixels = pgm.subarray(header[0].length)
  let ink = 0
  for (const value of pixels) if (value < 200) ink++
  return ink / pixels.length
}

/** The structure tree with its text, by `pdfinfo -struct-text` (empty for an untagged PDF). */
export function pdfStructure(pdf: Uint8Array): Promise<string> {
  return withPdf(pdf, async (path) => (await run('pdfinfo', ['-struct-text', path])).stdout)
}

/** The XMP metadata, by `pdfinfo -meta`. */
export function pdfMetadata(pdf: Uint8Array): Promise<string> {
  return withPdf(pdf, async (path) => (await run('pdfinfo', ['-meta', path])).stdout)
}

/** `qpdf --check`: resolves with its output when the file has no errors, rejects otherwise. */
export function qpdfCheck(pdf: Uint8Array): Promise<string> {
  return withPdf(pdf, async (path) => (await run('qpdf', ['--check', path])).stdout)
}

/** The PDF's objects uncompressed (`qpdf --qdf`), to read dictionaries such as annotations. */
export function qpdfObjects(pdf: Uint8Array): Promise<string> {
  return withPdf(pdf, async (path) => (await run('qpdf', ['--qdf', '--object-streams=disable', path, '-'], { maxBuffer: 64 * 1024 * 1024, encoding: 'latin1' })).stdout)
}
