import { describe, expect, it } from 'vitest'
import QRCode from 'qrcode'
import { CertificateInputError, layoutCertificate, renderCertificate, validateCertificateInput, type CertificateInput } from '@doorstart/certificates'
import { certificaat, getuigschrift, praktijkverklaring, withValue } from './support/fixtures.js'
import { inkPerPage, normalize, pdfInfo, pdfText } from './support/poppler.js'

const render = (input: unknown): Promise<Uint8Array> => renderCertificate(input as CertificateInput)

/** Every field of the input that must be on paper, as poppler extracts it. */
function expectedFields(input: CertificateInput): string[] {
  const fields = [
    input.recipient.name, input.centre.name, input.achievement.title, input.verifyUrl,
    ...input.achievement.competences,
    ...(input.achievement.description ? [input.achievement.description] : []),
    ...(input.certificateNumber ? [input.certificateNumber] : []),
    ...(input.centre.location ? [input.centre.location] : []),
    ...(input.signatories ?? []).flatMap((signatory) => [signatory.name, signatory.role]),
  ]
  if (input.kind === 'getuigschrift') fields.push(...(input.workplace ? [input.workplace] : []))
  if (input.kind === 'certificaat') fields.push(input.qualification.title, ...(input.hours ? [String(input.hours)] : []))
  if (input.kind === 'praktijkverklaring') {
    fields.push(
      input.company.name, input.company.recognitionNumber ?? '', input.practiceTrainer.name,
      input.qualification.title, input.qualification.crebo, ...input.evidence,
      ...input.workProcesses.flatMap((process) => [process.code, process.title]),
    )
  }
  return fields.filter((field) => field !== '').map(normalize)
}

const kinds = [
  ['getuigschrift', getuigschrift, { nl: 'Getuigschrift', en: 'Testimonial' }],
  ['praktijkverklaring', praktijkverklaring, { nl: 'Praktijkverklaring', en: 'Practice statement' }],
  ['certificaat', certificaat, { nl: 'Certificaat', en: 'Certificate' }],
] as const

describe('renderCertificate', () => {
  describe.each(kinds)('a %s', (_kind, fixture, titles) => {
    it.each(['nl', 'en'] as const)('prints every field in %s', async (locale) => {
      const input = { ...fixture(), locale }
      const text = await pdfText(await renderCertificate(input))
      for (const field of expectedFields(input)) expect(text).toContain(field)
      expect(text).toContain(titles[locale])
    })

    it('writes dates out in the language of the document', async () => {
      const input = fixture()
      const [year, month, day] = input.issuedOn.split('-').map(Number)
      const months = { nl: ['maart', 'juni'], en: ['March', 'June'] }
      const monthIndex = month === 3 ? 0 : 1
      for (const locale of ['nl', 'en'] as const) {
        const text = await pdfText(await renderCertificate({ ...input, locale }))
        expect(text).toContain(`${day} ${months[locale][monthIndex]} ${year}`)
      }
    })

    it('draws ink on every page', async () => {
      const shares = await inkPerPage(await renderCertificate(fixture()))
      expect(shares.length).toBeGreaterThan(0)
      for (const share of shares) expect(share).toBeGreaterThan(0.01)
    })
  })

  it('prints the period of a praktijkverklaring and the period of a getuigschrift', async () => {
    expect(await pdfText(await renderCertificate(praktijkverklaring()))).toContain('1 October 2025 – 28 February 2026')
    expect(await pdfText(await renderCertificate(getuigschrift()))).toContain('1 september 2025 – 27 februari 2026')
  })

  it('puts the work processes of a praktijkverklaring on an annex page', async () => {
    const pdf = await renderCertificate(praktijkverklaring())
    expect((await pdfInfo(pdf)).Pages).toBe('2')
  })

  it('prints names with diacritics exactly', async () => {
    const names = ['Zoë Çelik-Ağaoğlu', 'Łukasz Wróblewski', 'Ñuño Þórsdóttir', 'Nguyễn Thị Ánh']
    for (const name of names) {
      const text = await pdfText(await render(withValue(getuigschrift(), '/recipient/name', name)))
      expect(text).toContain(name)
    }
  })

  it('prints right-to-left names in reading order', async () => {
    for (const name of ['محمد العلي', 'דוד כהן', 'فاطمة الزهراء بنت أحمد']) {
      const text = await pdfText(await render(withValue(certificaat(), '/recipient/name', name)))
      expect(text).toContain(name)
    }
  })

  it('refuses a character the embedded font cannot print, rather than print an empty box', async () => {
    for (const name of ['王小明', 'Zoë 🙂']) {
      await expect(render(withValue(getuigschrift(), '/recipient/name', name))).rejects.toMatchObject({
        name: 'RenderError', code: 'unsupported-character', path: '/recipient/name',
      })
    }
  })

  it('records the title, the centre as author and the issue date in the PDF metadata', async () => {
    const info = await pdfInfo(await renderCertificate(getuigschrift()))
    expect(info.Title).toBe('Getuigschrift: Fietsherstel in de buurtwerkplaats')
    expect(info.Author).toBe('Pluspunt Rotterdam')
    expect(info.CreationDate).toContain('2026')
  })

  it('prints the centre logo from a PNG data URI', async () => {
    // One dark pixel, scaled into the logo box on a white panel in the header.
    const logo = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGMQUDAAAACkAGE0Zn1yAAAAAElFTkSuQmCC'
    const withLogo = await render(withValue(getuigschrift(), '/centre/branding/logo', logo))
    const without = await renderCertificate(getuigschrift())
    expect(Buffer.from(withLogo).toString('latin1')).toContain('/Subtype /Image')
    expect(Buffer.from(without).toString('latin1')).not.toContain('/Subtype /Image')
    const [inkWith = 0] = await inkPerPage(withLogo)
    expect(inkWith).toBeGreaterThan(0.01)
    expect(inkWith).not.toBe((await inkPerPage(without))[0])
  })

  it('encodes the verification URL in the QR code', () => {
    const input = getuigschrift()
    const qr = layoutCertificate(validateCertificateInput(input)).pages[0]?.items.find((item) => item.kind === 'qr')
    const expected = QRCode.create(input.verifyUrl, { errorCorrectionLevel: 'M' }).modules
    expect(qr).toMatchObject({ kind: 'qr', url: input.verifyUrl, count: expected.size })
    expect(qr?.kind === 'qr' ? qr.modules : []).toEqual(Array.from(expected.data, (bit) => bit === 1))
  })

  it('links the QR code to the verification URL', async () => {
    const input = getuigschrift()
    const pdf = Buffer.from(await renderCertificate(input))
    expect(pdf.toString('latin1')).toContain(`/URI (${input.verifyUrl})`)
  })
})

describe('renderCertificate with text at the limits', () => {
  const longest = (length: number, word: string): string => `${word} `.repeat(Math.ceil(length / (word.length + 1))).slice(0, length).trim()

  it('shrinks or wraps the longest allowed texts so that every word stays on the page', async () => {
    let input = getuigschrift() as unknown
    input = withValue(input, '/recipient/name', longest(80, 'Wilhelmina'))
    input = withValue(input, '/achievement/title', longest(200, 'Buurtwerkplaats'))
    input = withValue(input, '/achievement/description', longest(400, 'omschrijving'))
    input = withValue(input, '/achievement/competences', Array.from({ length: 10 }, (_, i) => `${i} ${longest(157, 'vaardigheid')}`))
    input = withValue(input, '/workplace', longest(80, 'Werkplaats'))
    const typed = input as CertificateInput
    const pdf = await renderCertificate(typed)
    const text = await pdfText(pdf)
    for (const field of expectedFields(typed)) expect(text).toContain(field)
    expect((await pdfInfo(pdf)).Pages).toBe('1')
  })

  it('wraps a qualification title of 200 characters on a certificaat', async () => {
    let input = certificaat() as unknown
    input = withValue(input, '/achievement/title', longest(200, 'Gastvrijheid'))
    input = withValue(input, '/qualification/title', longest(200, 'Kwalificatie'))
    input = withValue(input, '/hours', 240)
    const typed = input as CertificateInput
    const pdf = await renderCertificate(typed)
    const text = await pdfText(pdf)
    for (const field of expectedFields(typed)) expect(text).toContain(field)
    expect((await pdfInfo(pdf)).Pages).toBe('1')
  })

  it('wraps even a title of 200 characters without spaces', async () => {
    const input = withValue(getuigschrift(), '/achievement/title', 'W'.repeat(200)) as CertificateInput
    const text = await pdfText(await renderCertificate(input), { raw: true })
    expect(text.match(/W{20,}/g)?.join('')).toBe('W'.repeat(200))
  })

  it('refuses a title over 200 characters, naming the limit', async () => {
    const error = await render(withValue(getuigschrift(), '/achievement/title', 'a'.repeat(201))).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CertificateInputError)
    expect(error).toMatchObject({ code: 'text-too-long', path: '/achievement/title' })
    expect((error as Error).message).toMatch(/at most 200 characters/)
  })

  it('keeps the longest praktijkverklaring on its two pages', async () => {
    let input = praktijkverklaring() as unknown
    input = withValue(input, '/achievement/title', longest(200, 'Fietstechniek'))
    input = withValue(input, '/qualification/title', longest(200, 'Medewerker'))
    input = withValue(input, '/workProcesses', Array.from({ length: 6 }, (_, i) => ({ code: `B1-K${i + 1}-W${i + 1}`, title: longest(90, 'werkproces') })))
    input = withValue(input, '/evidence', Array.from({ length: 6 }, () => longest(120, 'bewijsstuk')))
    input = withValue(input, '/achievement/competences', Array.from({ length: 10 }, () => longest(160, 'competentie')))
    const typed = input as CertificateInput
    const pdf = await renderCertificate(typed)
    const text = await pdfText(pdf)
    for (const field of expectedFields(typed)) expect(text).toContain(field)
    expect((await pdfInfo(pdf)).Pages).toBe('2')
  })
})

describe('renderCertificate with bad input', () => {
  const issuesOf = async (input: unknown): Promise<{ path: string; code: string }[]> => {
    const error = await render(input).then(() => undefined, (caught: unknown) => caught)
    expect(error).toBeInstanceOf(CertificateInputError)
    return (error as CertificateInputError).issues.map(({ path, code }) => ({ path, code }))
  }

  it('names the missing field with a JSON Pointer', async () => {
    expect(await issuesOf(withValue(getuigschrift(), '/recipient/name', undefined))).toEqual([{ path: '/recipient/name', code: 'missing-property' }])
  })

  it('refuses fields that have no place on a certificate, such as health or benefit data', async () => {
    expect(await issuesOf(withValue(getuigschrift(), '/recipient/benefitStatus', 'bijstand'))).toEqual([{ path: '/recipient/benefitStatus', code: 'unknown-property' }])
    expect(await issuesOf(withValue(getuigschrift(), '/healthNotes', 'x'))).toEqual([{ path: '/healthNotes', code: 'unknown-property' }])
  })

  it('reports every problem at once', async () => {
    let input = withValue(praktijkverklaring(), '/issuedOn', '31-12-2026')
    input = withValue(input, '/qualification/crebo', '1234')
    input = withValue(input, '/workProcesses/0/code', 'B1K1W1')
    input = withValue(input, '/achievement/competences', [])
    expect(await issuesOf(input)).toEqual([
      { path: '/achievement/competences', code: 'list-length' },
      { path: '/issuedOn', code: 'invalid-date' },
      { path: '/qualification/crebo', code: 'invalid-crebo' },
      { path: '/workProcesses/0/code', code: 'invalid-work-process-code' },
    ])
  })

  it('requires the signatures of a praktijkverklaring', async () => {
    expect(await issuesOf(withValue(praktijkverklaring(), '/signatories', undefined))).toEqual([{ path: '/signatories', code: 'missing-property' }])
  })

  it('refuses text longer than its box can hold', async () => {
    expect(await issuesOf(withValue(getuigschrift(), '/recipient/name', 'x'.repeat(81)))).toEqual([{ path: '/recipient/name', code: 'text-too-long' }])
  })

  it('refuses a period that ends before it starts', async () => {
    expect(await issuesOf(withValue(getuigschrift(), '/period', { from: '2026-02-01', to: '2026-01-01' }))).toEqual([{ path: '/period/to', code: 'period-ends-before-start' }])
  })

  it('refuses an unknown kind, an unknown locale and a non-URL verify link', async () => {
    expect(await issuesOf(withValue(getuigschrift(), '/kind', 'diploma'))).toEqual([{ path: '/kind', code: 'unknown-value' }])
    let input = withValue(getuigschrift(), '/locale', 'de')
    input = withValue(input, '/verifyUrl', 'javascript:alert(1)')
    expect(await issuesOf(input)).toEqual([{ path: '/locale', code: 'unknown-value' }, { path: '/verifyUrl', code: 'invalid-url' }])
  })

  it('refuses a logo that is not a PNG or JPEG', async () => {
    expect(await issuesOf(withValue(getuigschrift(), '/centre/branding/logo', 'data:image/png;base64,AAAA'))).toEqual([{ path: '/centre/branding/logo', code: 'invalid-logo' }])
  })

  it('gives an actionable message with the path in it', async () => {
    const error = await render(withValue(getuigschrift(), '/issuedOn', '2026-02-30')).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'invalid-date', path: '/issuedOn' })
    expect((error as Error).message).toMatch(/^\/issuedOn: Write the date as an existing calendar date YYYY-MM-DD/)
  })
})
