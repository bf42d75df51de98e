import type { NamedGroupField } from 'payload'

/** A `{ nl, en }` group, matching the ladder library's LocalizedText. */
export const localizedText = (
  name: string,
  label: { en: string; nl: string },
  options: { textarea?: boolean } = {},
): NamedGroupField => ({
  name,
  type: 'group',
  label,
  fields: [
    options.textarea ? { name: 'nl', type: 'textarea', label: 'Nederlands' } : { name: 'nl', type: 'text', label: 'Nederlands' },
    options.textarea ? { name: 'en', type: 'textarea', label: 'English' } : { name: 'en', type: 'text', label: 'English' },
  ],
})
