// How long the verification page's cached renderings are kept: never longer than the status
// list's cache lifetime. (The page over HTTP from the production server, its addresses and
// languages: test/e2e/cmsVerifyPage.test.ts.)
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { STATUS_LIST_MAX_AGE_SECONDS } from '../../cms/src/issuer/statusListMaxAge'
import { VERIFY_PAGE_REVALIDATE_SECONDS } from '../../cms/src/verify/verifyPageCache'

const cms = path.resolve(import.meta.dirname, '../../cms')

describe('the cached pages\' lifetime', () => {
  it('is regenerated within, and never served beyond, the status list\'s cache lifetime', async () => {
    const { default: nextConfig } = (await import('../../cms/next.config.mjs')) as { default: { expireTime?: number; experimental?: { isrFlushToDisk?: boolean } } }
    expect(nextConfig.expireTime).toBe(STATUS_LIST_MAX_AGE_SECONDS)
    expect(nextConfig.experimental?.isrFlushToDisk).toBe(false)
    expect(VERIFY_PAGE_REVALIDATE_SECONDS).toBeLessThan(STATUS_LIST_MAX_AGE_SECONDS)
    // Next.js reads `revalidate` as a literal from each page file.
    for (const page of ['nl/page.tsx', 'en/page.tsx', 'nl/file/[outcome]/page.tsx', 'en/file/[outcome]/page.tsx']) {
      const source = readFileSync(path.join(cms, 'src/app/(public)/verify/[credentialId]', page), 'utf8')
      expect(source, page).toContain(`export const revalidate = ${VERIFY_PAGE_REVALIDATE_SECONDS}\n`)
      expect(source, page).not.toMatch(/force-dynamic|headers\(\)|searchParams/)
    }
  })
})
