import { beforeAll, describe, expect, it } from 'vitest'
import {
  CertificateInputError, generateRecipientIdentifier, hashRecipient, issueDataIntegrityCredential, issueJwtCredential,
  normaliseEmailAddress, type OpenBadgeInput,
} from '@doorstart/certificates'
import { didCentre, type DidCentre } from './support/didIssuer.js'

let centre: DidCentre
beforeAll(async () => {
  centre = await didCentre()
})

const withRecipient = (recipient: OpenBadgeInput['recipient']): OpenBadgeInput => ({ ...centre.input(), recipient })

describe('the recipient of a credential', () => {
  it('is the salted hash of the normalised e-mail address', async () => {
    const { credential, salt } = await issueDataIntegrityCredential(withRecipient({ identityType: 'emailAddress', identifier: '  Zoe.Celik@Example.ORG ' }), centre.dataIntegrityKey)
    expect(credential.credentialSubject.identifier[0]).toEqual({
      type: 'IdentityObject', hashed: true, identityType: 'emailAddress', salt, identityHash: hashRecipient('zoe.celik@example.org', salt),
    })
    expect(JSON.stringify(credential).toLowerCase()).not.toContain('zoe.celik')
  })

  it('is the salted hash of a random identifier of 128 bits', async () => {
    const identifier = generateRecipientIdentifier()
    expect(identifier).toMatch(/^[0-9a-f]{32}$/)
    expect(generateRecipientIdentifier()).not.toBe(identifier)
    const { credential, salt } = await issueJwtCredential(withRecipient({ identityType: 'identifier', identifier }), centre.jwtKey)
    expect(credential.credentialSubject.identifier[0].identityHash).toBe(hashRecipient(identifier, salt))
  })

  it.each(['P-7F3K', 'p7f3k', 'LPC-2026-0042', 'urn:doorstart:P-7F3K', '00000000000000000000000000000000', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'])(
    'refuses the short or guessable code %s with weak-recipient-identifier',
    async (identifier) => {
      const error = await issueDataIntegrityCredential(withRecipient({ identityType: 'identifier', identifier }), centre.dataIntegrityKey).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(CertificateInputError)
      expect(error).toMatchObject({ code: 'weak-recipient-identifier', path: '/recipient/identifier' })
      expect((error as Error).message).not.toContain(identifier)
    },
  )

  it.each(['urn:uuid:8f14e45f-ceea-467f-a8f5-2b7c1e0d7a11', 'Qm9vcnN0YXJ0LXJlY2lwaWVudC0x', generateRecipientIdentifier().toUpperCase()])('accepts the strong identifier %s', async (identifier) => {
    await expect(issueJwtCredential(withRecipient({ identityType: 'identifier', identifier }), centre.jwtKey)).resolves.toBeDefined()
  })

  it('refuses an e-mail address that is not one', async () => {
    await expect(issueJwtCredential(withRecipient({ identityType: 'emailAddress', identifier: 'zoe' }), centre.jwtKey)).rejects.toMatchObject({ code: 'invalid-email' })
  })
})

describe('normaliseEmailAddress', () => {
  it('trims, lower-cases and composes', () => {
    expect(normaliseEmailAddress(' Zoe\u0308@Example.ORG ')).toBe('zoë@example.org')
  })
})
