// The policy dashboard in a real browser (Debian's chromium through playwright-core), offline: a
// policy viewer lands on the reports, sees charts with a table under each, small counts as <5,
// and downloads a CSV with exactly the cells of the tables. Screenshots for docs/reports.md.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCmsProcess, type CmsProcess } from '../support/cms/startCmsProcess'

const shots = path.resolve(import.meta.dirname, '../../docs/screenshots')
let cms: CmsProcess
let browser: Browser

const signIn = async (language: 'nl' | 'en', email: string): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({ locale: language === 'nl' ? 'nl-NL' : 'en-GB', viewport: { width: 1280, height: 900 } })
  await context.addCookies([{ name: 'payload-lng', value: language, url: cms.baseUrl }])
  const page = await context.newPage()
  await page.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url())
    return hostname === 'localhost' || hostname === '127.0.0.1' ? route.continue() : route.abort()
  })
  await page.goto(`${cms.baseUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', 'doorstart-demo')
  await page.click('button[type="submit"]')
  return { context, page }
}

beforeAll(async () => {
  cms = await startCmsProcess('policy')
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
  mkdirSync(shots, { recursive: true })
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await cms?.cleanUp()
}, 30_000)

describe('the policy dashboard', () => {
  it('takes a policy viewer to the reports, in Dutch, with charts, tables and <5', async () => {
    const { context, page } = await signIn('nl', 'beleid@demo.doorstart.nl')
    await page.waitForURL(/\/admin\/rapportages/, { timeout: 120_000 })
    await page.getByRole('heading', { name: 'Rapportages' }).waitFor({ timeout: 90_000 })
    await page.locator('section[data-table="inflow"] svg.recharts-surface').first().waitFor({ timeout: 90_000 })
    expect(await page.locator('section[data-table] table').count()).toBeGreaterThanOrEqual(8)
    await page.locator('section[data-table]').getByText('<5').first().waitFor({ state: 'visible', timeout: 30_000 })
    await page.screenshot({ path: path.join(shots, 'reports-nl.png'), fullPage: false })
    await page.locator('section[data-table="refusals"]').scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(shots, 'reports-nl-refusals.png'), fullPage: false })

    // The CSV has exactly the cells of the tables on the page.
    const href = await page.locator('a[data-csv-link]').getAttribute('href')
    const csv = await page.evaluate(async (url) => (await fetch(url, { credentials: 'include' })).text(), href!)
    const shown = await page.$$eval('section[data-table]', (sections) =>
      sections.flatMap((section) => [
        '',
        section.querySelector('h3')!.textContent!,
        ...[...section.querySelectorAll('tr')].map((row) => [...row.querySelectorAll('th,td')].map((cell) => cell.textContent).join(';')),
      ]),
    )
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines.slice(1, -1).map((line) => line.replace(/^"(.*)"$/, '$1'))).toEqual(shown)

    // The demo's rung placements: its first assessments are about 330 days old.
    const day = (daysAgo: number): string => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('-')
    await page.fill('input[name="from"]', day(325))
    await page.fill('input[name="to"]', day(0))
    await page.getByRole('button', { name: 'Tonen' }).click()
    await page.getByRole('heading', { name: new RegExp(`${day(325)} t/m`) }).waitFor({ timeout: 60_000 })
    await page.locator('section[data-table="rung-transitions"]').scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(shots, 'reports-nl-rungs.png'), fullPage: false })

    // Dates are typed and shown as dd-mm-jjjj, whatever the browser's own date format.
    await page.fill('input[name="from"]', '1-1-2026')
    await page.fill('input[name="to"]', '30-06-2026')
    await page.getByRole('button', { name: 'Tonen' }).click()
    await page.getByRole('heading', { name: /01-01-2026 t\/m 30-06-2026/ }).waitFor({ timeout: 60_000 })
    expect(await page.inputValue('input[name="from"]')).toBe('01-01-2026')
    const periodCsv = await page.locator('a[data-csv-link]').getAttribute('href')
    expect(periodCsv).toContain('from=2026-01-01&to=2026-06-30')
    await page.fill('input[name="to"]', '31-02-2026')
    await page.getByRole('button', { name: 'Tonen' }).click()
    await page.getByRole('alert').getByText('dd-mm-jjjj').waitFor({ timeout: 60_000 })
    await context.close()
  }, 300_000)

  it('shows the same dashboard in English', async () => {
    const { context, page } = await signIn('en', 'beleid@demo.doorstart.nl')
    await page.waitForURL(/\/admin\/rapportages/, { timeout: 120_000 })
    await page.getByRole('heading', { name: 'Reports' }).waitFor({ timeout: 90_000 })
    await page.getByText('Inflow: referrals by source').waitFor({ timeout: 60_000 })
    await page.locator('section[data-table="inflow"] svg.recharts-surface').first().waitFor({ timeout: 90_000 })
    await page.screenshot({ path: path.join(shots, 'reports-en.png'), fullPage: false })
    await context.close()
  }, 300_000)
})
