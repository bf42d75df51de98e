import { APIError, type CollectionBeforeOperationHook } from 'payload'

/** However often a session is refreshed, it ends this long after the sign-in (a working day). */
export const ABSOLUTE_SESSION_HOURS = 12

/**
 * `refresh-token` (REST and GraphQL) extends a session by the token lifetime, but never past
 * {@link ABSOLUTE_SESSION_HOURS} after the sign-in that started it: then the user signs in again.
 */
export const limitSessionLifetime: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'refresh' || !req.user) return args
  const sid = (req.user as { _sid?: string })._sid
  const stored = await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: req.user.id } }, req })
  const session = ((stored as { sessions?: { id: string; createdAt: string | Date }[] } | null)?.sessions ?? []).find((item) => item.id === sid)
  const tokenSeconds = collection.auth && typeof collection.auth === 'object' ? (collection.auth.tokenExpiration ?? 7200) : 7200
  const endsAt = session ? new Date(session.createdAt).getTime() + ABSOLUTE_SESSION_HOURS * 3_600_000 : 0
  if (Date.now() + tokenSeconds * 1000 > endsAt) {
    throw new APIError(
      req.i18n?.language === 'nl' ? 'De sessie is verlopen; log opnieuw in (session-expired).' : 'The session has ended; sign in again (session-expired).',
      401,
      undefined,
      true,
    )
  }
  return args
}
