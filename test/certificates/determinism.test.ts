import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { renderCertificate, renderProgressReport, renderWorkAgenda } from '@doorstart/certificates'
import { certificaat, getuigschrift, praktijkverklaring, progressReport, workAgenda } from './support/fixtures.js'
import { pdfInfo, pdfText } from './support/poppler.js'

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

describe('rendering', () => {
  it('gives byte-identical PDFs for the same input', async () => {
    expect(sha(await renderCertificate(getuigschrift()))).toBe(sha(await renderCertificate(getuigschrift())))
    expect(sha(await renderWorkAgenda(workAgenda()))).toBe(sha(await renderWorkAgenda(workAgenda())))
    expect(sha(await renderProgressReport(progressReport()))).toBe(sha(await renderProgressReport(progressReport())))
  })

  it('takes the creation date from the input, not from the clock', async () => {
    const a = await renderCertificate(getuigschrift())
    const b = await renderCertificate({ ...getuigschrift(), issuedOn: '2026-03-04' })
    expect(sha(a)).not.toBe(sha(b))
    expect((await pdfInfo(a)).CreationDate).toBe('2026-03-03T12:00:00Z')
    expect((await pdfInfo(b)).CreationDate).toBe('2026-03-04T12:00:00Z')
  })

  it('gives the same bytes after many other documents in the same process (no font state leaks between documents)', async () => {
    const first = await renderCertificate(getuigschrift())
    const makers = [praktijkverklaring, certificaat, getuigschrift]
    for (let i = 0; i < 30; i++) {
      const maker = makers[i % makers.length] ?? getuigschrift
      await renderCertificate({ ...maker(), locale: i % 2 === 0 ? 'nl' : 'en' })
      if (i % 10 === 0) await renderWorkAgenda(workAgenda())
    }
    const later = await renderCertificate(getuigschrift())
    expect(sha(later)).toBe(sha(first))
  })

  it('keeps the text of every document intact when many are rendered in one process', async () => {
    const pdfs = await Promise.all(Array.from({ length: 12 }, (_, i) =>
      renderCertificate({ ...certificaat(), recipient: { name: `Deelnemer ${i} Ağaoğlu Łódź` } })))
    for (const [i, pdf] of pdfs.entries()) {
      const text = await pdfText(pdf)
      expect(text).toContain(`Deelnemer ${i} Ağaoğlu Łódź`)
      expect(text).toContain('Komt op tijd en meldt zich af bij ziekte')
    }
  })

  it('stays around 25 KB for a one-page certificate', async () => {
    const size = (await renderCertificate(getuigschrift())).byteLength
    expect(size).toBeGreaterThan(10_000)
    expect(size).toBeLessThan(40_000)
  })
})
