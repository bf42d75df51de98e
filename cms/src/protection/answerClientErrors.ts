import type { AfterErrorHook } from 'payload'
import { classifyError } from './classifyError'

/**
 * Payload's production bundle can hold two copies of its error classes, and then its REST answer
 * loses a ValidationError's `data` (which field, which message) by an `instanceof` that fails:
 * the admin shows no message on the field. The details are put back here, from the error itself.
 */
const keepErrorDetails = (error: Error): Awaited<ReturnType<AfterErrorHook>> => {
  const { data, status } = error as Error & { data?: unknown; status?: number }
  if (!data || typeof data !== 'object' || !status || status >= 500) return undefined
  const name = Array.isArray((data as { errors?: unknown }).errors) ? 'ValidationError' : error.name
  return { response: { errors: [{ name, data: data as Record<string, unknown>, message: error.message }] }, status }
}

/**
 * Payload's error hook (REST and GraphQL): errors that a malformed request caused deep down (a
 * value PostgreSQL refuses, a missing related document) answer 400/404 with a clear message
 * instead of "Something went wrong." (500), and an unreachable database answers 503.
 */
export const answerClientErrors: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const path = req?.url ? new URL(req.url, 'http://localhost').pathname : ''
  const known = classifyError(error, { byId: path.split('/').filter(Boolean).length === 3 })
  if (!known) return graphqlResult ? undefined : keepErrorDetails(error)
  if (graphqlResult) {
    return { graphqlResult: { ...graphqlResult, message: known.message, extensions: { ...graphqlResult.extensions, statusCode: known.status, data: { code: known.code } } } }
  }
  return { response: { errors: [{ message: known.message, data: { code: known.code } }] }, status: known.status }
}
