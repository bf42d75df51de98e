// An award's event in the append-only audit trail (no personal data in `detail`).
import type { Payload, PayloadRequest } from 'payload'
import { recordAuditEvent, type AuditEventType } from '../audit/recordAuditEvent'

export interface AwardEvent {
  type: Extract<AuditEventType, 'award.proposed' | 'award.approved' | 'award.issued' | 'award.revoked' | 'centre.key-rotated'>
  actor?: number | string | null
  centre?: number | string | null
  recordId?: number | string | null
  detail?: Record<string, string | number | boolean | null>
}

export const recordAwardEvent = (payload: Payload, event: AwardEvent, req?: PayloadRequest): Promise<void> =>
  recordAuditEvent(payload, { ...event, collection: event.type === 'centre.key-rotated' ? 'issuer-keys' : 'awards' }, req)
