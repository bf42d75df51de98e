import config from '@payload-config'
import { getPayload } from 'payload'
import { serveDidDocument } from '../../../../../issuer/publicRoutes'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return serveDidDocument(await getPayload({ config }), request, (await params).slug)
}
