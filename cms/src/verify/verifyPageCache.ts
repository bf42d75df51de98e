// The verification page is served from Next.js's cache: rendered once per credential, language
// and file outcome, then kept (see verifyRoute.tsx for the lifetimes). Every rendering is tagged
// with its credential's id, so that a change of the award made on this server (a revocation, an
// erasure, any update through Payload) expires its pages before the change is answered.
import { revalidateTag, unstable_cache } from 'next/cache'

/**
 * Seconds before a cached rendering is regenerated (in the background, while the cached one is
 * still served). Each page file says it again as a literal, which is how Next.js reads it.
 */
export const VERIFY_PAGE_REVALIDATE_SECONDS = 30

/** Every verification page carries this tag (an erasure expires them all). */
export const VERIFY_PAGES_TAG = 'verify-pages'

/** The tag of one credential's pages. */
export const verifyPageTag = (credentialId: string): string => `verify-page:${credentialId.toLowerCase()}`

/**
 * Within a page's rendering: tags it with its credential and, given `lifetimeSeconds`, keeps it
 * no longer than that. (Next.js gathers the tags and the shortest lifetime of the cached calls a
 * rendering makes; the call itself caches nothing of interest.)
 */
export const tagVerifyPage = async (credentialId: string | null, lifetimeSeconds?: number): Promise<void> => {
  const tags = credentialId ? [VERIFY_PAGES_TAG, verifyPageTag(credentialId)] : [VERIFY_PAGES_TAG]
  await unstable_cache(async () => true, ['verify-page', ...tags, String(lifetimeSeconds ?? '')], { tags, ...(lifetimeSeconds ? { revalidate: lifetimeSeconds } : {}) })()
}

/**
 * Expires the cached pages of one credential (or, without an id, all of them): the next visitor
 * gets a fresh rendering. Only within a Next.js request (an API call): elsewhere (the job runner,
 * the CLI, tests on a plain HTTP server) the pages expire by their lifetime.
 */
export const expireVerifyPages = (credentialId?: string): void => {
  try {
    revalidateTag(credentialId ? verifyPageTag(credentialId) : VERIFY_PAGES_TAG, { expire: 0 })
  } catch {
    // Not in a Next.js request: no cache of this request to expire.
  }
}
