import type { PayloadRequest } from 'payload'

export interface CentreSettings {
  caseloadOnly: boolean
  bsnEnabled: boolean
}

const readSettings = async (req: PayloadRequest, centre: number | string): Promise<CentreSettings> => {
  const doc = await req.payload
    .findByID({ collection: 'centres', id: centre, depth: 0, overrideAccess: true, req, select: { caseloadOnly: true, bsnEnabled: true } })
    .catch(() => null)
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
