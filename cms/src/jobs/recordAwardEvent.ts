// Writes an award's event to the audit trail once the audit module exists; until then a no-op.
import type { Payload, PayloadRequest } from 'payload'

export interface AwardEvent {
  type: 'award.proposed' | 'award.approved' | 'award.issued' | 'award.revoked' | 'centre.key-rotated'
  actor?: number | string | null
  centre?: number | string | null
  recordId?: number | string | null
  detail?: Record<string, string | number | boolean | null>
}

export const recordAwardEvent = async (_payload: Payload, _event: AwardEvent, _req?: PayloadRequest): Promise<void> => {}
