import type { PayloadRequest } from 'payload'
import { idOf, isSameId } from '../../access/idOf'
import { LADDER_KEY_SELECT, type LadderDocument } from './compiledLadders'

/** The centre's default ladder id (`centres.defaultLadder`), else the participation ladder. */
export const defaultLadderIdOf = async (req: PayloadRequest, centre: number | string): Promise<string> => {
  const doc = await req.payload
    .findByID({ collection: 'centres', id: centre, depth: 0, overrideAccess: true, req, select: { defaultLadder: true } })
    .catch(() => null)
  return (doc?.defaultLadder || 'participatieladder').trim()
}

/**
 * The version of a ladder in effect on `asOf` for a centre, the way the library's `resolveLadder`
 * picks it: the centre's own newest version whose `effectiveFrom` is not after `asOf`, otherwise
 * the built-in one. Read with the user's access; only the fields of {@link LADDER_KEY_SELECT}.
 */
export const ladderInEffect = async (
  req: PayloadRequest,
  options: { ladderId: string; centre: number | string; asOf: string },
): Promise<LadderDocument | null> => {
  const { docs } = await req.payload.find({
    collection: 'ladders',
    where: {
      and: [
        { ladderId: { equals: options.ladderId } },
        { or: [{ centre: { equals: options.centre } }, { centre: { exists: false } }] },
      ],
    },
    pagination: false,
    select: LADDER_KEY_SELECT,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: !req.user,
  })
  const effective = (docs as unknown as LadderDocument[]).filter((doc) => !doc.effectiveFrom || doc.effectiveFrom <= options.asOf)
  const pick = (candidates: LadderDocument[]): LadderDocument | null =>
    candidates.reduce<LadderDocument | null>((best, doc) => {
      if (best === null) return doc
      const a = doc.effectiveFrom ?? ''
      const b = best.effectiveFrom ?? ''
      return a > b || (a === b && Number(doc.id) > Number(best.id)) ? doc : best
    }, null)
  const own = effective.filter((doc) => isSameId(doc.centre, options.centre))
  return pick(own) ?? pick(effective.filter((doc) => idOf(doc.centre) === null))
}
