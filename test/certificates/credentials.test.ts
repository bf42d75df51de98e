import { gunzipSync } from 'node:zlib'
import { decodeJwt, decodeProtectedHeader } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  CertificateInputError, CredentialError, createStatusList, hashRecipient, isRevoked, issueCredential,
  issueStatusListCredential, revoke, verifyCredential, type IssueCredentialOptions,
} from '@doorstart/certificates'
import { ISSUER, issue, STATUS_URL, testCentre, type TestCentre } from './support/issuer.js'

let centre: TestCentre
beforeAll(async () => {
  centre = await testCentre()
})

describe('issueCredential', () => {
  it('builds an OpenBadgeCredential on the VC Data Model 2.0', async () => {
    const { credential } = await issueCredential(centre.options())
    expect(credential['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'])
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential'])
    expect(credential.issuer).toEqual({ id: ISSUER.id, type: ['Profile'], name: ISSUER.name, url: ISSUER.url })
    expect(credential.validFrom).toBe('2026-03-03T00:00:00Z')
    expect(credential.credentialSubject.type).toEqual(['AchievementSubject'])
    expect(credential.credentialSubject.achievement).toMatchObject({
      type: ['Achievement'], name: 'Fietsherstel', criteria: { narrative: expect.stringContaining('Drie maanden') },
      alignment: [{ type: ['Alignment'], targetCode: 'societal-workplace', targetType: 'ext:LadderRung' }],
    })
    expect(credential.credentialStatus).toEqual({
      id: `${STATUS_URL}#42`, type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: '42', statusListCredential: STATUS_URL,
    })
  })

  it('names the recipient only by a salted SHA-256 hash that the salt can prove', async () => {
    const { credential, jwt, salt } = await issueCredential(centre.options())
    const [identity] = credential.credentialSubject.identifier
    expect(identity).toEqual({ type: 'IdentityObject', hashed: true, identityType: 'identifier', salt, identityHash: hashRecipient('P-7F3K', salt) })
    expect(identity.identityHash).toMatch(/^sha256\$[0-9a-f]{64}$/)
    expect(jwt).not.toContain('P-7F3K')
    expect(JSON.stringify(decodeJwt(jwt))).not.toContain('P-7F3K')
  })

  it('draws a fresh salt and id when none are given', async () => {
    const options: IssueCredentialOptions = { ...centre.options(), recipient: { identifier: 'zoe@example.org', identityType: 'emailAddress' } }
    delete (options as { id?: string }).id
    const a = await issueCredential(options)
    const b = await issueCredential(options)
    expect(a.salt).not.toBe(b.salt)
    expect(a.credential.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
    expect(a.credential.id).not.toBe(b.credential.id)
  })

  it('signs it as a VC-JWT with Ed25519 and the key id', async () => {
    const header = decodeProtectedHeader(await issue(centre))
    expect(header).toEqual({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid: centre.keys.publicJwk.kid })
  })

  it('refuses a key that is not an Ed25519 private JWK', async () => {
    const error = await issueCredential({ ...centre.options(), signingKey: centre.keys.publicJwk }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CredentialError)
    expect(error).toMatchObject({ code: 'invalid-signing-key', path: '/signingKey' })
  })

  it('reports every invalid option with its path', async () => {
    const options = { ...centre.options(), validFrom: 'yesterday', achievement: { ...centre.options().achievement, id: 'not a url' } }
    const error = await issueCredential(options).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CertificateInputError)
    expect((error as CertificateInputError).issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: '/achievement/id', code: 'invalid-url' },
      { path: '/validFrom', code: 'invalid-date' },
    ])
  })
})

describe('verifyCredential', () => {
  it('accepts a credential signed by a trusted issuer, within its dates, not revoked', async () => {
    const result = await verifyCredential(await issue(centre), centre.verifyOptions)
    expect(result).toMatchObject({ verified: true, issuer: { id: ISSUER.id }, credential: { name: 'Fietsherstel' } })
  })

  it('fails when any single character of the credential is changed', async () => {
    const jwt = await issue(centre)
    const failures = new Set<string>()
    for (let i = 0; i < jwt.length; i++) {
      const replacement = jwt[i] === 'A' ? 'B' : 'A'
      const tampered = jwt.slice(0, i) + replacement + jwt.slice(i + 1)
      const result = await verifyCredential(tampered, centre.verifyOptions)
      expect(result.verified, `changing character ${i} must fail`).toBe(false)
      if (!result.verified) failures.add(result.code)
    }
    expect([...failures].sort()).toEqual(expect.arrayContaining(['bad-signature']))
  })

  it('fails when the payload is re-signed by another key', async () => {
    const stranger = await testCentre()
    const result = await verifyCredential(await issue(stranger), centre.verifyOptions)
    expect(result).toMatchObject({ verified: false, code: 'unknown-key' })
  })

  it('fails when a status list claims the issuer but is signed by another issuer', async () => {
    const impostor = await testCentre('https://other-centre.example/issuer')
    const forged = await issueStatusListCredential(createStatusList({ id: STATUS_URL, issuer: ISSUER.id }), { signingKey: impostor.keys.privateJwk, validFrom: '2026-03-01' })
    const options = { ...centre.verifyOptions, trustedIssuers: [centre.trust, impostor.trust], statusList: () => forged }
    expect(await verifyCredential(await issue(centre), options)).toMatchObject({ verified: false, code: 'status-list-invalid' })
  })

  it('fails when a trusted key signs in the name of another issuer', async () => {
    const jwt = await issue(centre, { issuer: { id: 'https://other-centre.example/issuer', name: 'Other centre' } })
    const result = await verifyCredential(jwt, centre.verifyOptions)
    expect(result).toMatchObject({ verified: false, code: 'issuer-mismatch' })
  })

  it('fails before validFrom and after validUntil', async () => {
    const jwt = await issue(centre, { validFrom: '2026-03-03', validUntil: '2027-03-03' })
    expect(await verifyCredential(jwt, { ...centre.verifyOptions, at: '2026-03-02T23:59:59Z' })).toMatchObject({ verified: false, code: 'not-yet-valid' })
    expect(await verifyCredential(jwt, { ...centre.verifyOptions, at: '2027-03-03T00:00:01Z' })).toMatchObject({ verified: false, code: 'expired' })
    expect(await verifyCredential(jwt, { ...centre.verifyOptions, at: '2027-03-02T00:00:00Z' })).toMatchObject({ verified: true })
  })

  it('fails when the status list cannot be had, rather than assume it is not revoked', async () => {
    const jwt = await issue(centre)
    expect(await verifyCredential(jwt, { ...centre.verifyOptions, statusList: () => undefined })).toMatchObject({ verified: false, code: 'status-unavailable' })
    const { statusList: _ignored, ...withoutLists } = centre.verifyOptions
    expect(await verifyCredential(jwt, withoutLists)).toMatchObject({ verified: false, code: 'status-unavailable' })
  })

  it('fails when the status list is signed by another trusted issuer', async () => {
    const stranger = await testCentre('https://other-centre.example/issuer')
    const options = { ...centre.verifyOptions, trustedIssuers: [centre.trust, stranger.trust], statusList: (url: string) => stranger.published.get(url) }
    expect(await verifyCredential(await issue(centre), options)).toMatchObject({ verified: false, code: 'status-list-invalid' })
  })

  it('needs no status list for a credential without credentialStatus', async () => {
    const options = centre.options()
    delete (options as { status?: unknown }).status
    const { jwt } = await issueCredential(options)
    expect(await verifyCredential(jwt, { trustedIssuers: [centre.trust], at: '2026-06-01' })).toMatchObject({ verified: true })
  })

  it('refuses other algorithms, even with a valid-looking token', async () => {
    const [, payload] = (await issue(centre)).split('.')
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', kid: centre.keys.publicJwk.kid })).toString('base64url')}.${payload}.`
    expect(await verifyCredential(none, centre.verifyOptions)).toMatchObject({ verified: false })
    const hs = `${Buffer.from(JSON.stringify({ alg: 'HS256', kid: centre.keys.publicJwk.kid })).toString('base64url')}.${payload}.c2ln`
    expect(await verifyCredential(hs, centre.verifyOptions)).toMatchObject({ verified: false, code: 'unsupported-algorithm' })
  })

  it('throws for a verification moment that is not a date, instead of skipping the date checks', async () => {
    await expect(verifyCredential(await issue(centre), { ...centre.verifyOptions, at: 'tomorrow' })).rejects.toMatchObject({ code: 'invalid-date', path: '/at' })
  })

  it('returns a clear failure for input that is not a JWT at all', async () => {
    expect(await verifyCredential('hello', centre.verifyOptions)).toMatchObject({ verified: false, code: 'malformed' })
    expect(await verifyCredential(42 as unknown as string, centre.verifyOptions)).toMatchObject({ verified: false, code: 'malformed' })
  })
})

describe('revoke', () => {
  it('makes a revoked credential fail verification with the reason "revoked"', async () => {
    const revokedCentre = await testCentre()
    const jwt = await issue(revokedCentre)
    const other = await issue(revokedCentre, { status: { statusListCredential: STATUS_URL, statusListIndex: 43 } })
    expect(await verifyCredential(jwt, revokedCentre.verifyOptions)).toMatchObject({ verified: true })

    revokedCentre.list = revoke(revokedCentre.list, { index: 42, reason: 'Uitgereikt aan de verkeerde deelnemer', revokedOn: '2026-04-01' })
    await revokedCentre.publish('2026-04-01')

    const result = await verifyCredential(jwt, revokedCentre.verifyOptions)
    expect(result).toMatchObject({ verified: false, code: 'revoked' })
    expect(result.verified ? '' : result.message).toBe('Stichting Pluspunt has revoked this credential (status list https://pluspunt.example/status/1, index 42). It is no longer valid.')
    expect(await verifyCredential(other, revokedCentre.verifyOptions)).toMatchObject({ verified: true })
  })

  it('keeps the reason in the list and leaves the old list unchanged', () => {
    const list = createStatusList({ id: STATUS_URL, issuer: ISSUER.id })
    const revoked = revoke(list, { index: 7, reason: 'Fraude met bewijsstukken', revokedOn: '2026-04-01' })
    expect(revoked.revocations).toEqual([{ index: 7, reason: 'Fraude met bewijsstukken', revokedOn: '2026-04-01' }])
    expect(isRevoked(revoked, 7)).toBe(true)
    expect(isRevoked(list, 7)).toBe(false)
  })

  it('refuses a revocation without a reason, twice the same, or outside the list', () => {
    const list = revoke(createStatusList({ id: STATUS_URL, issuer: ISSUER.id }), { index: 1, reason: 'r', revokedOn: '2026-04-01' })
    expect(() => revoke(list, { index: 2, reason: ' ', revokedOn: '2026-04-01' })).toThrow(expect.objectContaining({ code: 'missing-reason' }))
    expect(() => revoke(list, { index: 1, reason: 'again', revokedOn: '2026-04-01' })).toThrow(expect.objectContaining({ code: 'already-revoked' }))
    expect(() => revoke(list, { index: 131_072, reason: 'r', revokedOn: '2026-04-01' })).toThrow(expect.objectContaining({ code: 'index-out-of-range' }))
  })
})

describe('issueStatusListCredential', () => {
  it('publishes a W3C BitstringStatusListCredential: GZIP, base64url with the multibase u, index 0 the left-most bit', async () => {
    let list = createStatusList({ id: STATUS_URL, issuer: ISSUER.id })
    list = revoke(list, { index: 0, reason: 'r', revokedOn: '2026-04-01' })
    list = revoke(list, { index: 9, reason: 'r', revokedOn: '2026-04-01' })
    const payload = decodeJwt(await issueStatusListCredential(list, { signingKey: centre.keys.privateJwk, validFrom: '2026-04-01' }))
    expect(payload).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: STATUS_URL,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: ISSUER.id,
      credentialSubject: { id: `${STATUS_URL}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation' },
    })
    const encoded = (payload.credentialSubject as { encodedList: string }).encodedList
    expect(encoded.startsWith('u')).toBe(true)
    const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'))
    expect(bits.byteLength).toBe(16_384)
    expect([bits[0], bits[1], bits[2]]).toEqual([0b1000_0000, 0b0100_0000, 0])
  })

  it('refuses a list shorter than the W3C minimum of 131,072 entries', () => {
    expect(() => createStatusList({ id: STATUS_URL, issuer: ISSUER.id, length: 1024 })).toThrow(expect.objectContaining({ code: 'invalid-status-list-length', path: '/length' }))
  })
})
