import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DoorstartError } from '@doorstart/ladder'
import * as certificates from '@doorstart/certificates'

const src = fileURLToPath(new URL('../../packages/certificates/src/', import.meta.url))
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? sources(join(dir, name)) : [join(dir, name)]))

describe('@doorstart/certificates', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(certificates).sort()).toEqual([
      'ACHIEVEMENT_TYPES', 'ALIGNMENT_TARGET_TYPES',
      'CertificateInputError', 'CredentialError', 'MAX_ACHIEVEMENT_NAME', 'MIN_STATUS_LIST_LENGTH', 'OPEN_BADGE_CONTEXT', 'RenderError',
      'buildDidDocument', 'createProofCache', 'createStatusList', 'describeVerification', 'didWebDocumentUrl', 'didWebFromUrl',
      'generateIssuerKeyPair', 'generateRecipientIdentifier', 'hashRecipient', 'isRevoked', 'issueCredential',
      'issueDataIntegrityCredential', 'issueDataIntegrityStatusListCredential', 'issueJwtCredential', 'issueStatusListCredential',
      'layoutCertificate', 'layoutProgressReport', 'layoutWorkAgenda', 'normaliseEmailAddress', 'parseTrustedIssuers', 'readEmbeddedCredential', 'renderCertificate',
      'renderPdf', 'renderProgressReport', 'renderWorkAgenda', 'revoke', 'runCertificatesCli', 'trustedIssuerFromDidDocument',
      'validateCertificateInput', 'validateProgressReportInput', 'validateWorkAgendaInput', 'verifyCredential', 'verifyCredentialDocument',
    ])
  })

  it('builds its errors on DoorstartError, with code and path', () => {
    const error = new certificates.RenderError('text-does-not-fit', 'Shorten it.', '/recipient/name')
    expect(error).toBeInstanceOf(DoorstartError)
    expect(error).toMatchObject({ name: 'RenderError', code: 'text-does-not-fit', path: '/recipient/name' })
  })

  it('imports pdfkit in pdf/renderPdf.ts only, so layout stays pure data', () => {
    const importers = sources(src).filter((file) => /from 'pdfkit'/.test(readFileSync(file, 'utf8')))
    expect(importers.map((file) => file.slice(src.length))).toEqual(['pdf/renderPdf.ts'])
  })

  it('never logs and never reads the clock or randomness in its renderers', () => {
    for (const file of sources(src)) {
      // Code only: TSDoc examples may show a caller logging.
      const code = readFileSync(file, 'utf8').split('\n').filter((line) => !/^\s*(\*|\/\/|\/\*\*)/.test(line)).join('\n')
      expect(code, file).not.toMatch(/console\.|process\.env/)
      if (/\/(layout|pdf)\//.test(file)) expect(code, file).not.toMatch(/Date\.now|new Date\(\)|Math\.random/)
    }
  })

  it('has TSDoc with an example on every exported function and class', () => {
    const index = readFileSync(join(src, 'index.ts'), 'utf8')
    for (const [, names, from] of index.matchAll(/^export \{ ([^}]+) \} from '\.\/(.+)\.js'/gm)) {
      const code = readFileSync(join(src, `${from}.ts`), 'utf8')
      for (const name of (names ?? '').split(',').map((part) => part.trim())) {
        if (/^[A-Z_]+$/.test(name)) continue // constants
        const declaration = new RegExp(`/\\*\\*(?:(?!\\*/)[\\s\\S])*@example(?:(?!\\*/)[\\s\\S])*\\*/\\s*export (?:async )?(?:function|class) ${name}\\b`)
        expect(code, `${name} in ${from}.ts`).toMatch(declaration)
      }
    }
  })
})
