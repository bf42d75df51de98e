// Serves Payload's REST API over real HTTP with node:http, the way the Next.js route handlers do
// (`handleEndpoints` is what `@payloadcms/next/routes` calls), without starting Next.js.
import { createServer, type Server } from 'node:http'
import { handleEndpoints, type SanitizedConfig } from 'payload'

export const serveRestApi = async (
  config: SanitizedConfig | Promise<SanitizedConfig>,
  payloadInstanceCacheKey: string,
): Promise<{ url: string; close: () => Promise<void> }> => {
  const server: Server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = []
    for await (const chunk of incoming) chunks.push(chunk as Buffer)
    const body = chunks.length ? Buffer.concat(chunks) : undefined
    const headers = new Headers()
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (typeof value === 'string') headers.set(name, value)
    }
    const request = new Request(`http://localhost${incoming.url}`, {
      method: incoming.method,
      headers,
      ...(body && incoming.method !== 'GET' && incoming.method !== 'HEAD' ? { body } : {}),
    })
    const response = await handleEndpoints({ config, request, payloadInstanceCacheKey })
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
