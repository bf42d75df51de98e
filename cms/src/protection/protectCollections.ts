import type { CollectionConfig } from 'payload'
import { limitResponseToPriorView, rememberPriorView } from './priorView'
import { randomUploadName } from './randomUploadName'

/**
 * Protections every collection gets, whoever adds it: a write's response carries only what the
 * writer could read before (see `priorView.ts`), and uploads are stored under random names.
 */
export const protectCollections = (collections: readonly CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        ...(collection.upload ? [randomUploadName] : []),
        ...(collection.hooks?.beforeOperation ?? []),
        rememberPriorView,
      ],
      afterChange: [...(collection.hooks?.afterChange ?? []), limitResponseToPriorView],
    },
  }))
