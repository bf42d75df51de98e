import type { Field } from 'payload'

/**
 * Ids and machine rules, folded away under "Geavanceerd" (closed at first): people read the
 * titles and descriptions, which say the rule in words. Only presentation: the data keeps its shape.
 */
export const advanced = (fields: Field[], description?: { en: string; nl: string }): Field => ({
  type: 'collapsible',
  label: { en: 'Advanced', nl: 'Geavanceerd' },
  admin: {
    initCollapsed: true,
    description: description ?? {
      en: 'What the computer reads: ids and rules. The titles and descriptions above say them in words.',
      nl: 'Wat de computer leest: id’s en regels. De titels en beschrijvingen hierboven zeggen het in woorden.',
    },
  },
  fields,
})
