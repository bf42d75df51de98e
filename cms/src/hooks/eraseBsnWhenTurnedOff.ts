import type { CollectionAfterChangeHook } from 'payload'
import { recordAuditEvent } from '../audit/recordAuditEvent'

/**
 * When a centre stops recording BSNs, every BSN its participants had is erased at once (not just
 * hidden): without a statute there is no ground to keep it. The audit trail notes how many.
 */
export const eraseBsnWhenTurnedOff: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !previousDoc?.bsnEnabled || doc.bsnEnabled) return doc
  const { docs } = await req.payload.update({
    collection: 'participants',
    where: { and: [{ centre: { equals: doc.id } }, { bsn: { exists: true } }, { bsn: { not_equals: '' } }] },
    data: { bsn: null },
    depth: 0,
    overrideAccess: true,
    req,
    context: { bsnErasure: true },
  })
  await recordAuditEvent(
    req.payload,
    { type: 'participant.bsn-erased', actor: req.user?.id ?? null, centre: doc.id, collection: 'centres', recordId: doc.id, detail: { participants: docs.length } },
    req,
  )
  return doc
}
