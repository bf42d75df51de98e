import { builtinLadders, builtinLearningGoals } from '@doorstart/ladder'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { toLadderFields } from '../collections/Ladders/ladderDocument'
import { BUILTIN_REFUSAL_REASONS } from '../collections/RefusalReasons'

// The library's built-ins are readonly data (and `StoredLadder` allows a null version, which a
// built-in never has); Payload's create types are mutable arrays. The JSON stored is the same.
const asBuiltinData = <TSlug extends 'ladders' | 'learning-goals'>(_collection: TSlug, data: object): RequiredDataFromCollectionSlug<TSlug> =>
  data as RequiredDataFromCollectionSlug<TSlug>

/**
 * Adds the built-in ladders and learning goals of @doorstart/ladder that the database does not
 * have yet (reference data, in every installation, demo or not). A ladder is matched on id and
 * version, so a new version in the library arrives as a new document and used ones stay as
 * they are; a learning goal on its id.
 */
export const seedBuiltins = async (payload: Payload): Promise<{ ladders: number; goals: number }> => {
  const existingLadders = await payload.find({
    collection: 'ladders',
    where: { centre: { exists: false } },
    limit: 0,
    pagination: false,
    depth: 0,
    select: { ladderId: true, version: true },
  })
  const haveLadder = new Set(existingLadders.docs.map((doc) => `${doc.ladderId}@${doc.version}`))
  let ladders = 0
  for (const definition of Object.values(builtinLadders)) {
    if (haveLadder.has(`${definition.id}@${definition.version}`)) continue
    await payload.create({ collection: 'ladders', data: asBuiltinData('ladders', toLadderFields(definition)) })
    ladders += 1
  }
  const existingGoals = await payload.find({
    collection: 'learning-goals',
    where: { centre: { exists: false } },
    limit: 0,
    pagination: false,
    depth: 0,
    select: { goalId: true },
  })
  const haveGoal = new Set(existingGoals.docs.map((doc) => doc.goalId))
  let goals = 0
  for (const { id, ...rest } of Object.values(builtinLearningGoals)) {
    if (haveGoal.has(id)) continue
    await payload.create({ collection: 'learning-goals', data: asBuiltinData('learning-goals', { goalId: id, ...rest }) })
    goals += 1
  }
  await seedRefusalReasons(payload)
  return { ladders, goals }
}

/** Adds the built-in refusal reasons the database lacks (matched on code). */
export const seedRefusalReasons = async (payload: Payload): Promise<number> => {
  const { docs } = await payload.find({ collection: 'refusal-reasons', where: { centre: { exists: false } }, limit: 0, pagination: false, depth: 0, select: { code: true } })
  const have = new Set(docs.map((doc) => doc.code))
  let added = 0
  for (const reason of BUILTIN_REFUSAL_REASONS) {
    if (have.has(reason.code)) continue
    await payload.create({ collection: 'refusal-reasons', data: { code: reason.code, label: reason.label } })
    added += 1
  }
  return added
}
