/** What a client is told about an error: a status and a message that names the problem's code. */
export interface ClientError {
  status: number
  message: string
  code: string
}

/** PostgreSQL's SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
const BAD_VALUE = new Set(['22P02', '22003', '22007', '22008', '22023', '2201W', '2201X', '22004', '42804'])
const BAD_TEXT = new Set(['22021', '22P05', '54000'])
const MISSING_RELATION = '23503'
const TOO_COMPLEX = new Set(['54001', '42P18'])
const UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006', '08P01', '57014'])
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN'])
const CONNECTION_MESSAGES = /connection terminated|timeout exceeded when trying to connect|terminating connection|Connection refused|the database system is (starting up|shutting down)|Client has encountered a connection error|Cannot use a pool after calling end/i

/** The error and every `cause` under it (drizzle wraps the driver's error). */
const chainOf = (error: unknown): Record<string, unknown>[] => {
  const chain: Record<string, unknown>[] = []
  let current: unknown = error
  while (current && typeof current === 'object' && chain.length < 8) {
    chain.push(current as Record<string, unknown>)
    current = (current as { cause?: unknown }).cause ?? (current as { originalError?: unknown }).originalError
  }
  return chain
}

/** Whether the database could not be reached (down, restarting, out of connections). */
export const isDatabaseUnavailable = (error: unknown): boolean =>
  chainOf(error).some(
    (link) =>
      (typeof link.code === 'string' && (UNAVAILABLE.has(link.code) || CONNECTION_CODES.has(link.code))) ||
      (typeof link.message === 'string' && CONNECTION_MESSAGES.test(link.message)) ||
      (Array.isArray(link.errors) && link.errors.some((inner) => isDatabaseUnavailable(inner))),
  )

/**
 * Maps errors that come from a malformed request (a value PostgreSQL cannot take, a missing
 * related document, a structure too deep) to 400/404, and an unreachable database to 503; `null`
 * for anything else, which stays Payload's own answer. Messages never repeat the value sent.
 */
export const classifyError = (error: unknown, options: { byId?: boolean } = {}): ClientError | null => {
  if (isDatabaseUnavailable(error)) {
    return { status: 503, code: 'database-unavailable', message: 'The database is not reachable right now; try again shortly (database-unavailable).' }
  }
  for (const link of chainOf(error)) {
    const code = typeof link.code === 'string' ? link.code : ''
    if (BAD_VALUE.has(code)) {
      return options.byId
        ? { status: 404, code: 'not-found', message: 'Not Found (not-found).' }
        : { status: 400, code: 'invalid-value', message: 'A value in the request has the wrong type or is out of range (invalid-value).' }
    }
    if (BAD_TEXT.has(code)) {
      return { status: 400, code: 'invalid-text', message: 'Text in the request contains characters that cannot be stored, such as NUL (invalid-text).' }
    }
    if (code === MISSING_RELATION) {
      return { status: 400, code: 'missing-relationship', message: 'The request refers to a related document that does not exist (missing-relationship).' }
    }
    if (TOO_COMPLEX.has(code) || (link instanceof RangeError && /call stack/i.test(String(link.message)))) {
      return { status: 400, code: 'request-too-complex', message: 'The request is nested too deeply or too complex (request-too-complex).' }
    }
    if (link instanceof SyntaxError) {
      return { status: 400, code: 'invalid-json', message: 'The request body is not valid JSON (invalid-json).' }
    }
  }
  return null
}
