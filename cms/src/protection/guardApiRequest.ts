import { parse, type DocumentNode } from 'graphql'
import { classifyError } from './classifyError'

/** Largest JSON or GraphQL body (bytes); uploads (multipart) have their own, larger limit. */
export const MAX_JSON_BYTES = Number(process.env.DOORSTART_MAX_JSON_BYTES || 2 * 1024 * 1024)
export const MAX_UPLOAD_BYTES = Number(process.env.DOORSTART_MAX_UPLOAD_BYTES || 20 * 1024 * 1024)
/** Deeper JSON than this is refused before it reaches Payload or PostgreSQL. */
export const MAX_JSON_DEPTH = 64
/** The largest page Payload is asked for; `limit=0` (everything) is refused. */
export const MAX_LIMIT = 1000

const PAGING_PARAMS = ['page', 'limit', 'depth'] as const

export const problem = (status: number, code: string, message: string, headers: Record<string, string> = {}): Response =>
  Response.json({ errors: [{ message: `${message} (${code}).`, data: { code } }] }, { status, headers })

/** Query parameters Payload would hand to PostgreSQL as they are: whole numbers in range only. */
const checkQuery = (url: URL): Response | null => {
  if (url.search.includes('%00') || url.pathname.includes('%00')) return problem(400, 'invalid-text', 'The address contains a NUL character')
  for (const name of PAGING_PARAMS) {
    const value = url.searchParams.get(name)
    if (value === null) continue
    const number = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN
    const min = name === 'depth' ? 0 : 1
    const max = name === 'limit' ? MAX_LIMIT : name === 'depth' ? 10 : 1_000_000
    if (!Number.isInteger(number) || number < min || number > max) {
      return problem(400, 'invalid-query', `${name} must be a whole number from ${min} to ${max}`)
    }
  }
  return null
}

/** Reads at most `limit` bytes of the body; `null` when it is larger (the rest is never read). */
const readLimited = async (request: Request, limit: number): Promise<Uint8Array | null> => {
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/** Depth of a parsed JSON value, and whether any string in it holds a NUL; iterative (no stack). */
const inspectJson = (value: unknown): { depth: number; nul: boolean } => {
  let depth = 0
  let nul = false
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length) {
    const [current, level] = stack.pop()!
    if (typeof current === 'string') {
      if (current.includes('\u0000')) nul = true
      continue
    }
    if (!current || typeof current !== 'object') continue
    depth = Math.max(depth, level)
    if (depth > MAX_JSON_DEPTH) return { depth, nul }
    for (const [key, item] of Object.entries(current)) {
      if (key.includes('\u0000')) nul = true
      stack.push([item, level + 1])
    }
  }
  return { depth, nul }
}

const isJson = (type: string): boolean => /^application\/(.+\+)?json\b/i.test(type)
const isMultipart = (type: string): boolean => /^multipart\/form-data\b/i.test(type)
const isForm = (type: string): boolean => /^application\/x-www-form-urlencoded\b/i.test(type)

/** The auth mutations of any auth collection (loginUser, forgotPasswordUser, …). */
const AUTH_MUTATION = /^(login|forgotPassword|resetPassword|unlock|refreshToken|verifyEmail|logout)[A-Z]/

/**
 * Top-level fields of the document's mutations, fragments spread out. Aliases do not hide a
 * field: `a: loginUser(…) b: loginUser(…)` is two logins.
 */
const mutationFields = (document: DocumentNode): string[] => {
  const fragments = new Map(document.definitions.flatMap((definition) => (definition.kind === 'FragmentDefinition' ? [[definition.name.value, definition] as const] : [])))
  const fields: string[] = []
  const visit = (selections: readonly import('graphql').SelectionNode[], seen: Set<string>): void => {
    for (const selection of selections) {
      if (selection.kind === 'Field') fields.push(selection.name.value)
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet.selections, seen)
      else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value)
        if (fragment) visit(fragment.selectionSet.selections, new Set([...seen, selection.name.value]))
      }
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition' && definition.operation === 'mutation') visit(definition.selectionSet.selections, new Set())
  }
  return fields
}

const checkGraphql = (body: unknown): Response | null => {
  if (Array.isArray(body)) return problem(400, 'graphql-batching-off', 'Send one GraphQL operation per request')
  if (!body || typeof body !== 'object') return problem(400, 'invalid-body', 'The body must be a JSON object with a GraphQL query')
  const { query } = body as { query?: unknown }
  if (typeof query !== 'string' || query.trim() === '') return problem(400, 'graphql-query-missing', 'The body has no GraphQL query')
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: 10_000 })
  } catch {
    return problem(400, 'graphql-syntax', 'The GraphQL query is not valid GraphQL')
  }
  const operations = document.definitions.filter((definition) => definition.kind === 'OperationDefinition').length
  const fields = mutationFields(document)
  if (fields.some((field) => AUTH_MUTATION.test(field)) && (fields.length !== 1 || operations !== 1)) {
    return problem(400, 'graphql-auth-batching', 'Send a sign-in, password or unlock mutation on its own: one operation, one field, no aliases')
  }
  return null
}

export interface GuardedRequest {
  request: Request
  /** Whether the request is by id (`/api/<collection>/<id>`), so a malformed id is a 404. */
  byId: boolean
}

/**
 * Checks an API request before Payload sees it: paging parameters, body size (refused by its
 * declared length before anything is read, and while reading when undeclared), the JSON itself
 * (an object, at most {@link MAX_JSON_DEPTH} deep, no NUL), and for GraphQL one operation whose
 * auth mutations come alone. Returns the request to hand on (its body buffered) or the answer.
 */
export const guardApiRequest = async (request: Request, options: { graphql?: boolean } = {}): Promise<GuardedRequest | Response> => {
  const url = new URL(request.url)
  const segments = url.pathname.split('/').filter(Boolean)
  const byId = !options.graphql && segments.length === 3 && segments[0] === 'api'
  const invalidQuery = checkQuery(url)
  if (invalidQuery) return invalidQuery
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return { request, byId }
  const type = request.headers.get('content-type') ?? ''
  const limit = isMultipart(type) ? MAX_UPLOAD_BYTES : MAX_JSON_BYTES
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  const tooLarge = (): Response => problem(413, 'body-too-large', `The body is larger than ${limit} bytes`, { Connection: 'close' })
  if (Number.isFinite(declared) && declared > limit) return tooLarge()
  const body = await readLimited(request, limit)
  if (body === null) return tooLarge()
  const forward = (): GuardedRequest => ({
    request: new Request(request.url, { method: request.method, headers: request.headers, body: body.byteLength ? (body as Uint8Array<ArrayBuffer>) : undefined, signal: request.signal }),
    byId,
  })
  if (body.byteLength === 0) {
    return options.graphql ? problem(400, 'graphql-query-missing', 'The body has no GraphQL query') : forward()
  }
  if (isMultipart(type) || isForm(type)) return options.graphql ? problem(415, 'unsupported-body', 'Send GraphQL as JSON') : forward()
  if (!isJson(type) && !options.graphql) {
    return problem(415, 'unsupported-body', 'Send JSON (content-type: application/json) or multipart form data')
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(body)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return problem(400, 'invalid-json', 'The body is not valid JSON')
  }
  const { depth, nul } = inspectJson(parsed)
  if (depth > MAX_JSON_DEPTH) return problem(400, 'json-too-deep', `The JSON is nested more than ${MAX_JSON_DEPTH} levels deep`)
  if (nul) return problem(400, 'invalid-text', 'Text in the body contains a NUL character')
  if (options.graphql) {
    const invalid = checkGraphql(parsed)
    return invalid ?? forward()
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return problem(400, 'invalid-body', 'The body must be a JSON object')
  return forward()
}

/** Outside development GraphQL's "Did you mean …?" would name fields the caller may not know of. */
const withoutSuggestions = async (response: Response): Promise<Response> => {
  if (process.env.NODE_ENV === 'development' || !(response.headers.get('content-type') ?? '').includes('json')) return response
  const text = await response.text()
  let cleaned = text
  try {
    const body = JSON.parse(text) as { errors?: { message?: unknown }[] }
    for (const error of body.errors ?? []) {
      if (typeof error.message === 'string') error.message = error.message.replace(/\s*Did you mean .*$/s, '')
    }
    cleaned = JSON.stringify(body)
  } catch {
    // not JSON after all: leave it
  }
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(cleaned, { status: response.status, headers })
}

type RouteHandler<C> = (request: Request, context: C) => Promise<Response> | Response

interface GuardOptions {
  graphql?: boolean
  /** Asked only when a request with credentials is refused: was the database there to check them? */
  databaseReachable?: () => Promise<boolean>
}

/** A session token in the Authorization header or Payload's cookie. */
const carriesCredentials = (request: Request): boolean =>
  Boolean(request.headers.get('authorization')) || /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

/**
 * Payload looks the signed-in user up in PostgreSQL and, when that fails, goes on as anonymous:
 * with the database down, a signed-in request would be refused (401/403) as if its session were
 * wrong. It is a 503 (try again shortly) instead, so clients and load balancers read it right.
 */
const refusedForLackOfDatabase = async (request: Request, response: Response, options: GuardOptions): Promise<boolean> =>
  (response.status === 401 || response.status === 403) &&
  options.databaseReachable !== undefined &&
  carriesCredentials(request) &&
  !(await options.databaseReachable())

/**
 * Wraps a Payload route handler (REST or GraphQL) with {@link guardApiRequest}; whatever still
 * escapes as an exception becomes a 400/404/503 when {@link classifyError} recognises it.
 */
export const withApiGuards =
  <C>(handler: RouteHandler<C>, options: GuardOptions = {}): ((request: Request, context: C) => Promise<Response>) =>
  async (request, context) => {
    const guarded = await guardApiRequest(request, options)
    if (guarded instanceof Response) return guarded
    try {
      const response = await handler(guarded.request, context)
      if (await refusedForLackOfDatabase(request, response, options)) {
        return problem(503, 'database-unavailable', 'The database is not reachable right now; try again shortly', { 'Retry-After': '5' })
      }
      return options.graphql ? await withoutSuggestions(response) : response
    } catch (error) {
      const known = classifyError(error, { byId: guarded.byId })
      if (!known) throw error
      return problem(known.status, known.code, known.message.replace(/ \([a-z-]+\)\.$/, ''), known.status === 503 ? { 'Retry-After': '5' } : {})
    }
  }
