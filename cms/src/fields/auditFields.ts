import type { Field, FieldHook } from 'payload'

// Whatever a client sends, these values come from the server: who created and who last changed.
const setCreatedBy: FieldHook = ({ operation, req, originalDoc, value }) =>
  operation === 'create' ? (req.user?.id ?? value ?? null) : (originalDoc?.createdBy ?? null)

const setUpdatedBy: FieldHook = ({ req, originalDoc }) => req.user?.id ?? originalDoc?.updatedBy ?? null

/**
 * Shown only when known: documents from the demo data or an import name nobody, and an empty
 * read-only picker would say "Selecteer een waarde" to someone who cannot select anything.
 */
const whenKnown =
  (name: 'createdBy' | 'updatedBy') =>
  (data: Partial<Record<string, unknown>>): boolean =>
    data?.[name] !== undefined && data?.[name] !== null && data?.[name] !== ''

/** Who created and who last changed a document; `createdAt`/`updatedAt` come from Payload. */
export const auditFields = (): Field[] => [
  {
    name: 'createdBy',
    type: 'relationship',
    relationTo: 'users',
    label: { en: 'Created by', nl: 'Aangemaakt door' },
    admin: { readOnly: true, position: 'sidebar', condition: whenKnown('createdBy') },
    hooks: { beforeChange: [setCreatedBy] },
  },
  {
    name: 'updatedBy',
    type: 'relationship',
    relationTo: 'users',
    label: { en: 'Last changed by', nl: 'Laatst gewijzigd door' },
    admin: { readOnly: true, position: 'sidebar', condition: whenKnown('updatedBy') },
    hooks: { beforeChange: [setUpdatedBy] },
  },
]
