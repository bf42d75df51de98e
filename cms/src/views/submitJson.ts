// Sends a form to Payload's REST API as the signed-in user and reads its answer, including the
// field-level messages of a ValidationError ({ errors: [{ message, data: { errors: [{ path, message }] } }] }).

export interface FieldMessage {
  path: string
  message: string
}

export type SubmitResult =
  | { ok: true; doc: Record<string, unknown> }
  | { ok: false; messages: string[]; fields: FieldMessage[] }

export const submitJson = async (url: string, body: unknown, networkError: string): Promise<SubmitResult> => {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
  } catch {
    return { ok: false, messages: [networkError], fields: [] }
  }
  const json = (await response.json().catch(() => ({}))) as {
    doc?: Record<string, unknown>
    errors?: { message?: string; data?: { errors?: FieldMessage[] } }[]
  }
  if (response.ok) return { ok: true, doc: json.doc ?? (json as Record<string, unknown>) }
  const fields = (json.errors ?? []).flatMap((error) => error.data?.errors ?? [])
  const messages = fields.length > 0 ? fields.map((field) => field.message) : (json.errors ?? []).map((error) => error.message ?? '').filter(Boolean)
  return { ok: false, messages: messages.length > 0 ? messages : [networkError], fields }
}

/**
 * The id behind a `<select>` value, as the server gave it: an option's value is always a string,
 * and Payload refuses a relationship to `"2"` where PostgreSQL ids are numbers.
 */
export const idOfOption = (options: readonly { id: number | string }[], value: string): number | string | null =>
  value === '' ? null : (options.find((option) => String(option.id) === value)?.id ?? value)
