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
import { getPayload } from 'payload'
import { isDatabaseReachable } from '../../../../health/isDatabaseReachable'
import { withApiGuards } from '../../../../protection/guardApiRequest'

const guards = { databaseReachable: async () => isDatabaseReachable(await getPayload({ config })) }

export const GET = withApiGuards(REST_GET(config), guards)
export const POST = withApiGuards(REST_POST(config), guards)
export const DELETE = withApiGuards(REST_DELETE(config), guards)
export const PATCH = withApiGuards(REST_PATCH(config), guards)
export const PUT = withApiGuards(REST_PUT(config), guards)
export const OPTIONS = REST_OPTIONS(config)
