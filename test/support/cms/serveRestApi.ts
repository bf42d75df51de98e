// Serves Payload's REST and GraphQL APIs over real HTTP with node:http, the way the Next.js route
// handlers do (the same guards, `handleEndpoints` and Payload's GraphQL handler), without starting
// Next.js. Like cms/scripts/server.mjs it passes the TCP peer address on to the application.
import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { Readable } from 'node:stream'
import { handleEndpoints, type SanitizedConfig } from 'payload'
import { withApiGuards } from '../../../cms/src/protection/guardApiRequest'

export const serveRestApi = async (
  config: SanitizedConfig | Promise<SanitizedConfig>,
  payloadInstanceCacheKey: string,
  port = 0,
): Promise<{ url: string; close: () => Promise<void> }> => {
  process.env.DOORSTART_PEER_TOKEN ||= randomBytes(16).toString('hex')
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const graphql = withApiGuards(GRAPHQL_POST(config), { graphql: true })
  const rest = withApiGuards((request: Request) => handleEndpoints({ config, request, payloadInstanceCacheKey }))
  const server: Server = createServer(async (incoming, outgoing) => {
    const headers = new Headers()
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (typeof value === 'string') headers.set(name, value)
    }
    headers.set('x-doorstart-peer', `${incoming.socket.remoteAddress ?? ''};${process.env.DOORSTART_PEER_TOKEN}`)
    headers.set('x-doorstart-forwarded-for', headers.get('x-forwarded-for') ?? '')
    const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD'
    const request = new Request(`http://localhost${incoming.url}`, {
      method: incoming.method,
      headers,
      ...(hasBody ? { body: Readable.toWeb(incoming), duplex: 'half' } : {}),
    } as RequestInit)
    try {
      const path = new URL(request.url).pathname
      const response = path === '/api/graphql' && request.method === 'POST' ? await graphql(request, undefined) : await rest(request, undefined)
      outgoing.writeHead(response.status, Object.fromEntries(response.headers))
      outgoing.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      outgoing.writeHead(500, { 'content-type': 'application/json' })
      outgoing.end(JSON.stringify({ errors: [{ message: String(error) }] }))
    }
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address()
  const listening = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${listening}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
