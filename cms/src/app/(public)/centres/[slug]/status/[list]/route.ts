import config from '@payload-config'
import { getPayload } from 'payload'
import { serveStatusList } from '../../../../../../issuer/publicRoutes'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; list: string }> }): Promise<Response> {
  const { slug, list } = await params
  return serveStatusList(await getPayload({ config }), request, slug, list)
}
