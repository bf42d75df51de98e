// cms/src/payload-types.ts is generated from the Payload config and committed, so access functions
// and hooks are typed by the collections as they are. A collection or field changed without
// `npm run generate:types -w @doorstart/cms` fails here.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const cmsFolder = path.resolve(import.meta.dirname, '../../cms')

describe('payload-types.ts', () => {
  it('is what `generate:types` writes for the current config', { timeout: 120_000 }, async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'doorstart-types-'))
    try {
      const outputFile = path.join(folder, 'payload-types.ts')
      await promisify(execFile)('npx', ['payload', 'generate:types'], {
        cwd: cmsFolder,
        env: { ...process.env, NODE_OPTIONS: '--conditions=production', PAYLOAD_TS_OUTPUT_PATH: outputFile, PAYLOAD_SECRET: 'doorstart-types-secret' },
      })
      const committed = await readFile(path.join(cmsFolder, 'src/payload-types.ts'), 'utf8')
      expect(await readFile(outputFile, 'utf8'), 'run `npm run generate:types -w @doorstart/cms` and commit the result').toBe(committed)
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})
