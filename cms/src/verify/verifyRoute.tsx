// The public verification page, `/verify/<credentialId>`, as Next.js serves it: rewrites
// (verifyRewrites.mjs) take the public address to `/verify/<id>/<nl|en>` (the language from `?lang=`,
// else Accept-Language, else Dutch), and to `/verify/<id>/<nl|en>/file/<outcome>` when an uploaded
// file's outcome is to be shown. Those pages are rendered on the first visit and served from
// Next.js's cache afterwards, so that a visit costs no rendering and no database query:
// - a rendering checks the credential afresh (not from the outcome remembered in this process);
// - it is regenerated in the background after VERIFY_PAGE_REVALIDATE_SECONDS (verifyPageCache.ts)
//   and never served older than the status list's cache lifetime (`expireTime` in
//   next.config.mjs): a revocation made on another server shows within that lifetime, as it does
//   for any verifier;
// - a revocation, an erasure or any change of the award on this server expires its pages at once
//   (verificationCache.ts → verifyPageCache.ts);
// - outcomes that may change any moment (an unknown id about to be issued, a status list that
//   could not be read) and renderings that overlapped a change are kept for a second only.
// An unknown id answers 404 with the "unknown" page. Next.js renders a not-found.tsx only in the
// browser (with JavaScript), unless notFound() is called inside a Suspense boundary: then the
// server's HTML holds the boundary's fallback, which is that same "unknown" page.
import config from '@payload-config'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import React, { Suspense } from 'react'
import { CACHEABLE, checkCredentialId, credentialIdOf, isCredentialId, type VerificationState } from './checkCredential'
import { verificationGeneration } from './verificationCache'
import { tagVerifyPage } from './verifyPageCache'
import { VerifyPage } from './VerifyPage'
import type { VerifyLanguage } from './verifyTexts'

/** Seconds an outcome that may change any moment is kept. */
const SHORT_LIFETIME_SECONDS = 1

export const VERIFICATION_STATES: readonly VerificationState[] = ['valid', 'revoked', 'expired', 'not-yet-valid', 'invalid', 'unknown']

export interface VerifyRouteParams {
  credentialId: string
  outcome?: string
}

/** The page of one credential in one language, with an uploaded file's outcome if given. */
export const renderVerifyPage = (language: VerifyLanguage, params: VerifyRouteParams): React.ReactElement => (
  <Suspense fallback={<UnknownCredentialPage language={language} />}>
    <CredentialPage language={language} params={params} />
  </Suspense>
)

const CredentialPage = async ({ language, params }: { language: VerifyLanguage; params: VerifyRouteParams }): Promise<React.ReactElement> => {
  const outcome = params.outcome === undefined ? undefined : VERIFICATION_STATES.find((state) => state === params.outcome)
  if (params.outcome !== undefined && !outcome) notFound()
  const credentialId = credentialIdOf(params.credentialId)
  if (!isCredentialId(credentialId)) {
    // Never a credential of ours, now or later.
    await tagVerifyPage(null)
    if (!outcome) notFound()
    return <VerifyPage language={language} view={{ state: 'unknown', credentialId }} path={`/verify/${encodeURIComponent(credentialId)}`} file={{ outcome }} />
  }
  const generation = verificationGeneration()
  const view = await checkCredentialId(await getPayload({ config }), credentialId, { fresh: true })
  const settled = CACHEABLE.has(view.state) && verificationGeneration() === generation
  await tagVerifyPage(view.credentialId, settled ? undefined : SHORT_LIFETIME_SECONDS)
  // With a file's outcome, the page still says what the file was found to be.
  if (view.state === 'unknown' && !outcome) notFound()
  return <VerifyPage language={language} view={view} path={`/verify/${encodeURIComponent(view.credentialId)}`} {...(outcome ? { file: { outcome } } : {})} />
}

/** The 404 page of an unknown credential: the "unknown" state, and the language switch. */
export const UnknownCredentialPage = ({ language }: { language: VerifyLanguage }): React.ReactElement => (
  // The address is the visitor's own (`/verify/<id>`): the switch only changes its `?lang=`.
  <VerifyPage language={language} view={{ state: 'unknown', credentialId: '' }} path="" />
)
