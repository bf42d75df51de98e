import { APIError, Forbidden, type Endpoint } from 'payload'
import { centreIdOf } from '../access/centreIdOf'
import { hasRole } from '../access/hasRole'
import { anonymiseExpiredTrajectories } from './anonymiseExpiredTrajectories'

const today = (): string => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' })

/**
 * `GET /api/retention/dry-run[?today=YYYY-MM-DD]`: what the nightly retention job would anonymise
 * (ids and dates only). Centre admins see their own centre's, admins every centre's.
 */
export const retentionDryRunEndpoint: Endpoint = {
  path: '/retention/dry-run',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'centre-admin')) throw new Forbidden(req.t)
    const params = new URL(req.url ?? 'http://localhost', 'http://localhost').searchParams
    const date = params.get('today') ?? today()
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new APIError('today must be YYYY-MM-DD', 400, undefined, true)
    const centre = hasRole(req.user, 'admin') ? params.get('centre') : centreIdOf(req.user)
    return Response.json(await anonymiseExpiredTrajectories(req.payload, { today: date, dryRun: true, centre }))
  },
}
