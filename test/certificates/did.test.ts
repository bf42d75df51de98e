import { describe, expect, it } from 'vitest'
import {
  buildDidDocument, CredentialError, didWebDocumentUrl, didWebFromUrl, generateIssuerKeyPair, trustedIssuerFromDidDocument,
} from '@doorstart/certificates'

describe('didWebFromUrl', () => {
  it.each([
    ['https://pluspunt.example', 'did:web:pluspunt.example'],
    ['https://pluspunt.example/', 'did:web:pluspunt.example'],
    ['https://pluspunt.example/centres/rotterdam', 'did:web:pluspunt.example:centres:rotterdam'],
    ['https://pluspunt.example/centres/rotterdam/did.json', 'did:web:pluspunt.example:centres:rotterdam'],
    ['https://127.0.0.1:8443', 'did:web:127.0.0.1%3A8443'],
  ])('turns %s into %s, and back', (url, did) => {
    expect(didWebFromUrl(url)).toBe(did)
    expect(didWebDocumentUrl(did)).toBe(did.includes(':centres:') ? `${url.replace(/\/did\.json$/, '')}/did.json` : `${url.replace(/\/$/, '')}/.well-known/did.json`)
  })

  it.each(['http://pluspunt.example', 'https://pluspunt.example/?a=1', 'not a url'])('refuses %s', (url) => {
    expect(() => didWebFromUrl(url)).toThrow(CredentialError)
  })
})

describe('buildDidDocument', () => {
  it('publishes Ed25519 keys as Multikey and P-256 keys as JsonWebKey, for assertion and authentication', async () => {
    const ed = await generateIssuerKeyPair()
    const ec = await generateIssuerKeyPair({ algorithm: 'ES256' })
    const did = 'did:web:pluspunt.example:centres:rotterdam'
    const document = buildDidDocument({ did, keys: [{ id: 'key-1', publicJwk: ed.publicJwk }, { id: 'key-2', publicJwk: ec.publicJwk }] })
    expect(document).toEqual({
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1', 'https://w3id.org/security/jwk/v1'],
      id: did,
      verificationMethod: [
        { id: `${did}#key-1`, type: 'Multikey', controller: did, publicKeyMultibase: expect.stringMatching(/^z6Mk/) },
        { id: `${did}#key-2`, type: 'JsonWebKey', controller: did, publicKeyJwk: { kty: 'EC', crv: 'P-256', x: ec.publicJwk.x, y: ec.publicJwk.y, alg: 'ES256' } },
      ],
      authentication: [`${did}#key-1`, `${did}#key-2`],
      assertionMethod: [`${did}#key-1`, `${did}#key-2`],
    })
    expect(trustedIssuerFromDidDocument(JSON.parse(JSON.stringify(document)))).toEqual({
      id: did,
      publicKeys: [{ kty: 'OKP', crv: 'Ed25519', x: ed.publicJwk.x, kid: `${did}#key-1` }, { kty: 'EC', crv: 'P-256', x: ec.publicJwk.x, y: ec.publicJwk.y, alg: 'ES256', kid: `${did}#key-2` }],
    })
  })

  it('refuses a private key, so none can leak into the published document', async () => {
    const ed = await generateIssuerKeyPair()
    expect(() => buildDidDocument({ did: 'did:web:pluspunt.example', keys: [{ id: 'key-1', publicJwk: ed.privateJwk }] }))
      .toThrow(expect.objectContaining({ code: 'private-key-in-did-document', path: '/keys/0/publicJwk' }))
  })

  it('refuses duplicate key ids and DIDs that are not did:web', async () => {
    const { publicJwk } = await generateIssuerKeyPair()
    expect(() => buildDidDocument({ did: 'did:web:pluspunt.example', keys: [{ id: 'k', publicJwk }, { id: 'k', publicJwk }] })).toThrow(expect.objectContaining({ code: 'duplicate-key-id' }))
    expect(() => buildDidDocument({ did: 'did:key:z6Mk', keys: [{ id: 'k', publicJwk }] })).toThrow(expect.objectContaining({ code: 'invalid-did' }))
  })
})
