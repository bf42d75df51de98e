import {
  APIError,
  combineQueries,
  executeAccess,
  type CollectionAfterReadHook,
  type CollectionSlug,
  type FlattenedField,
  type PayloadRequest,
  type SelectType,
  type TypedCollectionSelect,
  type TransformCollectionWithSelect,
  type Where,
} from 'payload'

type SelectFromCollectionSlug<TSlug extends CollectionSlug> = TypedCollectionSelect[TSlug]

export interface FindForUserOptions<TSlug extends CollectionSlug, TSelect extends SelectFromCollectionSlug<TSlug> & SelectType> {
  collection: TSlug
  where?: Where
  /** The fields to read (top level, `true` only); `id` always comes along. */
  select: TSelect
  sort?: string
  /**
   * The collection's afterRead hooks that do not touch the selected fields, so skipping them
   * changes nothing (say, participants' `hideBsnUnlessEnabled` when `bsn` is not selected). Any
   * other afterRead hook makes the call throw.
   */
  afterReadNotTouching?: readonly CollectionAfterReadHook[]
}

/** A selection that would need Payload's afterRead pass: a mistake in the caller, not a user's. */
export class UnsupportedSelectionError extends APIError {
  readonly code = 'unsupported-selection'

  constructor(collection: string, path: string, reason: string) {
    super(`findForUser cannot read ${collection}.${path}: ${reason}; read it with payload.find (unsupported-selection)`, 500)
  }
}

const checkFields = (collection: string, fields: readonly FlattenedField[], path: string, topLevel: boolean): void => {
  for (const field of fields) {
    const at = path ? `${path}.${field.name}` : field.name
    if (field.hidden) throw new UnsupportedSelectionError(collection, at, 'the field is hidden')
    if (field.localized) throw new UnsupportedSelectionError(collection, at, 'the field is localized')
    if ((field as { hooks?: { afterRead?: unknown[] } }).hooks?.afterRead?.length) throw new UnsupportedSelectionError(collection, at, 'the field has afterRead hooks')
    if (field.access?.read && !topLevel) throw new UnsupportedSelectionError(collection, at, 'a nested field has read access')
    if (field.type === 'relationship' || field.type === 'upload' || field.type === 'join') continue
    if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) checkFields(collection, field.flattenedFields, at, false)
  }
}

/**
 * The documents of a collection a user may read, as `payload.find` at depth 0 with the user's
 * access (`overrideAccess: false`) returns the selected fields, for lists of hundreds (the
 * worklist): the collection's read access decides the rows (its `where` is combined with the
 * caller's, as Payload does) and each selected field's read access decides per document whether
 * the field stays, called with the same arguments Payload passes. What it skips is Payload's
 * generic afterRead pass over every field of every document, most of the time of a 500-row read;
 * so it refuses selections that pass would change: hidden fields, fields with afterRead hooks,
 * nested fields with read access, and collections with afterRead hooks the caller has not named
 * in `afterReadNotTouching`.
 *
 * @throws {@link UnsupportedSelectionError} for such a selection.
 * @example
 * const participants = await findForUser(req, { collection: 'participants', select: { code: true } })
 */
export async function findForUser<TSlug extends CollectionSlug, TSelect extends SelectFromCollectionSlug<TSlug> & SelectType>(
  req: PayloadRequest,
  options: FindForUserOptions<TSlug, TSelect>,
): Promise<TransformCollectionWithSelect<TSlug, TSelect>[]> {
  const collection = req.payload.collections[options.collection]
  const { config } = collection
  const skippable = new Set(options.afterReadNotTouching ?? [])
  for (const hook of [...(config.hooks?.afterRead ?? []), ...(config.hooks?.beforeRead ?? [])]) {
    if (!skippable.has(hook as CollectionAfterReadHook)) {
      throw new UnsupportedSelectionError(options.collection, '', `the collection has read hook ${hook.name || '(anonymous)'}`)
    }
  }
  const wanted = new Set(Object.entries(options.select).filter(([, value]) => value === true).map(([name]) => name))
  for (const [name, value] of Object.entries(options.select)) {
    if (value !== true) throw new UnsupportedSelectionError(options.collection, name, 'only whole top-level fields can be selected')
  }
  const selected = config.flattenedFields.filter((field) => wanted.has(field.name))
  for (const name of wanted) {
    if (name !== 'id' && !selected.some((field) => field.name === name)) throw new UnsupportedSelectionError(options.collection, name, 'no such field')
  }
  checkFields(options.collection, selected, '', true)

  const access = await executeAccess({ req, disableErrors: true }, config.access.read)
  if (!access) return []
  const where = access === true ? (options.where ?? {}) : combineQueries(options.where ?? {}, access)
  const { docs } = await req.payload.db.find<TransformCollectionWithSelect<TSlug, TSelect>>({
    collection: options.collection,
    where,
    select: options.select,
    sort: options.sort ?? config.defaultSort ?? '-createdAt',
    pagination: false,
    limit: 0,
    req,
  })
  const guarded = selected.flatMap((field) => (field.access?.read ? [{ name: field.name, read: field.access.read }] : []))
  for (const doc of docs) {
    for (const { name, read } of guarded) {
      const allowed = await read({ id: doc.id, data: doc, doc, req, siblingData: doc })
      if (!allowed) Reflect.deleteProperty(doc, name)
    }
  }
  return docs
}
