import type { CollectionAfterChangeHook } from 'payload'
import { idOf } from '../../access/idOf'
import { recordAuditEvent } from '../../audit/recordAuditEvent'

/** `review.recorded` in the audit trail: the decision, never the note. */
export const recordReview: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await recordAuditEvent(
    req.payload,
    { type: 'review.recorded', actor: req.user?.id ?? null, centre: idOf(doc.centre), collection: 'reviews', recordId: doc.id, detail: { decision: String(doc.decision), trajectory: String(idOf(doc.trajectory) ?? '') } },
    req,
  )
  return doc
}
