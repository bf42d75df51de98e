import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CertificateInputError, renderCertificate, validateCertificateInput, validateProgressReportInput, validateWorkAgendaInput,
  type CertificateInput,
} from '@doorstart/certificates'
import { certificaat, getuigschrift, praktijkverklaring, withValue } from './support/fixtures.js'
import { pdfText } from './support/poppler.js'

/** Follows a JSON Pointer as far as the value goes; true when its parent exists. */
function parentExists(input: unknown, pointer: string): boolean {
  const tokens = pointer.split('/').slice(1).map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
  let node: unknown = input
  for (const token of tokens.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return false
    node = (node as Record<string, unknown>)[token]
  }
  return tokens.length === 0 || (typeof node === 'object' && node !== null) || node === undefined
}

const validators = [validateCertificateInput, validateWorkAgendaInput, validateProgressReportInput]

describe('validation', () => {
  it('either accepts an input or throws a CertificateInputError whose paths point into it', () => {
    const mutated = fc.tuple(fc.constantFrom(getuigschrift(), praktijkverklaring(), certificaat()), fc.constantFrom(
      '/recipient/name', '/achievement/competences', '/achievement/competences/0', '/issuedOn', '/centre', '/certificateNumber',
      '/kind', '/locale', '/period', '/signatories/0/role', '/centre/name', '/extra',
    ), fc.jsonValue()).map(([input, pointer, value]) => withValue(input, pointer, value))
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), mutated), fc.constantFrom(...validators), (input, validate) => {
      try {
        validate(input)
      } catch (error) {
        expect(error).toBeInstanceOf(CertificateInputError)
        for (const issue of (error as CertificateInputError).issues) {
          expect(issue.code).toMatch(/^[a-z]+(-[a-z]+)*$/)
          expect(issue.message.length).toBeGreaterThan(10)
          expect(parentExists(input, issue.path), `${issue.path} in ${JSON.stringify(input).slice(0, 200)}`).toBe(true)
        }
      }
    }), { numRuns: 300 })
  })
})

// Letters the embedded font covers: Latin with diacritics, Greek, Cyrillic.
const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZëçğłøåäöüéèñßĳŁŞİΑβγδЖжЯя'.split(''))
const word = fc.array(letter, { minLength: 1, maxLength: 14 }).map((letters) => letters.join(''))
const textOf = (max: number): fc.Arbitrary<string> =>
  fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => words.join(' ').slice(0, max).trim()).filter((text) => text.length > 0)

describe('renderCertificate on generated text', () => {
  it('prints any valid name, title and competences completely', async () => {
    await fc.assert(fc.asyncProperty(textOf(80), textOf(200), fc.array(textOf(160), { minLength: 1, maxLength: 10 }), async (name, title, competences) => {
      let input = withValue(getuigschrift(), '/recipient/name', name)
      input = withValue(input, '/achievement/title', title)
      input = withValue(input, '/achievement/competences', competences)
      const text = await pdfText(await renderCertificate(input as CertificateInput), { raw: true })
      for (const field of [name, title, ...competences]) expect(text).toContain(field.replace(/\s+/g, ' '))
    }), { numRuns: 12 })
  })
})
