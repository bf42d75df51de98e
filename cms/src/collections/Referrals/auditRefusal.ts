import type { CollectionAfterChangeHook } from 'payload'
import { idOf } from '../../access/idOf'
import { recordAuditEvent } from '../../audit/recordAuditEvent'

/** A refusal goes into the audit trail with its reason's id, never the note. */
export const auditRefusal: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  if (doc.status !== 'refused' || (operation === 'update' && previousDoc?.status === 'refused')) return doc
  await recordAuditEvent(
    req.payload,
    { type: 'referral.refused', actor: req.user?.id ?? null, centre: idOf(doc.centre), collection: 'referrals', recordId: doc.id, detail: { reason: idOf(doc.refusalReason) } },
    req,
  )
  return doc
}
