// The issuer's public documents, served outside the admin and the REST API: the DID document a
// verifier resolves the centre's keys from, and the signed revocation list. No login; no
// personal data; a short cache lifetime so a revocation is seen within a minute.
import type { Payload } from 'payload'
import { didDocumentOf, findCentre, listAddressOf, signedStatusListOf } from './centreIssuer'
import { serverUrlOf } from './issuerDid'
import { STATUS_LIST_MAX_AGE_SECONDS } from './statusListMaxAge'

const notFound = (): Response => Response.json({ error: 'not-found' }, { status: 404, headers: { 'Cache-Control': 'no-store' } })

/** GET /centres/<slug>/did.json */
export const serveDidDocument = async (payload: Payload, request: Request, slug: string): Promise<Response> => {
  const centre = await findCentre(payload, { slug })
  if (!centre) return notFound()
  const document = await didDocumentOf(payload, centre, serverUrlOf(request.headers))
  return new Response(JSON.stringify(document, null, 2), {
    headers: { 'Content-Type': 'application/did+json', 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' },
  })
}

/** GET /centres/<slug>/status/1: the BitstringStatusListCredential, signed (Data Integrity). */
export const serveStatusList = async (payload: Payload, request: Request, slug: string, list: string): Promise<Response> => {
  if (list !== '1') return notFound()
  const centre = await findCentre(payload, { slug })
  if (!centre) return notFound()
  const published = await signedStatusListOf(payload, centre, listAddressOf(serverUrlOf(request.headers), slug))
  return new Response(JSON.stringify(published), {
    headers: { 'Content-Type': 'application/vc', 'Cache-Control': `public, max-age=${STATUS_LIST_MAX_AGE_SECONDS}`, 'Access-Control-Allow-Origin': '*' },
  })
}
