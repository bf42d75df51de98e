import { beforeAll, describe, expect, it } from 'vitest'
import { readEmbeddedCredential, renderCertificate, verifyCredential } from '@doorstart/certificates'
import { getuigschrift } from './support/fixtures.js'
import { issue, testCentre, type TestCentre } from './support/issuer.js'
import { attachedFiles, pdfText } from './support/poppler.js'

let centre: TestCentre
let jwt: string
beforeAll(async () => {
  centre = await testCentre()
  jwt = await issue(centre)
})

describe('a certificate with its credential', () => {
  it('carries the credential as the attached file credential.jwt', async () => {
    const pdf = await renderCertificate({ ...getuigschrift(), credential: jwt })
    const files = await attachedFiles(pdf)
    expect(files.names).toEqual(['credential.jwt'])
    expect(files.first).toBe(jwt)
  })

  it('tells the reader that the digital version is inside', async () => {
    const text = await pdfText(await renderCertificate({ ...getuigschrift(), credential: jwt }))
    expect(text).toContain('De digitale versie (Open Badge) zit in dit PDF-bestand: credential.jwt')
  })

  it('gives back the embedded credential, which verifies', async () => {
    const pdf = await renderCertificate({ ...getuigschrift(), credential: jwt })
    const embedded = readEmbeddedCredential(pdf)
    expect(embedded).toBe(jwt)
    expect(await verifyCredential(embedded ?? '', centre.verifyOptions)).toMatchObject({ verified: true })
  })

  it('has no attachment when no credential is given', async () => {
    const pdf = await renderCertificate(getuigschrift())
    expect(readEmbeddedCredential(pdf)).toBeUndefined()
    expect((await attachedFiles(pdf)).names).toEqual([])
  })

  it('refuses a credential that is not a compact JWT', async () => {
    await expect(renderCertificate({ ...getuigschrift(), credential: '{"not":"a jwt"}' })).rejects.toMatchObject({ code: 'invalid-credential', path: '/credential' })
  })
})
