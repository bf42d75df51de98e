import type { CollectionConfig } from 'payload'
import { canCreateUsers } from '../access/canCreateUsers'
import { canDeleteUsers } from '../access/canDeleteUsers'
import { canManageStaffFields } from '../access/canManageStaffFields'
import { canManageUsers } from '../access/canManageUsers'
import { canReadUsers } from '../access/canReadUsers'
import { centreIdOf } from '../access/centreIdOf'
import { hasRole } from '../access/hasRole'
import { isAdminField } from '../access/isAdmin'
import { ROLES } from '../access/DoorstartUser'
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
 * Staff accounts. Passwords are hashed by Payload (PBKDF2); logins lock after 5 failures for
 * 10 minutes; sessions expire after 2 hours.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', nl: 'Gebruiker' }, plural: { en: 'Users', nl: 'Gebruikers' } },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
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
    // Everyone signed in may open the admin; what they see is decided per collection.
    admin: ({ req: { user } }) => Boolean(user),
  },
  hooks: {
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
      validate: (value: unknown, { req }: { req: { user?: unknown; i18n?: { language?: string } } }) =>
        value === 'admin' && req.user && !hasRole(req.user as never, 'admin')
          ? req.i18n?.language === 'en' ? 'Only admins can grant the admin role.' : 'Alleen beheerders kunnen de rol beheerder geven.'
          : true,
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
