// An unknown credential id: 404 with the "unknown" page.
import type React from 'react'
import { UnknownCredentialPage } from '../../../../../verify/verifyRoute'

export default function UnknownCredential(): React.ReactElement {
  return <UnknownCredentialPage language="en" />
}
