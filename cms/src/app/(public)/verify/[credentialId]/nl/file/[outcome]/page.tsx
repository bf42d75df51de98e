// /verify/<credentialId>?file=<outcome> (after an upload, see verify/check/route.ts): the page with the file's outcome.
import type React from 'react'
import { renderVerifyPage } from '../../../../../../../verify/verifyRoute'

// Literals, as Next.js reads them from this file: VERIFY_PAGE_REVALIDATE_SECONDS.
export const revalidate = 30
export const dynamicParams = true
export const generateStaticParams = (): { credentialId: string; outcome: string }[] => []

export default async function VerifyCredentialFilePage({ params }: { params: Promise<{ credentialId: string; outcome: string }> }): Promise<React.ReactElement> {
  return renderVerifyPage('nl', await params)
}
