import type { CollectionAfterChangeHook } from 'payload'
import { idOf } from '../../access/idOf'
import type { LadderDocument } from './compiledLadders'
import { USED_LADDER } from './placeOnLadder'

/**
 * Once an assessment uses a ladder version, that version is locked (`protectUsedVersion`): a
 * change is a new version, so every stored assessment keeps pointing at what it was made with.
 */
export const markAssessmentLadderUsed: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const ladderId = idOf(doc.ladder)
  if (ladderId === null) return doc
  const known = req.context[USED_LADDER] as LadderDocument | undefined
  const inUse =
    known && String(known.id) === String(ladderId)
      ? Boolean(known.inUse)
      : Boolean((await req.payload.findByID({ collection: 'ladders', id: ladderId, depth: 0, overrideAccess: true, req, select: { inUse: true } })).inUse)
  if (!inUse) {
    // A system write, not the user's: straight to the database, past the ladders' own hooks
    // (which would refuse a coach writing a built-in ladder).
    await req.payload.db.updateOne({ collection: 'ladders', id: ladderId, data: { inUse: true }, req })
  }
  return doc
}

// `assessment.created` in the audit trail is written by PostgreSQL, by a trigger on the insert
// (migration 20261201_191500_assessment_audit_trigger), in the same transaction.
