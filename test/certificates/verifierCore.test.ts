// Credentials issued here, checked by an independent verifier: the Digital Credentials
// Consortium's verifier-core, the library behind the Learner Credential Wallet. The issuer's
// did:web resolves from an https server on 127.0.0.1 and the status list comes from an http one;
// nothing else is reachable.
import { verifyCredential as dccVerify } from '@digitalcredentials/verifier-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { didWebDocumentUrl, didWebFromUrl, issueDataIntegrityCredential, revoke } from '@doorstart/certificates'
import { didCentre, type DidCentre } from './support/didIssuer.js'
import { startLoopback, type Loopback } from './support/loopback.js'
import { OB_SCHEMA_URL, obSchema } from './support/openBadgeSchema.js'

let loopback: Loopback
let centre: DidCentre

const serve = async (): Promise<void> => {
  loopback.documents.set(new URL(didWebDocumentUrl(centre.did)).pathname, centre.document)
  loopback.documents.set(new URL(centre.statusUrl).pathname, await centre.publish('2026-03-01T00:00:00Z'))
}

beforeAll(async () => {
  loopback = await startLoopback()
  // verifier-core checks OB credentials against 1EdTech's schema at its published URL: answer
  // that one request from the vendored copy.
  loopback.copies.set(OB_SCHEMA_URL, obSchema)
  centre = await didCentre({ did: didWebFromUrl(loopback.httpsOrigin), statusUrl: `${loopback.httpOrigin}/status/1` })
  await serve()
})
afterAll(async () => loopback?.close())

const steps = (result: Awaited<ReturnType<typeof dccVerify>>): Record<string, boolean | undefined> =>
  Object.fromEntries((result.log ?? []).map((step) => [step.id, step.valid]))

describe('a Data Integrity credential in @digitalcredentials/verifier-core', () => {
  it('verifies: signature, expiry and revocation status all valid', async () => {
    const { credential } = await issueDataIntegrityCredential(centre.input(), centre.dataIntegrityKey)
    const result = await dccVerify({ credential: credential as never, knownDIDRegistries: [] })
    expect(result.errors).toBeUndefined()
    expect(steps(result)).toMatchObject({ valid_signature: true, expiration: true, revocation_status: true })
    expect(loopback.requested).toContain(`${loopback.httpsOrigin}/.well-known/did.json`)
    expect(loopback.requested).toContain(centre.statusUrl)
  })

  it('passes its check against 1EdTech\'s OB 3.0 schema', async () => {
    const { credential } = await issueDataIntegrityCredential(centre.input(), centre.dataIntegrityKey)
    const result = await dccVerify({ credential: credential as never, knownDIDRegistries: [] })
    const check = result.additionalInformation?.find((entry) => entry.id === 'schema_check')
    expect(check?.results).toEqual([expect.objectContaining({ schema: OB_SCHEMA_URL, result: { valid: true } })])
  })

  it('fails with invalid_signature when one character is changed', async () => {
    const { credential } = await issueDataIntegrityCredential(centre.input(), centre.dataIntegrityKey)
    const tampered = JSON.parse(JSON.stringify(credential).replace('Fietsherstel', 'Fietsherstal')) as never
    const result = await dccVerify({ credential: tampered, knownDIDRegistries: [] })
    expect(result.errors?.map((error) => error.name)).toEqual(['invalid_signature'])
  })

  it('reports revocation_status false once the centre revokes it', async () => {
    const { credential } = await issueDataIntegrityCredential(centre.input({ status: { statusListCredential: centre.statusUrl, statusListIndex: 7 } }), centre.dataIntegrityKey)
    centre.list = revoke(centre.list, { index: 7, reason: 'Uitgereikt aan de verkeerde deelnemer', revokedOn: '2026-04-01' })
    await serve()
    const result = await dccVerify({ credential: credential as never, knownDIDRegistries: [] })
    expect(steps(result)).toMatchObject({ valid_signature: true, revocation_status: false })
  })

  it('never reaches beyond 127.0.0.1 for contexts or keys', () => {
    expect(loopback.refused).toEqual([])
    const elsewhere = loopback.requested.filter((url) => new URL(url).hostname !== '127.0.0.1')
    expect([...new Set(elsewhere)]).toEqual([OB_SCHEMA_URL]) // answered from the vendored copy
  })
})
