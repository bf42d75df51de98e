import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../access/idOf'
import type { Curriculum } from '../../payload-types'

/**
 * The learning goals a curriculum's modules link to are the curriculum's own centre's or built-in
 * ones (no centre), whatever ids a request names: another centre's goal is refused, on its field.
 */
export const requireOwnLearningGoals: CollectionBeforeChangeHook<Curriculum> = async ({ data, originalDoc, req }) => {
  if (!Array.isArray(data.modules)) return data
  const centre = idOf(data.centre !== undefined ? data.centre : originalDoc?.centre)
  const linked = data.modules.map((module) =>
    (module.learningGoals ?? []).map((goal) => idOf(goal)).filter((id) => id !== null),
  )
  const ids = [...new Set(linked.flat().map(String))]
  if (ids.length === 0) return data
  const { docs } = await req.payload.find({
    collection: 'learning-goals',
    where: {
      and: [
        { id: { in: ids } },
        centre === null ? { centre: { exists: false } } : { or: [{ centre: { equals: centre } }, { centre: { exists: false } }] },
      ],
    },
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  const allowed = new Set(docs.map((doc) => String(doc.id)))
  const errors = linked.flatMap((goals, index) =>
    goals.some((id) => !allowed.has(String(id)))
      ? [{ path: `modules.${index}.learningGoals`, message: 'Only this centre\'s own or built-in learning goals (learning-goal-other-centre).' }]
      : [],
  )
  if (errors.length) throw new ValidationError({ collection: 'curricula', errors, req }, req.t)
  return data
}
