// Real servers on 127.0.0.1 for third-party verifiers: an https server (self-signed certificate
// made by openssl) for a did:web, an http server for status lists. globalThis.fetch is wrapped so
// that the verifier reaches only these servers: any other URL is refused and recorded, which
// proves verification never touches the network.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer as createHttpServer, type Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { Agent } from 'undici'

const run = promisify(execFile)

export interface Loopback {
  /** `https://127.0.0.1:<port>`: serves `documents` (path → JSON) for did:web. */
  readonly httpsOrigin: string
  /** `http://127.0.0.1:<port>`: serves `documents` too, for status lists. */
  readonly httpOrigin: string
  /** Path → body served as JSON on both servers. */
  readonly documents: Map<string, unknown>
  /** Every URL the verifier asked for, loopback or not. */
  readonly requested: string[]
  /** URLs outside 127.0.0.1 that were refused. */
  readonly refused: string[]
  /** URLs outside 127.0.0.1 answered from a local copy instead (URL → JSON), e.g. 1EdTech's schema. */
  readonly copies: Map<string, unknown>
  close(): Promise<void>
}

const listen = (server: Server): Promise<number> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))

export async function startLoopback(): Promise<Loopback> {
  const dir = await mkdtemp(join(tmpdir(), 'doorstart-tls-'))
  await run('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ])
  const [key, cert] = await Promise.all([readFile(join(dir, 'key.pem')), readFile(join(dir, 'cert.pem'))])
  await rm(dir, { recursive: true, force: true })

  const documents = new Map<string, unknown>()
  const requested: string[] = []
  const refused: string[] = []
  const copies = new Map<string, unknown>()
  const handler = (request: { url?: string }, response: { writeHead(status: number, headers: Record<string, string>): void; end(body?: string): void }): void => {
    const body = documents.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' })
      response.end('not found')
      return
    }
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=60' })
    response.end(JSON.stringify(body))
  }
  const https = createHttpsServer({ key, cert }, handler)
  const http = createHttpServer(handler)
  const [httpsPort, httpPort] = await Promise.all([listen(https), listen(http)])

  // Trust the self-signed certificate for these requests only.
  const dispatcher = new Agent({ connect: { ca: cert } })
  const original = globalThis.fetch
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    requested.push(url)
    const copy = copies.get(url)
    if (copy !== undefined) return new Response(JSON.stringify(copy), { headers: { 'content-type': 'application/json' } })
    if (new URL(url).hostname !== '127.0.0.1') {
      refused.push(url)
      throw new TypeError(`fetch failed: ${url} is outside 127.0.0.1 (offline test)`)
    }
    return original(input, { ...init, dispatcher } as unknown as RequestInit)
  }) as typeof fetch

  return {
    httpsOrigin: `https://127.0.0.1:${httpsPort}`,
    httpOrigin: `http://127.0.0.1:${httpPort}`,
    documents, requested, refused, copies,
    async close() {
      globalThis.fetch = original
      await Promise.all([new Promise((resolve) => https.close(resolve)), new Promise((resolve) => http.close(resolve))])
      await dispatcher.close()
    },
  }
}
