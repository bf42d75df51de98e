import { Forbidden, type Access, type CollectionBeforeChangeHook, type CollectionConfig, type PayloadRequest, type RunJobAccess, type SanitizedConfig, type Where } from 'payload'
import { centreIdOf } from '../access/centreIdOf'
import { hasRole } from '../access/hasRole'
import { idOf } from '../access/idOf'
import type { PayloadLockedDocument } from '../payload-types'

const isAdminUser: Access = ({ req: { user } }) => hasRole(user, 'admin')
/** The jobs endpoints' access has its own shape (run, queue and cancel answer a plain boolean). */
const isAdminJobUser: RunJobAccess = ({ req: { user } }) => hasRole(user, 'admin')

const colleagues = new WeakMap<PayloadRequest, Promise<(number | string)[]>>()

/** Ids of the users of the signed-in user's centre (once per request). */
const colleaguesOf = (req: PayloadRequest): Promise<(number | string)[]> => {
  let found = colleagues.get(req)
  if (!found) {
    const centre = centreIdOf(req.user)
    found =
      centre === null
        ? Promise.resolve([])
        : req.payload
            .find({ collection: 'users', where: { centre: { equals: centre } }, depth: 0, pagination: false, overrideAccess: true, req })
            .then(({ docs }) => docs.map((doc) => doc.id))
    colleagues.set(req, found)
  }
  return found
}

/**
 * Document locks ("X is editing this"): everyone sees the locks held by people of their own
 * centre (the admin shows them), but creates, changes and removes only their own.
 */
const readLocks: Access = async ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return { 'user.value': { in: [req.user.id, ...(await colleaguesOf(req))] } }
}
const ownLocks: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { 'user.value': { equals: user.id } }
}

/**
 * A lock is always in the name of the user who takes it, and only on a document that user may
 * read: nobody can block another centre's work or pretend to be someone else.
 */
const lockInOwnName: CollectionBeforeChangeHook<PayloadLockedDocument> = async ({ data, req }) => {
  const { user } = req
  if (!user) return data
  const document = data.document
  if (document?.relationTo && !hasRole(user, 'admin')) {
    const id = idOf(document.value)
    const readable =
      id !== null &&
      (await req.payload
        .findByID({ collection: document.relationTo, id, depth: 0, select: {}, overrideAccess: false, user, req })
        .then(() => true)
        .catch(() => false))
    if (!readable) throw new Forbidden(req.t)
  }
  return { ...data, user: { relationTo: user.collection, value: user.id } }
}

/** A user's own preferences only (Payload scopes read, update and delete; create too). */
const ownPreferences: Access = ({ req: { user } }) => {
  if (!user) return false
  const where: Where = { and: [{ 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }] }
  return where
}
const signedIn: Access = ({ req: { user } }) => Boolean(user)

const NONE: Access = () => false

const INTERNAL: Record<string, (collection: CollectionConfig) => void> = {
  'payload-locked-documents': (collection) => {
    collection.access = { ...collection.access, read: readLocks, create: signedIn, update: ownLocks, delete: ownLocks }
    collection.hooks = { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), lockInOwnName] }
  },
  'payload-preferences': (collection) => {
    collection.access = { ...collection.access, read: ownPreferences, create: signedIn, update: ownPreferences, delete: ownPreferences }
  },
  // The jobs queue runs on the server; nobody reads or writes it through the API.
  'payload-jobs': (collection) => {
    collection.access = { ...collection.access, read: isAdminUser, create: NONE, update: NONE, delete: NONE }
  },
  'payload-migrations': (collection) => {
    collection.access = { ...collection.access, read: isAdminUser, create: NONE, update: NONE, delete: NONE }
  },
  'payload-kv': (collection) => {
    collection.access = { ...collection.access, read: NONE, create: NONE, update: NONE, delete: NONE }
  },
}

/**
 * Payload adds its own collections while it sanitises the config, with its default access (any
 * signed-in user) for some: this scopes them to the user and centre afterwards. The jobs
 * endpoints (run, queue, cancel) are admin-only unless the config says otherwise.
 */
export const protectInternalCollections = async (config: Promise<SanitizedConfig>): Promise<SanitizedConfig> => {
  const sanitized = await config
  for (const collection of sanitized.collections) INTERNAL[collection.slug]?.(collection as unknown as CollectionConfig)
  if (sanitized.jobs) {
    // Payload fills in its `defaultAccess` (any signed-in user) where the config said nothing.
    const access = sanitized.jobs.access ?? {}
    const orAdmin = (fn: RunJobAccess | undefined): RunJobAccess => (!fn || fn.name === 'defaultAccess' ? isAdminJobUser : fn)
    sanitized.jobs.access = { ...access, run: orAdmin(access.run), queue: orAdmin(access.queue), cancel: orAdmin(access.cancel) }
  }
  return sanitized
}
