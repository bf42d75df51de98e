import { Forbidden, NotFound, type Endpoint } from 'payload'
import { centreIdOf } from '../access/centreIdOf'
import { hasRole } from '../access/hasRole'
import { isSameId } from '../access/idOf'

/**
 * `POST /api/users/:id/send-reset-link`: an admin, or the centre admin of the user's centre,
 * sends a user a link to choose a new password (nobody sets it for them).
 */
export const sendResetLinkEndpoint: Endpoint = {
  path: '/:id/send-reset-link',
  method: 'post',
  handler: async (req) => {
    const { user } = req
    const id = String(req.routeParams?.id ?? '')
    if (!user || !hasRole(user, 'admin', 'centre-admin')) throw new Forbidden(req.t)
    if (!/^\d{1,15}$/.test(id)) throw new NotFound(req.t)
    const target = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req }).catch(() => null)
    const allowed = target && (hasRole(user, 'admin') || (isSameId(target.centre, centreIdOf(user)) && target.role !== 'admin'))
    if (!target || !allowed) throw new NotFound(req.t)
    await req.payload.forgotPassword({ collection: 'users', data: { email: target.email }, req })
    return Response.json({ message: 'A reset link has been sent (reset-link-sent).' })
  },
}
