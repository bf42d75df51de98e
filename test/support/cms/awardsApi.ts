// Talks to the award endpoints over HTTP as a signed-in demo user, and waits for the issuance job.
import type { Payload } from 'payload'

export interface ApiClient {
  url: string
  tokenFor: (email: string) => Promise<string>
  request: (email: string | null, method: string, path: string, body?: unknown) => Promise<Response>
}

export const apiClient = (url: string): ApiClient => {
  const tokens = new Map<string, string>()
  const tokenFor = async (email: string): Promise<string> => {
    const cached = tokens.get(email)
    if (cached) return cached
    const response = await fetch(`${url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'doorstart-demo' }),
    })
    if (response.status !== 200) throw new Error(`login ${email}: ${response.status} ${await response.text()}`)
    const token = ((await response.json()) as { token: string }).token
    tokens.set(email, token)
    return token
  }
  const request = async (email: string | null, method: string, path: string, body?: unknown): Promise<Response> => {
    const headers: Record<string, string> = {}
    if (email) headers.authorization = `JWT ${await tokenFor(email)}`
    if (body !== undefined) headers['content-type'] = 'application/json'
    return fetch(`${url}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) })
  }
  return { url, tokenFor, request }
}

/** Waits until the award has the status (the issuance job runs in the background). */
export const waitForStatus = async (payload: Payload, id: number | string, status: string, timeoutMs = 20_000): Promise<Record<string, unknown>> => {
  const started = Date.now()
  for (;;) {
    const doc = (await payload.findByID({ collection: 'awards', id, depth: 0, overrideAccess: true })) as unknown as Record<string, unknown>
    if (doc.status === status) return doc
    if (Date.now() - started > timeoutMs) throw new Error(`award ${id} still ${String(doc.status)} after ${timeoutMs} ms (${String(doc.issueError ?? '')})`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/** A getuigschrift proposal in the REST contract's shape. */
export const getuigschriftProposal = (participant: number | string, name = 'Zoë Çelik') => ({
  participant,
  kind: 'getuigschrift',
  locale: 'nl',
  recipient: { name },
  achievement: { title: 'Keukenhulp in de wijkkeuken', competences: ['Werkt hygiënisch volgens HACCP', 'Komt op tijd en meldt zich af'] },
  workplace: 'Keuken Huis van de Wijk',
  period: { from: '2026-01-05', to: '2026-06-26' },
})
