// /verify/<credentialId> in Dutch (rewritten here from the public address): served from Next.js's cache, see verify/verifyRoute.tsx.
import type React from 'react'
import { renderVerifyPage } from '../../../../../verify/verifyRoute'

// Literals, as Next.js reads them from this file: VERIFY_PAGE_REVALIDATE_SECONDS.
export const revalidate = 30
export const dynamicParams = true
export const generateStaticParams = (): { credentialId: string }[] => []

export default async function VerifyCredentialPage({ params }: { params: Promise<{ credentialId: string }> }): Promise<React.ReactElement> {
  return renderVerifyPage('nl', await params)
}
