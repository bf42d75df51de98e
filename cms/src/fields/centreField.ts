import type { Field } from 'payload'
import { centreIdOf } from '../access/centreIdOf'
import { isAdminField } from '../access/isAdmin'

/**
 * The tenant of a document. Only admins may change it after creation; on create, non-admins get
 * their own centre and `enforceOwnCentre` refuses any other.
 */
export const centreField = (
  options: { required?: boolean; description?: { en: string; nl: string }; /** Empty is built in: the list says so, not `Geen "Centrum"`. */ builtInWhenEmpty?: boolean } = {},
): Field => ({
  name: 'centre',
  type: 'relationship',
  relationTo: 'centres',
  required: options.required ?? true,
  index: true,
  label: { en: 'Centre', nl: 'Centrum' },
  defaultValue: ({ user }) => centreIdOf(user) ?? undefined,
  access: { update: isAdminField },
  admin: {
    position: 'sidebar',
    ...(options.description ? { description: options.description } : {}),
    ...(options.builtInWhenEmpty ? { components: { Cell: '/components/ListCells#BuiltInWhenEmptyCell' } } : {}),
  },
})
