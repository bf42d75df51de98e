import type { CollectionAfterChangeHook } from 'payload'

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
  req.payload.logger.info({ msg: `Erased the BSN of ${docs.length} participants of centre ${doc.id}` })
  return doc
}
