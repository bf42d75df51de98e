import { randomUUID } from 'node:crypto'
import path from 'node:path'
import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Every stored upload gets a random name (keeping only a short extension): a name chosen by the
 * uploader could collide with another centre's file, and Payload's answer to a collision
 * (`name-1.png`) would tell that the other file exists. The original name is not kept either.
 */
export const randomUploadName: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file) {
    const extension = path.extname(req.file.name).toLowerCase()
    req.file.name = `${randomUUID()}${/^\.[a-z0-9]{1,8}$/.test(extension) ? extension : ''}`
  }
  return args
}
