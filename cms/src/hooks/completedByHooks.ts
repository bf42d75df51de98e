import type { CollectionSlug, RequiredDataFromCollectionSlug } from 'payload'

/**
 * Data for a server-side `create` whose other required fields the collection's own hooks fill in
 * (the centre from the participant or the writer, the status, the proposer). Payload's types ask
 * the caller for every required field, hooks or not; this says so in one named place instead of a
 * blind cast. Never for a request body: that is validated by Payload itself.
 *
 * @example
 * await req.payload.create({ collection: 'awards', data: completedByHooks('awards', { participant: 3, status: 'proposed' }), req })
 */
export const completedByHooks = <TSlug extends CollectionSlug>(
  _collection: TSlug,
  data: Partial<RequiredDataFromCollectionSlug<TSlug>>,
): RequiredDataFromCollectionSlug<TSlug> => data as RequiredDataFromCollectionSlug<TSlug>
