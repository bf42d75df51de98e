// An HTTP request from a chosen local address (127.0.0.x), so a test can play several clients
// the way the server sees them (its TCP peer address). `fetch` cannot choose the source address.
import { request as send } from 'node:http'

export interface HttpAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
  json: <T = Record<string, unknown>>() => T
  ms: number
}

export const httpRequest = (
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; from?: string } = {},
): Promise<HttpAnswer> =>
  new Promise((resolve, reject) => {
    const started = performance.now()
    const outgoing = send(
      url,
      {
        method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
        headers: { ...(options.body !== undefined && !options.headers?.['content-type'] ? { 'content-type': 'application/json' } : {}), ...options.headers },
        localAddress: options.from ?? '127.0.0.1',
      },
      (incoming) => {
        const chunks: Buffer[] = []
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
        incoming.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text, json: () => JSON.parse(text), ms: performance.now() - started })
        })
      },
    )
    outgoing.on('error', reject)
    if (options.body !== undefined) outgoing.write(options.body)
    outgoing.end()
  })
