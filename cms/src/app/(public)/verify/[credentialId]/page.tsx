import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'
import React from 'react'
import { checkCredentialId, type VerificationState } from '../../../../verify/checkCredential'
import { VerifyPage } from '../../../../verify/VerifyPage'
import { verifyLanguageOf } from '../../../../verify/verifyTexts'

export const dynamic = 'force-dynamic'

const STATES: VerificationState[] = ['valid', 'revoked', 'expired', 'not-yet-valid', 'invalid', 'unknown']

export default async function VerifyCredentialPage({
  params,
  searchParams,
}: {
  params: Promise<{ credentialId: string }>
  searchParams: Promise<Record<string, string | undefined>>
}): Promise<React.ReactElement> {
  const [{ credentialId }, query] = await Promise.all([params, searchParams])
  const language = verifyLanguageOf(query.lang, (await headers()).get('accept-language'))
  const view = await checkCredentialId(await getPayload({ config }), credentialId)
  const outcome = STATES.find((state) => state === query.file)
  return <VerifyPage language={language} view={view} path={`/verify/${encodeURIComponent(view.credentialId)}`} {...(outcome ? { file: { outcome } } : {})} />
}
