/* Payload's GraphQL route, behind Doorstart's request checks (cms/src/protection/guardApiRequest.ts):
 * body size, one operation per request, auth mutations alone, no field suggestions in production. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { getPayload } from 'payload'
import { isDatabaseReachable } from '../../../../health/isDatabaseReachable'
import { withApiGuards } from '../../../../protection/guardApiRequest'

export const POST = withApiGuards(GRAPHQL_POST(config), {
  graphql: true,
  databaseReachable: async () => isDatabaseReachable(await getPayload({ config })),
})

export const OPTIONS = REST_OPTIONS(config)
