// Tagged PDF/A-3a: a structure tree in reading order under a Document root, alternative text for
// the QR code, the logo and the chart, described links; checked with poppler and qpdf.
import { beforeAll, describe, expect, it } from 'vitest'
import {
  issueDataIntegrityCredential, readEmbeddedCredential, renderCertificate, renderProgressReport, renderWorkAgenda, verifyCredential,
  type CertificateInput, type SignedOpenBadgeCredential,
} from '@doorstart/certificates'
import { didCentre, type DidCentre } from './support/didIssuer.js'
import { getuigschrift, praktijkverklaring, progressReport, workAgenda } from './support/fixtures.js'
import { attachedFiles, pdfInfo, pdfMetadata, pdfStructure, qpdfCheck, qpdfObjects } from './support/poppler.js'

let centre: DidCentre
let credential: SignedOpenBadgeCredential
beforeAll(async () => {
  centre = await didCentre()
  await centre.publish()
  credential = (await issueDataIntegrityCredential(centre.input(), centre.dataIntegrityKey)).credential
})

const documents: [string, () => Promise<Uint8Array>][] = [
  ['a getuigschrift with its credential', () => renderCertificate({ ...getuigschrift(), credential })],
  ['a praktijkverklaring (two pages)', () => renderCertificate(praktijkverklaring())],
  ['a progress report', () => renderProgressReport(progressReport())],
  ['a work agenda', () => renderWorkAgenda(workAgenda())],
]

describe.each(documents)('%s', (_name, render) => {
  let pdf: Uint8Array
  beforeAll(async () => {
    pdf = await render()
  })

  it('is tagged, with a Document root', async () => {
    expect((await pdfInfo(pdf)).Tagged).toBe('yes')
    const structure = await pdfStructure(pdf)
    expect(structure.split('\n')[0]).toBe('Document')
    expect(structure).toMatch(/^ {2}H1/m)
    expect(structure).not.toMatch(/wrong type/i)
  })

  it('passes qpdf --check', async () => {
    await expect(qpdfCheck(pdf)).resolves.toContain('No syntax or stream encoding errors found')
  })

  it('declares PDF/A-3a in its XMP metadata, with an sRGB output intent', async () => {
    const xmp = await pdfMetadata(pdf)
    expect(xmp).toMatch(/<pdfaid:part>3<\/pdfaid:part>/)
    expect(xmp).toMatch(/<pdfaid:conformance>A<\/pdfaid:conformance>/)
    expect(await qpdfObjects(pdf)).toContain('/S /GTS_PDFA1')
  })
})

describe('the tagged certificate', () => {
  it('reads in order: centre, title, recipient, achievement, details, competences, signatures, footer', async () => {
    const input = getuigschrift()
    const structure = await pdfStructure(await renderCertificate(input))
    const order = [input.centre.name, 'Getuigschrift', input.recipient.name, input.achievement.title, 'Aangetoonde competenties', input.verifyUrl]
    const positions = order.map((text) => structure.indexOf(`"${text}`))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('gives the QR code alternative text, inside a Link with a description tied to the link annotation', async () => {
    const input = getuigschrift()
    const pdf = await renderCertificate(input)
    expect(await pdfStructure(pdf)).toMatch(/Link \(inline\)\n\s+Figure\n(\s+"[^"]*"\n)?\s+Object \d+ 0/)
    const objects = await qpdfObjects(pdf)
    expect(objects).toContain(`/Alt (QR-code met de link ${input.verifyUrl})`)
    expect(objects).toContain(`/Contents (Controleer de echtheid van dit document op ${input.verifyUrl})`)
    expect(objects).toMatch(/\/StructParent \d+\n\s+\/Subtype \/Link/)
  })

  it('gives the logo alternative text', async () => {
    const input = { ...getuigschrift(), centre: { ...getuigschrift().centre, branding: { logo: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==' } } } as CertificateInput
    expect(await qpdfObjects(await renderCertificate(input))).toContain(`/Alt (Logo van ${input.centre.name})`)
  })

  it('gives the chart of a progress report alternative text', async () => {
    const objects = await qpdfObjects(await renderProgressReport({ ...progressReport(), locale: 'en' }))
    expect(objects).toMatch(/\/Alt \(Chart of the rungs from .+ assessments, the latest on .+\)/)
  })

  it('carries a Data Integrity credential as credential.json, a PDF/A-3 associated file that verifies', async () => {
    const pdf = await renderCertificate({ ...getuigschrift(), credential })
    const files = await attachedFiles(pdf)
    expect(files.names).toEqual(['credential.json'])
    expect(await qpdfObjects(pdf)).toContain('/AFRelationship /Data')
    const embedded = readEmbeddedCredential(pdf)
    expect(JSON.parse(embedded ?? '{}')).toEqual(credential)
    expect(await verifyCredential(embedded ?? '', centre.verifyOptions)).toMatchObject({ verified: true, format: 'data-integrity' })
  })

  it('stays byte-identical for the same input, tags included', async () => {
    const input = { ...getuigschrift(), credential }
    expect(Buffer.from(await renderCertificate(input)).equals(Buffer.from(await renderCertificate(input)))).toBe(true)
  })
})
