import type { PayloadRequest } from 'payload'

export interface CentreSettings {
  caseloadOnly: boolean
  bsnEnabled: boolean
}

// Straight from the adapter (in the request's transaction): two checkboxes of a centre need none
// of the read operation's work (access, hooks, field traversal), and every signed-in request of a
// coach asks for them.
const readSettings = async (req: PayloadRequest, centre: number | string): Promise<CentreSettings> => {
  const doc = (await req.payload.db
    .findOne({ collection: 'centres', where: { id: { equals: centre } }, select: { caseloadOnly: true, bsnEnabled: true }, req })
    .catch(() => null)) as { caseloadOnly?: boolean | null; bsnEnabled?: boolean | null } | null
  return { caseloadOnly: Boolean(doc?.caseloadOnly), bsnEnabled: Boolean(doc?.bsnEnabled) }
}

/**
 * A centre's access-relevant settings, read once per request. The promise is cached, not the
 * value: afterRead hooks run for all documents of a list at once and would otherwise all miss.
 */
export const getCentreSettings = (req: PayloadRequest, centre: number | string): Promise<CentreSettings> => {
  const key = `doorstart:centre-settings:${centre}`
  const cached = req.context[key] as Promise<CentreSettings> | undefined
  if (cached) return cached
  const settings = readSettings(req, centre)
  req.context[key] = settings
  return settings
}
