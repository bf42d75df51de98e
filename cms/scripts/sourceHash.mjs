// A hash of everything a production build of the CMS is made from: the CMS sources and config,
// the sources of the packages it bundles, and the lockfile. Same hash, same build.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const rootDir = path.resolve(cmsDir, '..')

const INPUTS = [
  'cms/src',
  'cms/next.config.mjs',
  'cms/package.json',
  'cms/tsconfig.json',
  'packages/ladder/src',
  'packages/ladder/package.json',
  'packages/certificates/src',
  'packages/certificates/package.json',
  'package-lock.json',
]

/** @param {string} file @returns {Promise<string[]>} */
const filesUnder = async (file) => {
  if (!existsSync(file)) return []
  if (!(await stat(file)).isDirectory()) return [file]
  const entries = await readdir(file, { withFileTypes: true })
  const nested = await Promise.all(
    entries
      .filter((entry) => entry.name !== 'node_modules' && !entry.name.startsWith('.'))
      .map((entry) => filesUnder(path.join(file, entry.name))),
  )
  return nested.flat()
}

/**
 * The hex SHA-256 of the build inputs (paths and contents, in a stable order).
 * @returns {Promise<string>}
 */
export async function sourceHash() {
  const files = (await Promise.all(INPUTS.map((input) => filesUnder(path.join(rootDir, input))))).flat().sort()
  const hash = createHash('sha256')
  for (const file of files) {
    hash.update(path.relative(rootDir, file)).update('\0').update(await readFile(file)).update('\0')
  }
  return hash.digest('hex')
}
