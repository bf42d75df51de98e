import { beforeAll, describe, expect, it } from 'vitest'
import { issueDataIntegrityCredential, issueJwtCredential, revoke, verifyCredential } from '@doorstart/certificates'
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

describe('issueJwtCredential', () => {
  it('verifies as an OB 3.0 JWT', async () => {
    const { jwt } = await issueJwtCredential(centre.input(), centre.jwtKey)
    expect(await verifyCredential(jwt, centre.verifyOptions)).toMatchObject({ verified: true, format: 'jwt' })
  })
})
