import type { CollectionAfterChangeHook } from 'payload'
import { idOf } from '../../access/idOf'

/** Once a trajectory uses a ladder version, that version is locked (see `protectUsedVersion`). */
export const markLadderUsed: CollectionAfterChangeHook = async ({ doc, req }) => {
  const ladder = idOf(doc.ladder)
  if (ladder === null) return doc
  const current = await req.payload.findByID({ collection: 'ladders', id: ladder, depth: 0, overrideAccess: true, req })
  if (!current.inUse) {
    await req.payload.update({
      collection: 'ladders',
      id: ladder,
      data: { inUse: true },
      overrideAccess: true,
      req,
      context: { markLadderUsed: true },
    })
  }
  return doc
}
