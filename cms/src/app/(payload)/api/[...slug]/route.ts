/* Payload's REST routes, behind Doorstart's request checks (cms/src/protection/guardApiRequest.ts):
 * paging parameters, body size and shape are checked before Payload parses anything. */
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { withApiGuards } from '../../../../protection/guardApiRequest'

export const GET = withApiGuards(REST_GET(config))
export const POST = withApiGuards(REST_POST(config))
export const DELETE = withApiGuards(REST_DELETE(config))
export const PATCH = withApiGuards(REST_PATCH(config))
export const PUT = withApiGuards(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
