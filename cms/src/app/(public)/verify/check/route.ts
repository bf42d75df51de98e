// POST /verify/check: an uploaded certificate PDF or credential file, checked on its own
// signature and status; answers with the verification page of that credential.
import config from '@payload-config'
import { getPayload } from 'payload'
import { serverUrlOf } from '../../../../issuer/issuerDid'
import { checkUploadedFile } from '../../../../verify/checkCredential'

export const dynamic = 'force-dynamic'

const MAX_BYTES = 5 * 1024 * 1024

export async function POST(request: Request): Promise<Response> {
  const base = serverUrlOf(request.headers)
  const lang = new URL(request.url).searchParams.get('lang') === 'en' ? '&lang=en' : ''
  const form = await request.formData().catch(() => null)
  const file = form?.get('file')
  const language = form?.get('lang') === 'en' ? '&lang=en' : lang
  if (!file || typeof file === 'string' || file.size === 0 || file.size > MAX_BYTES) {
    return Response.redirect(`${base}/verify?file=unreadable${language}`, 303)
  }
  const checked = await checkUploadedFile(await getPayload({ config }), new Uint8Array(await file.arrayBuffer()))
  const outcome = `file=${checked.outcome}${checked.code ? `&code=${encodeURIComponent(checked.code)}` : ''}${language}`
  return Response.redirect(checked.credentialId ? `${base}/verify/${encodeURIComponent(checked.credentialId)}?${outcome}` : `${base}/verify?${outcome}`, 303)
}
