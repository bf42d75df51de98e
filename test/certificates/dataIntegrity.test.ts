import { beforeAll, describe, expect, it } from 'vitest'
import { createProofCache, issueDataIntegrityCredential, issueJwtCredential, revoke, verifyCredential } from '@doorstart/certificates'
import { didCentre, type DidCentre } from './support/didIssuer.js'

let centre: DidCentre
beforeAll(async () => {
  centre = await didCentre()
  await centre.publish()
})

describe('issueDataIntegrityCredential', () => {
  it('adds one eddsa-rdfc-2022 proof by the issuer\'s did:web key, dated validFrom', async () => {
    const { credential } = await issueDataIntegrityCredential(centre.input(), centre.dataIntegrityKey)
    expect(credential.proof).toEqual([{
      type: 'DataIntegrityProof', created: '2026-03-03T00:00:00Z', verificationMethod: `${centre.did}#key-1`,
      cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod', proofValue: expect.stringMatching(/^z[1-9A-HJ-NP-Za-km-z]{80,90}$/),
    }])
  })

  it('verifies, and reports the form', async () => {
    const { credential } = await issueDataIntegrityCredential(centre.input(), centre.dataIntegrityKey)
    const result = await verifyCredential(credential, centre.verifyOptions)
    expect(result).toMatchObject({ verified: true, format: 'data-integrity', issuer: { id: centre.did } })
  })

  it('fails with bad-signature when one character changes', async () => {
    const { credential } = await issueDataIntegrityCredential(centre.input(), centre.dataIntegrityKey)
    const tampered = JSON.parse(JSON.stringify(credential).replace('Fietsherstel', 'Fietsherstal')) as object
    expect(await verifyCredential(tampered, centre.verifyOptions)).toMatchObject({ verified: false, code: 'bad-signature', format: 'data-integrity' })
  })

  it('fails with revoked once the status list has the bit set', async () => {
    const { credential } = await issueDataIntegrityCredential(centre.input(), centre.dataIntegrityKey)
    const other = await didCentre()
    other.list = revoke(other.list, { index: 42, reason: 'Uitgereikt aan de verkeerde deelnemer', revokedOn: '2026-04-01' })
    await other.publish()
    const mine = await issueDataIntegrityCredential(other.input(), other.dataIntegrityKey)
    expect(await verifyCredential(mine.credential, other.verifyOptions)).toMatchObject({ verified: false, code: 'revoked' })
    expect(await verifyCredential(credential, centre.verifyOptions)).toMatchObject({ verified: true })
  })
})

describe('createProofCache', () => {
  it('remembers a verified proof and still checks the dates', async () => {
    const proofCache = createProofCache()
    const { credential } = await issueDataIntegrityCredential(centre.input(), centre.dataIntegrityKey)
    const options = { ...centre.verifyOptions, proofCache }
    expect(await verifyCredential(credential, options)).toMatchObject({ verified: true, format: 'data-integrity' })
    expect(proofCache.size).toBe(1)
    expect(await verifyCredential(credential, options)).toMatchObject({ verified: true, format: 'data-integrity' })
    expect(proofCache.size).toBe(1)
    expect(await verifyCredential(credential, { ...options, at: '2026-03-01T00:00:00Z' })).toMatchObject({ verified: false, code: 'not-yet-valid' })
  })

  it('still checks the status list: a remembered proof of a revoked credential is reported revoked', async () => {
    const proofCache = createProofCache()
    const other = await didCentre()
    await other.publish()
    const { credential } = await issueDataIntegrityCredential(other.input(), other.dataIntegrityKey)
    expect(await verifyCredential(credential, { ...other.verifyOptions, proofCache })).toMatchObject({ verified: true })
    other.list = revoke(other.list, { index: 42, reason: 'Uitgereikt aan de verkeerde deelnemer', revokedOn: '2026-04-01' })
    await other.publish()
    expect(await verifyCredential(credential, { ...other.verifyOptions, proofCache })).toMatchObject({ verified: false, code: 'revoked' })
  })

  it('checks a changed credential afresh and remembers no failure', async () => {
    const proofCache = createProofCache()
    const { credential } = await issueDataIntegrityCredential(centre.input(), centre.dataIntegrityKey)
    const options = { ...centre.verifyOptions, proofCache }
    expect(await verifyCredential(credential, options)).toMatchObject({ verified: true })
    const tampered = JSON.parse(JSON.stringify(credential).replace('Fietsherstel', 'Fietsherstal')) as object
    expect(await verifyCredential(tampered, options)).toMatchObject({ verified: false, code: 'bad-signature' })
    expect(await verifyCredential(tampered, options)).toMatchObject({ verified: false, code: 'bad-signature' })
    expect(proofCache.size).toBe(1)
  })

  it('checks again under a key the proof was not verified with', async () => {
    const proofCache = createProofCache()
    const { credential } = await issueDataIntegrityCredential(centre.input(), centre.dataIntegrityKey)
    expect(await verifyCredential(credential, { ...centre.verifyOptions, proofCache })).toMatchObject({ verified: true })
    const stranger = await didCentre()
    expect(await verifyCredential(credential, { ...stranger.verifyOptions, proofCache })).toMatchObject({ verified: false, code: 'bad-signature' })
  })

  it('keeps at most maxEntries proofs', async () => {
    const proofCache = createProofCache({ maxEntries: 2 })
    for (const name of ['Fietsherstel', 'Kookles', 'Tuinonderhoud']) {
      const { credential } = await issueDataIntegrityCredential(centre.input({ achievement: { ...centre.input().achievement, name } }), centre.dataIntegrityKey)
      expect(await verifyCredential(credential, { ...centre.verifyOptions, proofCache })).toMatchObject({ verified: true })
    }
    expect(proofCache.size).toBe(2)
    proofCache.clear()
    expect(proofCache.size).toBe(0)
  })
})

describe('issueJwtCredential', () => {
  it('verifies as an OB 3.0 JWT', async () => {
    const { jwt } = await issueJwtCredential(centre.input(), centre.jwtKey)
    expect(await verifyCredential(jwt, centre.verifyOptions)).toMatchObject({ verified: true, format: 'jwt' })
  })
})
