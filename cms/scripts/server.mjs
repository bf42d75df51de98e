#!/usr/bin/env node
// The HTTP server of the CMS: Next.js (with Payload) behind node:http, so the application sees
// the real peer address of every connection (`x-doorstart-peer`, which a client cannot set) and
// never serves Next's development tools. Started by start.mjs; listens on HOST (default
// 127.0.0.1) and PORT (default 3000).
//
//   node scripts/server.mjs          production (after `next build`, see buildOnce.mjs)
//   node scripts/server.mjs --dev    development (compiles on request, hot reload)
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import next from 'next'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dev = process.argv.includes('--dev')
const hostname = process.env.HOST || '127.0.0.1'
const port = Number(process.env.PORT || 3000)

// Proves to the application (same process) that the peer header came from this server, not from
// a client talking to some other front end.
process.env.DOORSTART_PEER_TOKEN = randomBytes(16).toString('hex')

const app = next({ dev, dir: cmsDir, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((req, res) => {
  // Whatever the client sent under these names is replaced: the TCP peer's address, and the
  // X-Forwarded-For as it arrived (before Next.js fills in a missing one). The application trusts
  // the latter only when the peer is one of TRUSTED_PROXIES (cms/src/auth/clientAddress.ts).
  req.headers['x-doorstart-peer'] = `${req.socket.remoteAddress ?? ''};${process.env.DOORSTART_PEER_TOKEN}`
  const forwardedFor = req.headers['x-forwarded-for']
  req.headers['x-doorstart-forwarded-for'] = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')
  // Next's development MCP endpoint would hand out source and logs; never serve it.
  if (req.url?.startsWith('/_next/mcp')) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
    return
  }
  void handle(req, res)
})
const upgrade = typeof app.getUpgradeHandler === 'function' ? app.getUpgradeHandler() : null
if (upgrade) server.on('upgrade', (req, socket, head) => void upgrade(req, socket, head))
// Slow clients cannot hold a connection open forever.
server.requestTimeout = 60_000
server.headersTimeout = 20_000

server.listen(port, hostname, () => {
  console.log(`[doorstart] ${dev ? 'development' : 'production'} server listening on ${hostname}:${port}`)
})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close()
    server.closeAllConnections?.()
    process.exit(0)
  })
}
