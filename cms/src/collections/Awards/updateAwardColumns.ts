import type { PayloadRequest } from 'payload'
import type { Award } from '../../payload-types'

/**
 * Writes server-set columns of an award as one UPDATE, in the request's transaction: approval and
 * issuance. A full `payload.update` merges the whole document and rewrites the award's lists
 * (competences, evidence, signatories) and runs hooks that concern what users edit: about 100 ms
 * of each approval and each issuance on a busy machine. The unique indexes still apply, and the
 * caller sets `updatedAt` (and `updatedBy`) itself.
 */
export const updateAwardColumns = async (req: PayloadRequest, id: number | string, data: Partial<Award>): Promise<void> => {
  await req.payload.db.updateOne({ collection: 'awards', id, data, req, returning: false })
}
