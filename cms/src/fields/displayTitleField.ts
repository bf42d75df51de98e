import type { Field } from 'payload'

type Data = Record<string, unknown> | undefined

/**
 * A stored, read-only title computed from the document on every save, for `useAsTitle` (Payload
 * cannot use a field inside a group as the title): people see "Participatieladder · versie
 * 2026.1", not an id.
 */
export const displayTitleField = (compute: (doc: Record<string, unknown>) => string): Field => ({
  name: 'displayTitle',
  type: 'text',
  label: { en: 'Title', nl: 'Titel' },
  admin: { hidden: true, readOnly: true },
  hooks: {
    beforeChange: [({ data, originalDoc }) => compute({ ...((originalDoc as Data) ?? {}), ...((data as Data) ?? {}) })],
  },
})

/** The Dutch text of a `{ nl, en }` group, else the English, else nothing. */
export const dutchOf = (text: unknown): string => {
  const value = text as { nl?: string | null; en?: string | null } | null | undefined
  return value?.nl?.trim() || value?.en?.trim() || ''
}
