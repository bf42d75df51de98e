import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

/** What happened; stable codes (other parts of the CMS and reports key on them). */
export type AuditEventType =
  | 'assessment.created' | 'assessment.voided' | 'review.recorded' | 'referral.refused'
  | 'award.proposed' | 'award.approved' | 'award.issued' | 'award.revoked'
  | 'special-notes.read' | 'participant.coach-changed' | 'participant.bsn-erased'
  | 'participant.exported' | 'participant.erased' | 'retention.anonymised'
  | 'user.role-changed' | 'user.centre-changed' | 'user.unlocked' | 'auth.sign-in-failed'
  | 'centre.key-rotated'

/** Every event type, in the order the admin's filter lists them. */
export const AUDIT_EVENT_TYPES: readonly AuditEventType[] = [
  'assessment.created', 'assessment.voided', 'review.recorded', 'referral.refused',
  'award.proposed', 'award.approved', 'award.issued', 'award.revoked',
  'special-notes.read', 'participant.coach-changed', 'participant.bsn-erased',
  'participant.exported', 'participant.erased', 'retention.anonymised',
  'user.role-changed', 'user.centre-changed', 'user.unlocked', 'auth.sign-in-failed',
  'centre.key-rotated',
]

export interface AuditEventInput {
  type: AuditEventType
  /** users id; null for the system or an anonymous request. */
  actor?: number | string | null
  /** centres id the record belongs to (centre admins see their centre's events). */
  centre?: number | string | null
  /** Slug of the record's collection. */
  collection?: string
  recordId?: number | string | null
  /** Never personal data (no names, notes, BSN, e-mail): ids, codes, counts, flags. */
  detail?: Record<string, string | number | boolean | null>
}

/** The slug of the append-only collection the events are stored in. */
export const AUDIT_EVENTS_SLUG = 'audit-events' satisfies CollectionSlug

const toNumberId = (value: number | string | null | undefined): number | null => {
  if (value === null || value === undefined || value === '') return null
  const id = Number(value)
  return Number.isSafeInteger(id) ? id : null
}

/**
 * Appends one event to the audit trail (`audit-events`): who, when, what and which record, never
 * the personal data itself (DOMAIN.md §5: an append-only log of assessments, reviews, refusals,
 * credentials and reads of sensitive data). Nothing can change or delete it afterwards: the
 * collection refuses it through every API and the table refuses UPDATE and DELETE in PostgreSQL.
 *
 * Pass `req` to write inside the caller's transaction (the event is rolled back with the change it
 * records); leave it out for events that must stay even when the request fails (a failed sign-in).
 *
 * @example
 * await recordAuditEvent(req.payload, { type: 'participant.exported', actor: req.user?.id, centre, collection: 'participants', recordId: id }, req)
 */
export async function recordAuditEvent(payload: Payload, event: AuditEventInput, req?: PayloadRequest): Promise<void> {
  // Straight to the database adapter, without reading the event back: the collection has no hooks
  // or defaults a create would run (nobody may create through an API; `refuseChanges` guards
  // updates and deletes only), the column types and the enum of `type` still check the row, and
  // every assessment, review and sign-in writes one.
  await payload.db.create({
    collection: AUDIT_EVENTS_SLUG,
    ...(req ? { req } : {}),
    returning: false,
    data: {
      type: event.type,
      actor: toNumberId(event.actor),
      centre: toNumberId(event.centre),
      recordCollection: event.collection ?? null,
      recordId: event.recordId === null || event.recordId === undefined ? null : String(event.recordId),
      detail: event.detail ?? null,
    },
  })
}
