import type { PayloadRequest } from 'payload'
import { idOf } from '../access/idOf'
import { formatDay } from '../i18n/formatDay'

/**
 * The title of a record about a participant, for `useAsTitle`: "DS-7K3Q9X2M · Op tijd komen ·
 * 28-11-2026" (participant code, what it is about, the day), never an id or a bare date.
 */
export const recordTitle = (code: string | null | undefined, what: string | null | undefined, day: string | Date | null | undefined): string =>
  [code, what, formatDay(day)].filter(Boolean).join(' · ')

/** A participant's code, read past access (it is only used in a title of a record one may write). */
export const participantCodeOf = async (req: PayloadRequest, participant: unknown): Promise<string | null> => {
  const id = idOf(participant as Parameters<typeof idOf>[0])
  if (id === null) return null
  const doc = await req.payload
    .findByID({ collection: 'participants', id, depth: 0, overrideAccess: true, req, select: { code: true } })
    .catch(() => null)
  return (doc as { code?: string | null } | null)?.code ?? null
}
