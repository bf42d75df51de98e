// Certificates in a real browser (Debian's chromium): a coach proposes one in the admin, the work
// supervisor approves it, the PDF downloads with the fields in it, its QR code leads to the
// public verification page, a centre admin revokes it and the page says so. Screenshots of each
// screen go to DOORSTART_SCREENSHOTS (a folder) when set.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCmsProcess, type CmsProcess } from '../support/cms/startCmsProcess'

let cms: CmsProcess
let browser: Browser
const contexts: BrowserContext[] = []
const outside: string[] = []
const shots = process.env.DOORSTART_SCREENSHOTS
const work = mkdtempSync(path.join(tmpdir(), 'doorstart-e2e-awards-'))
let awardUrl = ''
let verifyUrl = ''

const screenshot = async (page: Page, name: string): Promise<void> => {
  if (!shots) return
  mkdirSync(shots, { recursive: true })
  // After the relationships and dates have loaded ("Laden...").
  await page.waitForFunction(() => !document.body.innerText.includes('Laden...'), null, { timeout: 15_000 }).catch(() => undefined)
  await page.waitForTimeout(500)
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true })
}

const signedIn = async (email: string, locale = 'nl-NL'): Promise<Page> => {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 }, acceptDownloads: true })
  contexts.push(context)
  const page = await context.newPage()
  await page.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url())
    if (hostname === 'localhost' || hostname === '127.0.0.1') return route.continue()
    outside.push(route.request().url())
    return route.abort()
  })
  await page.goto(`${cms.baseUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', 'doorstart-demo')
  await page.click('button[type="submit"]')
  await page.waitForURL(`${cms.baseUrl}/admin`, { timeout: 120_000 })
  return page
}

/** Clicks once the development server has hydrated the page (until then a click does nothing). */
const clickUntil = async (page: Page, selector: string, done: () => Promise<unknown>): Promise<void> => {
  for (let attempt = 1; ; attempt++) {
    await page.locator(selector).first().click()
    try {
      await done()
      return
    } catch (error) {
      if (attempt === 5) throw error
    }
  }
}

beforeAll(async () => {
  cms = await startCmsProcess('e2e-awards')
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
}, 300_000)

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined)
  await browser?.close()
  await cms?.cleanUp()
}, 60_000)

describe('a certificate from proposal to revocation', () => {
  it('is proposed by a coach in the admin', async () => {
    const page = await signedIn('coach.rotterdam@demo.doorstart.nl')
    await page.goto(`${cms.baseUrl}/admin/collections/awards/create`)
    await page.locator('#field-recipient__name').waitFor({ timeout: 120_000 })
    // The participant: the first one the coach may choose.
    const participant = page.locator('#field-participant')
    for (let attempt = 1; ; attempt++) {
      await participant.locator('.rs__control').click()
      try {
        await page.locator('.rs__option').first().click({ timeout: 10_000 })
        break
      } catch (error) {
        if (attempt === 5) throw error
      }
    }
    // Prefill from what the participant achieved (a learning goal marked achieved, a rung reached).
    const prefill = page.getByTestId('award-prefill')
    await prefill.waitFor({ timeout: 30_000 })
    if ((await prefill.getByTestId('award-prefill-use').count()) > 0) {
      await prefill.getByTestId('award-prefill-use').first().click()
      await expect.poll(() => page.inputValue('#field-achievement__title'), { timeout: 10_000 }).not.toBe('')
      await screenshot(page, 'awards-prefill-nl')
    }
    await page.fill('#field-recipient__name', 'Zoë Çelik')
    await page.fill('#field-achievement__title', 'Keukenhulp in de wijkkeuken')
    // A multiple text field: type a sentence, press Enter.
    const competences = page.locator('.field-achievement__competences input.rs__input')
    for (const competence of ['Werkt hygiënisch volgens HACCP', 'Komt op tijd en meldt zich af']) {
      await competences.fill(competence)
      await competences.press('Enter')
    }
    await page.fill('#field-workplace', 'Keuken Huis van de Wijk')
    // Dates as a Dutch reader writes them.
    await page.fill('#field-period__from', '05-01-2026')
    await page.fill('#field-period__to', '26-06-2026')
    await screenshot(page, 'awards-propose-nl')
    await page.keyboard.press('Control+s')
    await page.waitForURL(/\/admin\/collections\/awards\/\d+/, { timeout: 60_000 })
    awardUrl = page.url()
    await page.getByTestId('award-status').getByText('Voorgesteld').waitFor({ timeout: 60_000 })
    // The coach cannot approve their own proposal: no button, and the server refuses it anyway.
    await page.getByTestId('award-four-eyes').getByText('vier ogen').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('award-approve').count()).toBe(0)
    const refused = await page.evaluate(async (url) => {
      const response = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: '{}' })
      return { status: response.status, body: (await response.json()) as { errors: { code: string; nl: string }[] } }
    }, `${awardUrl.replace(/\/admin\/collections\/awards\//, '/api/awards/')}/approve`)
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0]).toMatchObject({ code: 'four-eyes', nl: expect.stringContaining('vier ogen') })
    await screenshot(page, 'awards-proposed-nl')
  }, 300_000)

  it('is approved by the work supervisor and issued', async () => {
    const page = await signedIn('werkbegeleider.rotterdam@demo.doorstart.nl')
    await page.goto(awardUrl)
    await page.getByTestId('award-approve').waitFor({ timeout: 120_000 })
    await screenshot(page, 'awards-approve-nl')
    await clickUntil(page, '[data-testid="award-approve"]', () => page.getByTestId('award-pdf').waitFor({ timeout: 30_000 }))
    await page.getByTestId('award-status').getByText('Uitgegeven').waitFor({ timeout: 30_000 })
    await screenshot(page, 'awards-issued-nl')
    const download = page.waitForEvent('download')
    await page.getByTestId('award-pdf').click()
    const file = path.join(work, 'certificate.pdf')
    await (await download).saveAs(file)
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    for (const expected of ['Getuigschrift', 'Zoë Çelik', 'Keukenhulp in de wijkkeuken', 'Werkt hygiënisch volgens HACCP', 'Keuken Huis van de Wijk', 'Leer Praktijk Centrum Rotterdam-Zuid']) {
      expect(text).toContain(expected)
    }
    // The QR code's address, read from the rendered page (zbarimg) or else from the printed text.
    execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', file, path.join(work, 'page')])
    const image = path.join(work, 'page-1.png')
    verifyUrl = existsSync('/usr/bin/zbarimg')
      ? execFileSync('zbarimg', ['--quiet', '--raw', image], { encoding: 'utf8' }).trim()
      : /(http\S+\/verify\/\S+)/.exec(text.replace(/\s+\n\s*/g, ''))![1]!
    expect(verifyUrl).toMatch(new RegExp(`^${cms.baseUrl.replace('localhost', '(localhost|127\\.0\\.0\\.1)')}/verify/[0-9a-f-]{36}$`))
    expect(text.replace(/\s+/g, '')).toContain(verifyUrl)
    if (shots) writeFileSync(path.join(shots, 'awards-certificate-page-1.png'), execFileSync('cat', [image]))
  }, 300_000)

  it('shows as valid on the public verification page, without logging in', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    contexts.push(context)
    const page = await context.newPage()
    await page.goto(verifyUrl, { timeout: 120_000 })
    const state = page.getByTestId('verify-state')
    await state.waitFor({ timeout: 120_000 })
    expect(await state.getAttribute('data-state')).toBe('valid')
    const body = await page.locator('main').innerText()
    expect(body).toContain('Geldig')
    expect(body).toContain('Zoë Çelik')
    expect(body).toContain('Keukenhulp in de wijkkeuken')
    expect(body).toContain('Leer Praktijk Centrum Rotterdam-Zuid')
    expect(body).not.toMatch(/DS-[0-9A-Z]{8}/)
    await screenshot(page, 'awards-verify-valid-nl')
    // The uploaded PDF is checked too.
    await page.setInputFiles('input[type="file"]', path.join(work, 'certificate.pdf'))
    await page.getByRole('button', { name: 'Controleren' }).click()
    await page.getByTestId('file-outcome').getByText('echt').waitFor({ timeout: 60_000 })
    await page.goto(`${verifyUrl}?lang=en`)
    await page.getByTestId('verify-state').getByText('Valid').waitFor({ timeout: 60_000 })
    await screenshot(page, 'awards-verify-valid-en')
  }, 300_000)

  it('is revoked by a centre admin, and the page says so with the date', async () => {
    const page = await signedIn('beheer.rotterdam@demo.doorstart.nl')
    await page.goto(awardUrl)
    await page.getByTestId('award-revoke-reason').waitFor({ timeout: 120_000 })
    for (let attempt = 1; ; attempt++) {
      await page.getByTestId('award-revoke-reason').fill('Uitgereikt aan de verkeerde deelnemer')
      try {
        await page.getByTestId('award-revoke').click({ timeout: 10_000 })
        await page.getByTestId('award-status').getByText('Ingetrokken').waitFor({ timeout: 20_000 })
        break
      } catch (error) {
        if (attempt === 5) throw error
      }
    }
    await screenshot(page, 'awards-revoked-admin-nl')
    const visitor = await (await browser.newContext({ locale: 'nl-NL' })).newPage()
    contexts.push(visitor.context())
    await visitor.goto(verifyUrl)
    const state = visitor.getByTestId('verify-state')
    await state.waitFor({ timeout: 60_000 })
    expect(await state.getAttribute('data-state')).toBe('revoked')
    const body = await visitor.locator('main').innerText()
    expect(body).toContain('Ingetrokken op')
    expect(body).toMatch(/\d{2}-\d{2}-\d{4}/)
    expect(body).not.toContain('verkeerde deelnemer')
    await screenshot(visitor, 'awards-verify-revoked-nl')
  }, 300_000)

  it('asked nothing from outside localhost', () => {
    expect(outside).toEqual([])
  })
})
