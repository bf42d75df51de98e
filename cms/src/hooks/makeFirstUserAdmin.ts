import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account of an empty installation (Payload's "create first user" screen) becomes an
 * admin; without this it would get the default role and no centre, and nobody could manage users.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || req.user) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
