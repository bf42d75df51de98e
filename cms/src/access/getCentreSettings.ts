import type { PayloadRequest } from 'payload'

export interface CentreSettings {
  caseloadOnly: boolean
  bsnEnabled: boolean
}

/** A centre's access-relevant settings, read once per request. */
export const getCentreSettings = async (
  req: PayloadRequest,
  centre: number | string,
): Promise<CentreSettings> => {
  const key = `doorstart:centre-settings:${centre}`
  const cached = req.context[key] as CentreSettings | undefined
  if (cached) return cached
  const doc = await req.payload
    .findByID({ collection: 'centres', id: centre, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  const settings: CentreSettings = {
    caseloadOnly: Boolean(doc?.caseloadOnly),
    bsnEnabled: Boolean(doc?.bsnEnabled),
  }
  req.context[key] = settings
  return settings
}
