// The admin UI in a real browser (Debian's chromium through playwright-core), with every request
// outside localhost blocked: logging in, Dutch labels, and a ladder rule edited in the offline
// JSON textarea whose validation issue appears on its own field.
import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCmsProcess, type CmsProcess } from '../support/cms/startCmsProcess'

let cms: CmsProcess
let browser: Browser
let page: Page
const outside: string[] = []

beforeAll(async () => {
  cms = await startCmsProcess('e2e')
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
  page = await browser.newPage({ locale: 'nl-NL' })
  // Offline: the admin must not need anything from the internet (no CDN editors, no avatars).
  await page.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url())
    if (hostname === 'localhost' || hostname === '127.0.0.1') return route.continue()
    outside.push(route.request().url())
    return route.abort()
  })
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await cms?.cleanUp()
}, 30_000)

/** Opens a folded "Geavanceerd" section (retrying until the page has hydrated) and waits for `inside`. */
const openFolded = async (page: Page, collapsible: string, inside: Locator): Promise<void> => {
  for (let attempt = 1; ; attempt++) {
    await page.locator(`${collapsible} .collapsible__toggle`).first().click({ timeout: 90_000 })
    try {
      await inside.waitFor({ timeout: 15_000 })
      return
    } catch (error) {
      if (attempt === 5) throw error
    }
  }
}

describe('the admin UI', () => {
  it('logs an admin in and shows the collections in Dutch', async () => {
    await page.goto(`${cms.baseUrl}/admin/login`)
    await page.fill('input[name="email"]', 'admin@demo.doorstart.nl')
    await page.fill('input[name="password"]', 'doorstart-demo')
    await page.click('button[type="submit"]')
    await page.waitForURL(`${cms.baseUrl}/admin`, { timeout: 90_000 })
    await page.getByText('Deelnemers').first().waitFor({ state: 'visible', timeout: 60_000 })
  }, 120_000)

  // The rule sits folded under "Geavanceerd"; a page the server rendered may fold it again when it
  // hydrates, so the test opens it again before typing when needed.
  it('edits a ladder rule as JSON text and shows its validation issue on the field', async () => {
    await page.goto(`${cms.baseUrl}/admin/collections/ladders?where[ladderId][equals]=werknemersvaardigheden`)
    // Follow the link's address rather than clicking it (see the curriculum test below).
    // Titled for people: the Dutch title and the version, not the ladder id.
    const href = await page.getByRole('link', { name: 'Werknemersvaardigheden · versie 2026.1' }).first().getAttribute('href', { timeout: 90_000 })
    expect(href).toMatch(/\/admin\/collections\/ladders\//)
    await page.goto(new URL(href!, cms.baseUrl).toString())
    // Ids and rules sit folded away under "Geavanceerd"; the criterion's title says it in words.
    const rule = page.locator('textarea[data-testid="json-textarea-rungs.1.criteria.0.rule"]')
    const definition = page.locator('textarea[data-testid="json-textarea-definition"]')
    expect(await rule.count()).toBe(0)
    await openFolded(page, '#field-collapsible-rungs__1__criteria__0___index-2', rule)
    await openFolded(page, '[id^="field-collapsible-_index-"]', definition)
    expect(JSON.parse(await rule.inputValue())).toBeTruthy()
    // The whole definition, in the library's format, in its own offline JSON box.
    expect(JSON.parse(await definition.inputValue()).id).toBe('werknemersvaardigheden')
    // The message sits on the rule's own field, not only in the toast. A page that the server
    // rendered can take a while to hydrate on a busy machine; until then typing and saving do
    // nothing, so try again.
    const issue = page.locator('div.json-textarea', { has: rule }).getByText(/unknown-operator/).first()
    for (let attempt = 1; ; attempt++) {
      // Hydration can fold the section again: open it once more if so.
      if (!(await rule.isVisible())) await openFolded(page, '#field-collapsible-rungs__1__criteria__0___index-2', rule)
      await rule.fill('{ "sum": [1, 2] }', { timeout: 15_000 })
      await page.keyboard.press('Control+s')
      try {
        await issue.waitFor({ state: 'attached', timeout: 20_000 })
        break
      } catch (error) {
        if (attempt === 4) throw error
      }
    }
  }, 240_000)

  it('opens a curriculum with its rich-text modules in the Lexical editor', async () => {
    await page.goto(`${cms.baseUrl}/admin/collections/curricula`)
    // Follow the link's address: a click can land before the development server has hydrated the
    // list, and then nothing happens.
    const href = await page.getByRole('link', { name: 'Horeca basis' }).first().getAttribute('href', { timeout: 90_000 })
    expect(href).toMatch(/\/admin\/collections\/curricula\//)
    await page.goto(new URL(href!, cms.baseUrl).toString())
    await page.locator('[contenteditable="true"]').first().waitFor({ timeout: 90_000 })
    await page.getByText('Eerst plaatsen, dan leren').first().waitFor({ timeout: 30_000 })
  }, 240_000)

  it('speaks Dutch to an English browser, and English once the user chooses it in their account', async () => {
    const english = await browser.newPage({ locale: 'en-GB', extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.9' } })
    await english.route('**/*', (route) =>
      ['localhost', '127.0.0.1'].includes(new URL(route.request().url()).hostname) ? route.continue() : route.abort(),
    )
    await english.goto(`${cms.baseUrl}/admin/login`)
    await english.getByRole('button', { name: 'Inloggen' }).waitFor({ timeout: 90_000 })
    await english.fill('input[name="email"]', 'coach.pluspunt@demo.doorstart.nl')
    await english.fill('input[name="password"]', 'doorstart-demo')
    await english.click('button[type="submit"]')
    await english.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 90_000 })
    await english.getByText('Deelnemers').first().waitFor({ state: 'visible', timeout: 60_000 })
    // The account's language choice (Payload keeps it in its language cookie) wins over the default.
    await english.goto(`${cms.baseUrl}/admin/account`)
    const picker = english.locator('.payload-settings__language .react-select, #field-language, [id*="language"]').first()
    await picker.waitFor({ timeout: 90_000 })
    for (let attempt = 1; ; attempt++) {
      await picker.click()
      try {
        await english.getByText('English', { exact: true }).first().click({ timeout: 10_000 })
        await english.waitForFunction(() => document.cookie.includes('payload-lng=en'), undefined, { timeout: 20_000 })
        break
      } catch (error) {
        if (attempt === 4) throw error
      }
    }
    await english.goto(`${cms.baseUrl}/admin/collections/participants`)
    await english.getByText('Participants').first().waitFor({ state: 'visible', timeout: 60_000 })
    await english.close()
  }, 240_000)

  it('asked nothing from outside localhost', () => {
    expect(outside).toEqual([])
  })
})
