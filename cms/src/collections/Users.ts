import type { CollectionConfig, SelectFieldValidation } from 'payload'
import { canCreateUsers } from '../access/canCreateUsers'
import { canDeleteUsers } from '../access/canDeleteUsers'
import { canManageStaffFields } from '../access/canManageStaffFields'
import { canManageUsers } from '../access/canManageUsers'
import { canReadUsers } from '../access/canReadUsers'
import { canUnlockUsers } from '../access/canUnlockUsers'
import { centreIdOf } from '../access/centreIdOf'
import { hasRole } from '../access/hasRole'
import { isAdminField } from '../access/isAdmin'
import { ROLES } from '../access/DoorstartUser'
import { limitSessionLifetime } from '../auth/limitSessionLifetime'
import { protectPasswords, sendResetLinkToNewUser } from '../auth/protectPasswords'
import { sendResetLinkEndpoint } from '../auth/sendResetLinkEndpoint'
import { clearWaitsOnUnlock, forgetFailedSignIns, throttleSignIn } from '../auth/throttleSignIn'
import { auditFields } from '../fields/auditFields'
import { fittingWorkplaces, validateChangedRelationship } from '../fields/fittingOptions'
import { enforceOwnCentre } from '../hooks/enforceOwnCentre'
import { makeFirstUserAdmin } from '../hooks/makeFirstUserAdmin'
import { requireSameCentre } from '../hooks/requireSameCentre'

const ROLE_LABELS = {
  admin: { en: 'Admin', nl: 'Beheerder' },
  'centre-admin': { en: 'Centre admin', nl: 'Centrumbeheerder' },
  coach: { en: 'Coach', nl: 'Coach' },
  'work-supervisor': { en: 'Work supervisor', nl: 'Werkbegeleider' },
  'policy-viewer': { en: 'Policy viewer', nl: 'Beleidsmedewerker' },
} as const

/**
 * Staff accounts. Passwords are hashed by Payload (PBKDF2) and chosen only by their owner (at
 * least 12 characters, not guessable). Failed sign-ins slow down whoever makes them (in
 * PostgreSQL, shared by every app server) instead of locking the account; tokens last 2 hours and
 * a session at most 12.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', nl: 'Gebruiker' }, plural: { en: 'Users', nl: 'Gebruikers' } },
  auth: {
    // Payload's own lock (5 failures lock the account for everyone) is replaced by throttleSignIn.
    maxLoginAttempts: 0,
    tokenExpiration: 2 * 60 * 60,
    useSessions: true,
    depth: 0,
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'centre'], group: { en: 'Organisation', nl: 'Organisatie' } },
  access: {
    read: canReadUsers,
    create: canCreateUsers,
    update: canManageUsers,
    delete: canDeleteUsers,
    unlock: canUnlockUsers,
    // Everyone signed in may open the admin; what they see is decided per collection.
    admin: ({ req: { user } }) => Boolean(user),
  },
  endpoints: [sendResetLinkEndpoint],
  hooks: {
    beforeOperation: [throttleSignIn, protectPasswords, limitSessionLifetime],
    afterLogin: [forgetFailedSignIns],
    afterOperation: [clearWaitsOnUnlock, sendResetLinkToNewUser],
    beforeChange: [
      makeFirstUserAdmin,
      // Admin accounts need no centre; everyone else belongs to exactly one.
      (args) => (args.req.user && hasRole(args.req.user, 'admin') ? args.data : enforceOwnCentre()(args)),
      requireSameCentre('users', [{ field: 'workplace', relationTo: 'workplaces' }]),
    ],
  },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', nl: 'Naam' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'coach',
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      label: { en: 'Role', nl: 'Rol' },
      saveToJWT: true,
      access: { create: canManageStaffFields, update: canManageStaffFields },
      // Only admins make admins (a centre admin cannot promote anyone, themselves included).
      validate: ((value, { req }) =>
        value === 'admin' && req.user && !hasRole(req.user, 'admin')
          ? req.i18n?.language === 'en' ? 'Only admins can grant the admin role.' : 'Alleen beheerders kunnen de rol beheerder geven.'
          : true) satisfies SelectFieldValidation,
    },
    {
      name: 'centre',
      type: 'relationship',
      relationTo: 'centres',
      index: true,
      saveToJWT: true,
      label: { en: 'Centre', nl: 'Centrum' },
      defaultValue: ({ user }) => centreIdOf(user) ?? undefined,
      access: { update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'workplace',
      type: 'relationship',
      relationTo: 'workplaces',
      label: { en: 'Workplace (work supervisors)', nl: 'Werkplek (werkbegeleiders)' },
      filterOptions: fittingWorkplaces,
      validate: validateChangedRelationship,
      access: { create: canManageStaffFields, update: canManageStaffFields },
      admin: { position: 'sidebar', condition: (data) => data?.role === 'work-supervisor' },
    },
    ...auditFields(),
  ],
}
