import { headers } from 'next/headers'
import React from 'react'
import type { VerificationState } from '../../../verify/checkCredential'
import { VerifyPage } from '../../../verify/VerifyPage'
import { verifyLanguageOf } from '../../../verify/verifyTexts'

export const dynamic = 'force-dynamic'

const STATES: VerificationState[] = ['valid', 'revoked', 'expired', 'not-yet-valid', 'invalid', 'unknown']

export default async function VerifyUploadPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }): Promise<React.ReactElement> {
  const query = await searchParams
  const language = verifyLanguageOf(query.lang, (await headers()).get('accept-language'))
  const outcome = STATES.find((state) => state === query.file) ?? (query.file ? 'unknown' : undefined)
  return <VerifyPage language={language} path="/verify" {...(outcome ? { file: { outcome } } : {})} />
}
