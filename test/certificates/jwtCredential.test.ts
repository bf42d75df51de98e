// OB 3.0, "JSON Web Token Proof Format" (1EdTech openbadges-specification, ob_v3p0/integrity.md):
// header alg/kid/jwk/typ only; payload is the credential plus iss, jti, sub, nbf and exp.
import { createPrivateKey, sign } from 'node:crypto'
import { decodeJwt, decodeProtectedHeader } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  CredentialError, generateIssuerKeyPair, issueCredential, issueJwtCredential, verifyCredential, type IssuerKeyPair,
} from '@doorstart/certificates'
import { didCentre, type DidCentre } from './support/didIssuer.js'
import { testCentre } from './support/issuer.js'

let centre: DidCentre
let rsa: IssuerKeyPair
beforeAll(async () => {
  centre = await didCentre()
  await centre.publish()
  rsa = await generateIssuerKeyPair({ algorithm: 'RS256' })
})

/** Re-signs a payload with the centre's ES256 key under the given header, as a forger with the key could. */
function resign(header: object, payload: object): string {
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`
  const key = createPrivateKey({ key: centre.es256.privateJwk as never, format: 'jwk' })
  return `${input}.${sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`
}

describe('issueJwtCredential', () => {
  it('writes exactly the JOSE header OB 3.0 allows: alg, kid (a DID URL) and typ JWT', async () => {
    const { jwt } = await issueJwtCredential(centre.input(), centre.jwtKey)
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'ES256', kid: `${centre.did}#key-2`, typ: 'JWT' })
  })

  it('puts the public key in a jwk header when no kid is given, never the private part', async () => {
    const { jwt } = await issueJwtCredential(centre.input(), { privateJwk: centre.es256.privateJwk })
    const header = decodeProtectedHeader(jwt)
    expect(Object.keys(header).sort()).toEqual(['alg', 'jwk', 'typ'])
    expect(header.jwk).toEqual({ kty: 'EC', crv: 'P-256', x: centre.es256.publicJwk.x, y: centre.es256.publicJwk.y })
    expect(await verifyCredential(jwt, centre.verifyOptions)).toMatchObject({ verified: true, format: 'jwt' })
  })

  it('adds the registered claims iss, jti, sub and nbf, and exp when validUntil is set', async () => {
    const { jwt, credential } = await issueJwtCredential(centre.input({ validUntil: '2031-03-03' }), centre.jwtKey)
    const payload = decodeJwt(jwt)
    expect(payload).toMatchObject({
      iss: centre.did, jti: 'urn:uuid:8f14e45f-ceea-467f-a8f5-2b7c1e0d7a11', sub: credential.credentialSubject.id,
      nbf: Date.parse('2026-03-03T00:00:00Z') / 1000, exp: Date.parse('2031-03-03T00:00:00Z') / 1000,
    })
    expect(credential.credentialSubject.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
    expect(payload).not.toHaveProperty('iat')
    expect(payload).not.toHaveProperty('vc')
  })

  it('leaves out exp without validUntil, and takes the wallet DID as sub when given', async () => {
    const { jwt } = await issueJwtCredential(centre.input({ recipient: { ...centre.input().recipient, id: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' } }), centre.jwtKey)
    const payload = decodeJwt(jwt)
    expect(payload).not.toHaveProperty('exp')
    expect(payload.sub).toBe('did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK')
  })

  it('signs with RS256 too, and that verifies', async () => {
    const kid = `${centre.did}#key-3`
    const { jwt } = await issueJwtCredential(centre.input(), { privateJwk: rsa.privateJwk, kid })
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'RS256', kid, typ: 'JWT' })
    const trustedIssuers = [{ id: centre.did, publicKeys: [{ ...rsa.publicJwk, kid }] }]
    expect(await verifyCredential(jwt, { ...centre.verifyOptions, trustedIssuers: [...trustedIssuers, centre.trust] })).toMatchObject({ verified: true, format: 'jwt' })
  })

  it.each([
    ['an Ed25519 key', async () => (await generateIssuerKeyPair()).privateJwk, 'invalid-signing-key'],
    ['a public key', async () => centre.es256.publicJwk, 'invalid-signing-key'],
  ])('refuses %s', async (_name, key, code) => {
    const error = await issueJwtCredential(centre.input(), { privateJwk: await key() }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CredentialError)
    expect(error).toMatchObject({ code })
  })

  it('refuses a DID kid of another issuer', async () => {
    await expect(issueJwtCredential(centre.input(), { ...centre.jwtKey, kid: 'did:web:other.example#key-2' })).rejects.toMatchObject({ code: 'verification-method-mismatch' })
  })
})

describe('verifyCredential with OB 3.0 JWTs', () => {
  it('fails with claims-mismatch when a claim does not match the credential', async () => {
    const { jwt } = await issueJwtCredential(centre.input(), centre.jwtKey)
    const header = decodeProtectedHeader(jwt)
    for (const claim of [{ iss: 'did:web:other.example' }, { jti: 'urn:uuid:00000000-0000-4000-8000-000000000000' }, { nbf: 0 }, { sub: 'urn:uuid:x' }, { exp: 2 ** 31 }]) {
      const forged = resign(header, { ...decodeJwt(jwt), ...claim })
      expect(await verifyCredential(forged, centre.verifyOptions), JSON.stringify(claim)).toMatchObject({ verified: false, code: 'claims-mismatch' })
    }
  })

  it('refuses JOSE headers beyond alg, kid, jwk and typ JWT', async () => {
    const { jwt } = await issueJwtCredential(centre.input(), centre.jwtKey)
    for (const extra of [{ cty: 'vc' }, { typ: 'vc+jwt' }]) {
      const forged = resign({ ...decodeProtectedHeader(jwt), ...extra }, decodeJwt(jwt))
      expect(await verifyCredential(forged, centre.verifyOptions)).toMatchObject({ verified: false, code: 'malformed' })
    }
  })

  it('does not trust a key just because the token carries it in a jwk header', async () => {
    const stranger = await generateIssuerKeyPair({ algorithm: 'ES256' })
    const { jwt } = await issueJwtCredential(centre.input(), { privateJwk: stranger.privateJwk })
    expect(await verifyCredential(jwt, centre.verifyOptions)).toMatchObject({ verified: false, code: 'unknown-key' })
  })

  it('fails with revoked through the Data Integrity status list', async () => {
    const other = await didCentre()
    const { jwt } = await issueJwtCredential(other.input(), other.jwtKey)
    await other.publish()
    expect(await verifyCredential(jwt, other.verifyOptions)).toMatchObject({ verified: true })
    other.list = { ...other.list, revocations: [{ index: 42, reason: 'Fout', revokedOn: '2026-04-01' }] }
    await other.publish('2026-04-01')
    expect(await verifyCredential(jwt, other.verifyOptions)).toMatchObject({ verified: false, code: 'revoked', format: 'jwt' })
  })

  it('still verifies the earlier EdDSA tokens, reported as legacy-jwt', async () => {
    const legacy = await testCentre()
    await legacy.publish()
    const { jwt } = await issueCredential(legacy.options())
    expect(decodeProtectedHeader(jwt)).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt' })
    expect(await verifyCredential(jwt, legacy.verifyOptions)).toMatchObject({ verified: true, format: 'legacy-jwt' })
  })
})
