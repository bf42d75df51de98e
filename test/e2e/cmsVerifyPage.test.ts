// The public verification page over HTTP from the production server (`npm start`'s start path),
// where Next.js serves it from its cache: the language from `?lang=` or Accept-Language, a
// revocation shown right after it is made on this server, an erasure too, unknown ids answered
// with 404 and the "unknown" page, the outcome of an uploaded file still shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient, getuigschriftProposal, type ApiClient } from '../support/cms/awardsApi'
import { startCmsProcess, type CmsProcess } from '../support/cms/startCmsProcess'

let cms: CmsProcess
let api: ApiClient
let participant: number
const COACH = 'coach.rotterdam@demo.doorstart.nl'
const SUPERVISOR = 'werkbegeleider.rotterdam@demo.doorstart.nl'
const CENTRE_ADMIN = 'beheer.rotterdam@demo.doorstart.nl'

const json = async <T>(response: Response, what: string): Promise<T> => {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** Proposes, approves and waits for the issuance job: the award with its verify URL. */
const issue = async (name: string): Promise<{ id: number; credentialId: string; verifyUrl: string }> => {
  const proposal = (await json<{ doc: { id: number } }>(await api.request(COACH, 'POST', '/api/awards?depth=0', getuigschriftProposal(participant, name)), 'propose')).doc
  await json(await api.request(SUPERVISOR, 'POST', `/api/awards/${proposal.id}/approve`), 'approve')
  const started = Date.now()
  for (;;) {
    const award = await json<{ id: number; status: string; credentialId: string; verifyUrl: string }>(await api.request(COACH, 'GET', `/api/awards/${proposal.id}?depth=0`), 'award')
    if (award.status === 'issued') return award
    if (Date.now() - started > 60_000) throw new Error(`award ${proposal.id} still ${award.status}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const page = async (url: string, acceptLanguage = 'nl-NL,nl;q=0.9'): Promise<{ status: number; html: string; state: string | undefined; text: string; headers: Headers }> => {
  const response = await fetch(url, { headers: { 'accept-language': acceptLanguage } })
  const html = await response.text()
  const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
  const states = [...html.matchAll(/data-state="([^"]+)"/g)].map((match) => match[1])
  // One state per page: never the "unknown" page hidden next to another.
  expect(new Set(states).size, url).toBeLessThanOrEqual(1)
  return { status: response.status, html, state: states[0], text, headers: response.headers }
}

beforeAll(async () => {
  cms = await startCmsProcess('e2e-verify')
  api = apiClient(cms.baseUrl)
  const workplace = (await json<{ docs: { id: number }[] }>(await api.request(COACH, 'GET', `/api/workplaces?depth=0&where[name][equals]=${encodeURIComponent('Keuken Huis van de Wijk')}`), 'workplace')).docs[0]!
  participant = (await json<{ docs: { id: number }[] }>(await api.request(COACH, 'GET', `/api/participants?depth=0&limit=1&where[workplace][equals]=${workplace.id}`), 'participant')).docs[0]!.id
}, 600_000)

afterAll(async () => {
  await cms?.cleanUp()
}, 60_000)

describe('the verification page from the production server', () => {
  it('shows a valid certificate in Dutch or English, at the same public address', async () => {
    const award = await issue('Zoë Çelik')
    expect(award.verifyUrl).toBe(`${cms.baseUrl}/verify/${award.credentialId}`)
    for (let round = 0; round < 2; round++) {
      const dutch = await page(award.verifyUrl)
      expect(dutch).toMatchObject({ status: 200, state: 'valid' })
      // Rendered once, then served from Next.js's cache; no shared cache may keep it.
      expect(dutch.headers.get('x-nextjs-cache')).toBe(round === 0 ? 'MISS' : 'HIT')
      expect(dutch.headers.get('cache-control')).toBe('private, no-cache')
      expect(dutch.text).toContain('Geldig')
      expect(dutch.text).toContain('Zoë Çelik')
      expect(dutch.text).toContain('Keukenhulp in de wijkkeuken')
      expect(dutch.text).toContain('Leer Praktijk Centrum Rotterdam-Zuid')
      expect(dutch.html).toContain(`href="/verify/${award.credentialId}?lang=en"`)
      expect(dutch.text).not.toMatch(/DS-[0-9A-Z]{8}/)
      const english = await page(award.verifyUrl, 'en-GB,en;q=0.9')
      expect(english).toMatchObject({ status: 200, state: 'valid' })
      expect(english.text).toContain('Valid')
      expect(english.html).toContain('<main lang="en"')
      // `?lang=` wins over the browser's language, both ways.
      expect((await page(`${award.verifyUrl}?lang=en`)).text).toContain('Date of issue')
      expect((await page(`${award.verifyUrl}?lang=nl`, 'en-GB')).text).toContain('Datum van uitgifte')
      // Another `?lang=`: the browser's language; a browser asking for German first gets Dutch.
      expect((await page(`${award.verifyUrl}?lang=de`, 'en-GB')).text).toContain('Date of issue')
      expect((await page(award.verifyUrl, 'de-DE,en;q=0.5')).text).toContain('Datum van uitgifte')
    }
    expect((await page(`${cms.baseUrl}/verify/urn:uuid:${award.credentialId}`)).state).toBe('valid')
  }, 180_000)

  it('says revoked, with the date, right after a centre admin revokes it', async () => {
    const award = await issue('Noor Bakker')
    // Seen (and so cached) in both languages first.
    for (const round of ['MISS', 'HIT']) {
      for (const [url, language] of [[award.verifyUrl, 'nl'], [award.verifyUrl, 'en'], [`${award.verifyUrl}?file=valid`, 'nl']] as const) {
        const seen = await page(url, language)
        expect(seen.state).toBe('valid')
        expect(seen.headers.get('x-nextjs-cache')).toBe(round)
      }
    }
    const revoked = await json<{ doc: { revokedAt: string } }>(await api.request(CENTRE_ADMIN, 'POST', `/api/awards/${award.id}/revoke`, { reason: 'Uitgereikt aan de verkeerde deelnemer' }), 'revoke')
    const [year, month, day] = revoked.doc.revokedAt.slice(0, 10).split('-')
    const dutch = await page(award.verifyUrl)
    expect(dutch).toMatchObject({ status: 200, state: 'revoked' })
    expect(dutch.text).toContain(`Ingetrokken op ${day}-${month}-${year}`)
    expect(dutch.text).not.toContain('verkeerde deelnemer')
    const english = await page(award.verifyUrl, 'en')
    expect(english.state).toBe('revoked')
    expect(english.text).toContain(`Revoked on ${day}-${month}-${year}`)
    expect((await page(`${award.verifyUrl}?file=valid`)).state).toBe('revoked')
  }, 180_000)

  it('answers 404 with the "unknown" page for an id it does not know, in either language', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-credential']) {
      const dutch = await page(`${cms.baseUrl}/verify/${id}`)
      expect(dutch).toMatchObject({ status: 404, state: 'unknown' })
      expect(dutch.text).toContain('Dit certificaat is bij ons niet bekend')
      expect(dutch.html).toContain('<main lang="nl"')
      const english = await page(`${cms.baseUrl}/verify/${id}?lang=en`)
      expect(english).toMatchObject({ status: 404, state: 'unknown' })
      expect(english.text).toContain('We do not know this certificate')
      expect(english.html).toContain('href="?lang=nl"')
    }
  }, 60_000)

  it('shows the outcome of an uploaded file next to the credential\'s state', async () => {
    const award = await issue('Amal Haddad')
    const pdf = await (await api.request(COACH, 'GET', `/api/awards/${award.id}/pdf`)).arrayBuffer()
    const form = new FormData()
    form.set('file', new Blob([pdf], { type: 'application/pdf' }), 'certificate.pdf')
    form.set('lang', 'en')
    const answer = await fetch(`${cms.baseUrl}/verify/check`, { method: 'POST', body: form, redirect: 'manual' })
    expect(answer.status).toBe(303)
    const location = answer.headers.get('location')!
    expect(location).toBe(`${cms.baseUrl}/verify/${award.credentialId}?file=valid&lang=en`)
    const shown = await page(location)
    expect(shown).toMatchObject({ status: 200, state: 'valid' })
    expect(shown.text).toContain('The uploaded file is genuine')
    // Without an outcome, the same page has none.
    expect((await page(award.verifyUrl, 'en')).text).not.toContain('The uploaded file')
    const upload = await page(`${cms.baseUrl}/verify?file=unreadable`)
    expect(upload.status).toBe(200)
    expect(upload.text).toContain('Het geüploade bestand bevat geen credential')
  }, 180_000)

  it('no longer shows the name once the participant\'s data is erased', async () => {
    const award = await issue('Daan Visser')
    expect((await page(award.verifyUrl)).text).toContain('Daan Visser')
    // The last test: it erases the participant the others issue to.
    expect((await api.request(CENTRE_ADMIN, 'POST', `/api/participants/${participant}/erase`)).status).toBe(200)
    const after = await page(award.verifyUrl)
    expect(after.text).not.toContain('Daan Visser')
  }, 180_000)
})
