// Every credential the library issues validates against 1EdTech's own OB 3.0 JSON Schema
// (vendored, see test/certificates/schema/README.md); input that would break it is refused first.
import { decodeJwt } from 'jose'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  ACHIEVEMENT_TYPES, ALIGNMENT_TARGET_TYPES, CertificateInputError, issueDataIntegrityCredential, issueJwtCredential, type OpenBadgeInput,
} from '@doorstart/certificates'
import { didCentre, type DidCentre } from './support/didIssuer.js'
import { obSchema, schemaErrors } from './support/openBadgeSchema.js'
import { withValue } from './support/fixtures.js'

let centre: DidCentre
beforeAll(async () => {
  centre = await didCentre()
})

const enumOf = (name: string, property: string): unknown => {
  const defs = obSchema.$defs as Record<string, { properties: Record<string, { oneOf: { enum?: string[] }[] }> }>
  return defs[name]?.properties[property]?.oneOf.find((branch) => branch.enum)?.enum
}

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=='

describe('the OB 3.0 JSON Schema', () => {
  it('has the same enumerations as the library', () => {
    expect(enumOf('Achievement', 'achievementType')).toEqual([...ACHIEVEMENT_TYPES])
    expect(enumOf('Alignment', 'targetType')).toEqual([...ALIGNMENT_TARGET_TYPES])
  })

  it('accepts a Data Integrity credential, proof included', async () => {
    const { credential } = await issueDataIntegrityCredential(centre.input(), centre.dataIntegrityKey)
    expect(schemaErrors(credential)).toEqual([])
  })

  it('accepts the payload of a JWT credential, claims included', async () => {
    const { jwt } = await issueJwtCredential(centre.input(), centre.jwtKey)
    expect(schemaErrors(decodeJwt(jwt))).toEqual([])
  })

  it('accepts every optional part: e-mail recipient, image as data URI, evidence, validUntil', async () => {
    const input: OpenBadgeInput = {
      ...centre.input(),
      issuer: { id: centre.did, name: 'Stichting Pluspunt', email: 'info@pluspunt.example', image: { id: PNG, caption: 'Logo Pluspunt' } },
      recipient: { identityType: 'emailAddress', identifier: 'Zoë.Çelik@Example.org' },
      achievement: { ...centre.input().achievement, achievementType: 'Certificate', image: { id: PNG } },
      evidence: [{ name: 'Observatieverslag', narrative: 'Werkt zelfstandig aan fietsen.' }],
      validUntil: '2031-03-03',
    }
    const { credential } = await issueDataIntegrityCredential(input, centre.dataIntegrityKey)
    expect(schemaErrors(credential)).toEqual([])
  })
})

describe('input the schema would refuse', () => {
  it.each([
    ['/achievement/achievementType', 'Getuigschrift', 'invalid-achievement-type'],
    ['/achievement/alignments/0/targetType', 'LadderRung', 'invalid-target-type'],
    ['/achievement/achievementType', 'ext:', 'invalid-achievement-type'],
    ['/achievement/achievementType', 'ext:Getuig schrift', 'invalid-achievement-type'],
  ])('refuses %s %j with %s', async (pointer, value, code) => {
    const input = withValue(centre.input(), pointer, value) as OpenBadgeInput
    const error = await issueDataIntegrityCredential(input, centre.dataIntegrityKey).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CertificateInputError)
    expect(error).toMatchObject({ code, path: pointer })
  })

  it('tells how to write it instead', async () => {
    const input = withValue(centre.input(), '/achievement/achievementType', 'Getuigschrift') as OpenBadgeInput
    await expect(issueJwtCredential(input, centre.jwtKey)).rejects.toThrow(/ext:Getuigschrift/)
  })

  it('accepts ext: terms and the enumeration, and each passes the schema', async () => {
    for (const type of ['ext:Praktijkverklaring', ...ACHIEVEMENT_TYPES]) {
      const input = withValue(centre.input(), '/achievement/achievementType', type) as OpenBadgeInput
      const { jwt } = await issueJwtCredential(input, centre.jwtKey)
      expect(schemaErrors(decodeJwt(jwt)), type).toEqual([])
    }
  })

  it('either refuses generated input with a CertificateInputError or issues a credential the schema accepts', async () => {
    const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('ext:LadderRung', 'Certificate', 'CFItem', '', ' ', 'ext:', 'a\nb'))
    await fc.assert(fc.asyncProperty(text, text, text, fc.option(fc.constantFrom('nl', 'en', 'de')), async (achievementType, targetType, name, inLanguage) => {
      let input = withValue(centre.input(), '/achievement/achievementType', achievementType)
      input = withValue(input, '/achievement/alignments/0/targetType', targetType)
      input = withValue(input, '/achievement/name', name)
      input = withValue(input, '/achievement/inLanguage', inLanguage ?? undefined)
      try {
        const { jwt } = await issueJwtCredential(input as OpenBadgeInput, centre.jwtKey)
        expect(schemaErrors(decodeJwt(jwt))).toEqual([])
      } catch (error) {
        expect(error).toBeInstanceOf(CertificateInputError)
      }
    }), { numRuns: 150 })
  })
})
