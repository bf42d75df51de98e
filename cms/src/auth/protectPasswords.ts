import { randomBytes } from 'node:crypto'
import { APIError, ValidationError, type CollectionAfterOperationHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { hasRole } from '../access/hasRole'
import { isSameId } from '../access/idOf'
import { findPasswordProblem, PASSWORD_MESSAGES } from './passwordStrength'

const SEND_RESET_LINK = 'doorstart:send-reset-link'

const refuseWeak = (req: PayloadRequest, password: string, inputs: readonly unknown[]): void => {
  const problem = findPasswordProblem(password, inputs.filter((input): input is string => typeof input === 'string'))
  if (!problem) return
  const message = PASSWORD_MESSAGES[problem][req.i18n?.language === 'nl' ? 'nl' : 'en']
  throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message }], req }, req.t)
}

const notYours = (req: PayloadRequest): Error =>
  new APIError(
    req.i18n?.language === 'nl'
      ? 'Alleen de gebruiker zelf kiest een wachtwoord; stuur een herstellink (password-set-by-owner-only).'
      : 'Only the user chooses their password; send them a reset link instead (password-set-by-owner-only).',
    403,
    undefined,
    true,
  )

/**
 * Passwords: at least 12 characters and not guessable (`passwordStrength.ts`) wherever one is
 * chosen (account creation, own change, reset link, first user). Nobody sets another person's
 * password: a centre admin who creates an account gives it a random password and the new user
 * gets a reset link; a change of someone else's password is refused (platform admins excepted,
 * for recovery). The local API with access overridden (seed, scripts) is trusted.
 */
export const protectPasswords: CollectionBeforeOperationHook = async ({ args, operation, overrideAccess, req }) => {
  const data = (args as { data?: Record<string, unknown> }).data
  const password = data?.password
  if (typeof password !== 'string') return args
  if (operation === 'resetPassword') {
    refuseWeak(req, password, [])
    return args
  }
  if (operation !== 'create' && operation !== 'update') return args
  if (req.payloadAPI === 'local' && overrideAccess) return args
  const { user } = req
  if (operation === 'create') {
    if (user && !hasRole(user, 'admin')) {
      req.context[SEND_RESET_LINK] = true
      return { ...args, data: { ...data, password: randomBytes(24).toString('base64url') } }
    }
    refuseWeak(req, password, [data?.email, data?.name])
    return args
  }
  const { id } = args as { id?: number | string }
  if (user && !hasRole(user, 'admin') && (id === undefined || !isSameId(id, user.id))) throw notYours(req)
  refuseWeak(req, password, [data?.email, data?.name, (user as { email?: string } | null)?.email])
  return args
}

/** The new account's reset link (its owner picks the password), after a centre admin created it. */
export const sendResetLinkToNewUser: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'create' || !req.context[SEND_RESET_LINK]) return result
  delete req.context[SEND_RESET_LINK]
  const email = (result as { email?: unknown } | undefined)?.email
  if (typeof email === 'string') await req.payload.forgotPassword({ collection: 'users', data: { email }, req })
  return result
}
