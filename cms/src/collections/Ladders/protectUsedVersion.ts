import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'
import { idOf } from '../../access/idOf'
import { toLadderInput, type StoredLadder } from './ladderDocument'

const LOCKED = 409

/**
 * A ladder version that an assessment has used never changes: a change is a new version. Nor
 * does it move to another centre (its assessments belong to the centre it was made for). A
 * trajectory naming a version does not lock it; only an assessment marks it used.
 */
export const protectUsedVersion: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc?.inUse) return data
  const before = JSON.stringify(toLadderInput(originalDoc as StoredLadder))
  const after = JSON.stringify(toLadderInput({ ...originalDoc, ...data } as StoredLadder))
  const centreBefore = String(idOf(originalDoc.centre) ?? '')
  const centreAfter = 'centre' in data ? String(idOf(data.centre) ?? '') : centreBefore
  if (before !== after || data.inUse === false || centreBefore !== centreAfter) {
    throw new APIError(
      req.i18n?.language === 'nl'
        ? 'Deze ladderversie is al in gebruik en kan niet meer veranderen; maak een nieuwe versie (ladder-version-in-use).'
        : 'This ladder version is in use and can no longer change; create a new version (ladder-version-in-use).',
      LOCKED,
      undefined,
      true,
    )
  }
  return data
}

export const protectUsedVersionFromDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const ladder = await req.payload.findByID({ collection: 'ladders', id, depth: 0, overrideAccess: true, req })
  if (ladder?.inUse) {
    throw new APIError(
      'This ladder version is in use and cannot be deleted (ladder-version-in-use).',
      LOCKED,
      undefined,
      true,
    )
  }
}
