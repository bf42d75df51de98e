// The coach's day in a real browser (Debian's chromium through playwright-core), offline: the
// Rotterdam coach logs in to the worklist, opens a participant, records a new assessment through
// the generated form (a wrong value is refused with the field named in Dutch) and reads its
// explanation, records a review, types a Dutch date into a Payload date field, prints the week
// plan (checked with pdftotext); a work supervisor records an observation on a phone.
// With DOORSTART_SCREENSHOTS=<folder> it saves the screenshots of docs/coach-guide.md there.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCmsProcess, type CmsProcess } from '../support/cms/startCmsProcess'

const root = path.resolve(import.meta.dirname, '../..')
const screenshots = process.env.DOORSTART_SCREENSHOTS ? path.resolve(root, process.env.DOORSTART_SCREENSHOTS) : null

let cms: CmsProcess
let browser: Browser
let coach: BrowserContext
let page: Page
let participantUrl = ''
const outside: string[] = []

const offline = async (context: BrowserContext): Promise<void> => {
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url())
    if (hostname === 'localhost' || hostname === '127.0.0.1') return route.continue()
    outside.push(route.request().url())
    return route.abort()
  })
}

const shoot = async (target: Page, name: string): Promise<void> => {
  if (!screenshots) return
  mkdirSync(screenshots, { recursive: true })
  await target.waitForTimeout(500)
  await target.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true })
}

const logIn = async (target: Page, baseUrl: string, email: string): Promise<void> => {
  await target.goto(`${baseUrl}/admin/login`)
  await target.fill('input[name="email"]', email, { timeout: 120_000 })
  await target.fill('input[name="password"]', 'doorstart-demo')
  await target.click('button[type="submit"]')
  await target.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 120_000 })
}

/**
 * A GET from inside the page, as the browser sends it (same-origin, with the session cookie):
 * Payload refuses a cookie on a request that names no origin, as a script outside the browser would.
 */
const getInPage = async (target: Page, url: string): Promise<{ status: number; type: string; body: Buffer }> => {
  const got = await target.evaluate(async (address) => {
    const response = await fetch(address)
    const bytes = new Uint8Array(await response.arrayBuffer())
    let binary = ''
    for (const byte of bytes) binary += String.fromCharCode(byte)
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: btoa(binary) }
  }, url)
  return { ...got, body: Buffer.from(got.body, 'base64') }
}

/** Retries an action until the page has hydrated (a server-rendered page ignores clicks until then). */
const untilItWorks = async (action: () => Promise<void>, attempts = 5): Promise<void> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action()
    } catch (error) {
      if (attempt === attempts) throw error
    }
  }
}

describe('in the browser', () => {
beforeAll(async () => {
  cms = await startCmsProcess('coach-day')
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
  // An English browser: the admin must still speak Dutch.
  coach = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.9' }, viewport: { width: 1280, height: 900 } })
  await offline(coach)
  page = await coach.newPage()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await cms?.cleanUp()
}, 30_000)

describe('the coach’s day', () => {
  it('shows the Rotterdam coach the worklist as the dashboard, in Dutch', async () => {
    await logIn(page, cms.baseUrl, 'coach.rotterdam@demo.doorstart.nl')
    const worklist = page.getByTestId('worklist')
    await worklist.waitFor({ timeout: 120_000 })
    await page.getByRole('heading', { name: 'Werklijst' }).waitFor()
    // Every row links to its action.
    const actions = worklist.locator('tbody tr td:last-child a')
    expect(await actions.count()).toBeGreaterThan(0)
    for (const href of await actions.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      expect(href).toMatch(/^\/admin\/collections\/(participants|trajectories)\/\d+/)
    }
    await shoot(page, 'coach-werklijst')
    participantUrl = new URL((await worklist.locator('tbody tr td:first-child a').first().getAttribute('href'))!, cms.baseUrl).toString()
    expect(participantUrl).toMatch(/\/overzicht$/)
  }, 300_000)

  it('opens the participant page with the next actions one click away', async () => {
    await page.goto(participantUrl)
    const overview = page.getByTestId('participant-overview')
    await overview.waitFor({ timeout: 120_000 })
    for (const name of ['Nieuwe meting', 'Evaluatie vastleggen', 'Weekplan printen']) {
      await overview.getByRole('link', { name }).waitFor()
    }
    await overview.getByTestId('trajectory-status').waitFor()
    await shoot(page, 'coach-deelnemer')
  }, 180_000)

  it('records a new assessment through the generated form and explains it, unknown as "bewijs ontbreekt"', async () => {
    await page.goto(participantUrl.replace(/\/overzicht$/, '/nieuwe-meting'))
    const form = page.getByTestId('assessment-form')
    await form.waitFor({ timeout: 120_000 })
    // The centre's default ladder is preselected.
    expect(await form.locator('#ladder option:checked').innerText()).toMatch(/\(standaard\)/)
    const field = form.locator('[data-fact]:has(input[inputmode="decimal"])').first()
    const number = field.locator('input[inputmode="decimal"]')
    // The label without its help line (unit, where the value came from).
    const label = await field.locator('label').first().evaluate((element) => element.firstChild?.textContent?.trim() ?? '')
    await untilItWorks(async () => {
      await number.fill('veel')
      await form.getByRole('button', { name: 'Opslaan' }).click()
      await form.getByTestId('form-errors').getByText(`Vul bij “${label}” een getal in.`).waitFor({ timeout: 15_000 })
    })
    // A list (kinds of support) can be answered "geen": nothing ticked stays unknown.
    await form.locator('[data-fact="paidWork.support"]').getByLabel('geen', { exact: true }).waitFor()
    await shoot(page, 'coach-nieuwe-meting')
    await number.fill('12')
    await form.getByRole('button', { name: 'Opslaan' }).click()
    await page.waitForURL(/\/overzicht\?opgeslagen=meting$/, { timeout: 120_000 })
    await page.getByText('De meting is opgeslagen.').waitFor({ timeout: 60_000 })
    const explanation = page.getByTestId('assessment-explanation')
    await explanation.waitFor()
    // Only one fact was filled in: what is not known is missing evidence, never a failure.
    expect(await explanation.locator('[data-outcome="unknown"]').count()).toBeGreaterThan(0)
    await explanation.getByText('bewijs ontbreekt').first().waitFor()
    await page.getByTestId('rung-chart').waitFor()
    await shoot(page, 'coach-meting-uitgelegd')
  }, 300_000)

  it('records a review in one form', async () => {
    await page.goto(participantUrl)
    await page.getByTestId('participant-overview').getByRole('link', { name: 'Evaluatie vastleggen' }).click({ timeout: 120_000 })
    const form = page.getByTestId('review-form')
    await form.waitFor({ timeout: 120_000 })
    await untilItWorks(async () => {
      await form.getByLabel('Doorgaan').check({ timeout: 15_000 })
      expect(await form.getByLabel('Doorgaan').isChecked()).toBe(true)
    })
    await form.locator('#reviewedOn').fill('01-12-2026')
    await form.locator('#note').fill('Gaat goed in de keuken; volgende keer op tijd beginnen oefenen.')
    await shoot(page, 'coach-evaluatie')
    await form.getByRole('button', { name: 'Opslaan' }).click()
    await page.waitForURL(/\/overzicht\?opgeslagen=evaluatie$/, { timeout: 120_000 })
    await page.getByTestId('reviews').getByText('01-12-2026').first().waitFor({ timeout: 60_000 })
  }, 300_000)

  it('reads a typed date in a Payload date field as dd-mm-jjjj: 01-12-2026 is 1 December', async () => {
    const details = participantUrl.replace(/\/overzicht$/, '')
    await page.goto(details)
    const input = page.locator('#field-startDate input')
    await input.waitFor({ timeout: 120_000 })
    await untilItWorks(async () => {
      await input.fill('01-12-2026')
      await page.keyboard.press('Escape')
      await page.keyboard.press('Control+s')
      await page.waitForResponse((response) => response.url().includes('/api/participants/') && response.request().method() === 'PATCH', { timeout: 20_000 })
    })
    const id = details.split('/').pop()
    const saved = await getInPage(page, `/api/participants/${id}?depth=0`)
    expect((JSON.parse(saved.body.toString()) as { startDate: string }).startDate.slice(0, 10)).toBe('2026-12-01')
    await page.reload()
    expect(await page.locator('#field-startDate input').inputValue({ timeout: 120_000 })).toBe('01-12-2026')
  }, 300_000)

  it('prints the week plan as a PDF', async () => {
    await page.goto(participantUrl)
    const link = page.getByTestId('participant-overview').getByRole('link', { name: 'Weekplan printen' })
    const href = await link.getAttribute('href', { timeout: 120_000 })
    expect(href).toMatch(/\/api\/participants\/\d+\/week-plan\?week=\d{4}-W\d{2}$/)
    const response = await getInPage(page, href!)
    expect(response.status).toBe(200)
    expect(response.type).toContain('application/pdf')
    const file = path.join(tmpdir(), `week-plan-${process.pid}.pdf`)
    writeFileSync(file, response.body)
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString()
    expect(text).toContain('Werkweekagenda')
    expect(text).toMatch(/Week \d+ \(2026\)/)
    // The participant's week: the work at their workplace and the coach talk everyone has.
    expect(text).toMatch(/Werken in de (keuken|stadstuin)/)
    expect(text).toContain('Gesprek met de werkcoach')
  }, 180_000)

  it('reads the assessments list in words: ladder and rung by title, ja/nee', async () => {
    await page.goto(`${cms.baseUrl}/admin/collections/assessments`)
    const table = page.locator('.table table')
    // Relationship cells fetch their titles after the table is drawn.
    await table.getByText(/Participatieladder · versie \d{4}\.\d/).first().waitFor({ timeout: 120_000 })
    const text = await table.innerText()
    expect(text).toMatch(/Participatieladder · versie \d{4}\.\d/)
    expect(text).toMatch(/Trede \d: /)
    expect(text).toMatch(/\bja\b/)
    expect(text).not.toMatch(/\b(waar|onwaar|onbetaald-werk|sociale-contacten)\b/)
    // Who created it is left out when nobody is known, not shown as an empty picker.
    await page.goto(`${cms.baseUrl}/admin/collections/workplaces`)
    await page.locator('.table table tbody tr a').first().click({ timeout: 120_000 })
    await page.locator('#field-name').waitFor({ timeout: 120_000 })
    expect(await page.getByText('Aangemaakt door', { exact: true }).count()).toBe(0)
    expect(await page.getByText('Laatst gewijzigd door', { exact: true }).count()).toBe(0)
  }, 300_000)

  it('works at 127.0.0.1 as well as localhost', async () => {
    const other = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await offline(other)
    const page127 = await other.newPage()
    await logIn(page127, cms.baseUrl.replace('127.0.0.1', 'localhost'), 'coach.rotterdam@demo.doorstart.nl')
    await page127.getByTestId('worklist').waitFor({ timeout: 120_000 })
    await other.close()
  }, 300_000)
})

describe('the work supervisor', () => {
  it('records an observation on a phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'nl-NL' })
    await offline(phone)
    const mobile = await phone.newPage()
    await logIn(mobile, cms.baseUrl, 'werkbegeleider.rotterdam@demo.doorstart.nl')
    const form = mobile.getByTestId('observation-form')
    await form.waitFor({ timeout: 120_000 })
    await untilItWorks(async () => {
      const participant = form.locator('#participant')
      const first = await participant.locator('option').nth(1).getAttribute('value', { timeout: 15_000 })
      await participant.selectOption(first!)
      const goal = await form.locator('#learningGoal option').nth(1).getAttribute('value', { timeout: 15_000 })
      await form.locator('#learningGoal').selectOption(goal!)
    })
    await form.getByLabel('goed', { exact: true }).check()
    await form.locator('#note').fill('Werkplek netjes achtergelaten.')
    await shoot(mobile, 'werkbegeleider-observatie')
    // Nothing sticks out sideways on a phone.
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await form.getByRole('button', { name: 'Opslaan' }).click()
    await mobile.getByText('Observatie opgeslagen. Dank je!').waitFor({ timeout: 60_000 })
    // A participant's page shows the supervisor what they may read: the learning goals and the
    // observations, not a false "Nog geen meting" or "Nog geen traject" for what only the coach reads.
    const { body } = await getInPage(mobile, '/api/participants?limit=1&depth=0')
    const [own] = (JSON.parse(body.toString()) as { docs: { id: number }[] }).docs
    await mobile.goto(`${cms.baseUrl}/admin/collections/participants/${own!.id}/overzicht`)
    const overview = mobile.getByTestId('participant-overview')
    await overview.getByRole('heading', { name: 'Recente observaties' }).waitFor({ timeout: 120_000 })
    await overview.getByRole('heading', { name: 'Leerdoelen' }).waitFor()
    for (const text of ['Nog geen meting', 'Nog geen traject', 'Nog geen evaluaties']) expect(await overview.getByText(text).count()).toBe(0)
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await phone.close()
  }, 300_000)

  it('asked nothing from outside localhost', () => {
    expect(outside).toEqual([])
  })
})
})
