import type { CollectionAfterChangeHook, CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

const viewKey = (slug: string, id: number | string): string => `doorstart:prior-view:${slug}:${id}`

type Plain = Record<string, unknown>
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * `after` cut down to the fields that were present in `before`: a field the writer could not read
 * before the write stays out of the write's response, whatever the write changed (say, the coach
 * who decides who reads the notes). Nested groups are cut the same way; other values are the new
 * ones.
 */
export const pruneToPriorView = (after: Plain, before: Plain | null): Plain => {
  if (before === null) return { id: after.id }
  const pruned: Plain = {}
  for (const [key, value] of Object.entries(after)) {
    if (!(key in before)) continue
    const prior = before[key]
    pruned[key] = isPlain(value) && isPlain(prior) && !('id' in value) ? pruneToPriorView(value, prior) : value
  }
  return pruned
}

const readAsUser = async (req: PayloadRequest, slug: string, where: Where): Promise<Plain[]> => {
  const { docs } = await req.payload.find({
    collection: slug as 'users',
    where,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return docs as unknown as Plain[]
}

/**
 * Before an update by a signed-in user through the API (access not overridden), reads the
 * documents it will change as that user and remembers what they saw.
 */
export const rememberPriorView: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (operation !== 'update' || overrideAccess || !req.user) return args
  const { id, where } = args as { id?: number | string; where?: Where }
  const target: Where | undefined = id !== undefined && id !== null ? { id: { equals: id } } : where
  if (!target) return args
  const seen = await readAsUser(req, collection.slug, target).catch(() => [])
  if (id !== undefined && id !== null) req.context[viewKey(collection.slug, id)] = seen[0] ?? null
  for (const doc of seen) req.context[viewKey(collection.slug, doc.id as number | string)] = doc
  return args
}

/** Cuts an update's response down to what the writer saw before (see {@link pruneToPriorView}). */
export const limitResponseToPriorView: CollectionAfterChangeHook = ({ collection, doc, operation, overrideAccess, req }) => {
  if (operation !== 'update' || overrideAccess || !req.user) return doc
  const key = viewKey(collection.slug, doc.id)
  if (!(key in req.context)) return { id: doc.id }
  return pruneToPriorView(doc, req.context[key] as Plain | null)
}
