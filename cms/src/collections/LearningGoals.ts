import type { CollectionConfig } from 'payload'
import { canCreateInOwnCentre } from '../access/canCreateInOwnCentre'
import { canManageOwnCentre } from '../access/canManageOwnCentre'
import { canReadOwnCentreOrBuiltin } from '../access/canReadOwnCentreOrBuiltin'
import { auditFields } from '../fields/auditFields'
import { centreField } from '../fields/centreField'
import { displayTitleField, dutchOf } from '../fields/displayTitleField'
import { advanced } from '../fields/advanced'
import { localizedText } from '../fields/localizedTextFields'
import { enforceOwnCentre } from '../hooks/enforceOwnCentre'

/**
 * Learning goals (leerdoelen) in the ladder library's `LearningGoal` shape: built-in ones have no
 * centre; centres add their own.
 */
export const LearningGoals: CollectionConfig = {
  slug: 'learning-goals',
  labels: { singular: { en: 'Learning goal', nl: 'Leerdoel' }, plural: { en: 'Learning goals', nl: 'Leerdoelen' } },
  admin: { useAsTitle: 'displayTitle', defaultColumns: ['displayTitle', 'competence', 'sources', 'centre'], group: { en: 'Curriculum', nl: 'Curriculum' } },
  access: {
    read: canReadOwnCentreOrBuiltin,
    create: canCreateInOwnCentre('centre-admin'),
    update: canManageOwnCentre,
    delete: canManageOwnCentre,
  },
  hooks: { beforeChange: [enforceOwnCentre({ allowBuiltin: true })] },
  indexes: [{ fields: ['goalId', 'centre'], unique: true }],
  fields: [
    displayTitleField((doc) => dutchOf(doc.title) || String(doc.goalId ?? '')),
    { name: 'goalId', type: 'text', required: true, index: true, label: { en: 'Goal id', nl: 'Leerdoel-id' } },
    localizedText('title', { en: 'Title', nl: 'Titel' }),
    localizedText('description', { en: 'Description', nl: 'Beschrijving' }, { textarea: true }),
    {
      name: 'competence',
      type: 'select',
      required: true,
      label: { en: 'Competence area', nl: 'Competentiegebied' },
      options: [
        { value: 'employee-skills', label: { en: 'Employee skills', nl: 'Werknemersvaardigheden' } },
        { value: 'language', label: { en: 'Language', nl: 'Taal' } },
        { value: 'digital', label: { en: 'Digital skills', nl: 'Digitale vaardigheden' } },
        { value: 'safety', label: { en: 'Safety', nl: 'Veiligheid' } },
        { value: 'hygiene', label: { en: 'Hygiene', nl: 'Hygiëne' } },
        { value: 'vocational', label: { en: 'Vocational', nl: 'Vakgericht' } },
      ],
    },
    { name: 'sectors', type: 'text', hasMany: true, label: { en: 'Sectors', nl: 'Sectoren' } },
    {
      name: 'sources',
      type: 'text',
      hasMany: true,
      label: { en: 'Sources', nl: 'Bronnen' },
      admin: { components: { Field: '/components/SourcesField#SourcesField', Cell: '/components/SourcesField#SourcesCell' } },
    },
    {
      name: 'evidence',
      type: 'group',
      label: { en: 'Evidence', nl: 'Bewijs' },
      fields: [
        localizedText('title', { en: 'What proves it', nl: 'Wat het bewijst' }),
        advanced([
          {
            name: 'rule',
            type: 'json',
            label: { en: 'Rule (JSON Logic)', nl: 'Regel (JSON Logic)' },
            admin: { components: { Field: '/components/JsonTextareaField#JsonTextareaField' } },
          },
          {
            name: 'observations',
            type: 'json',
            label: { en: 'Observation requirement', nl: 'Eis aan observaties' },
            admin: { components: { Field: '/components/JsonTextareaField#JsonTextareaField' } },
          },
        ]),
      ],
    },
    advanced([
      {
        name: 'contributesTo',
        type: 'json',
        label: { en: 'Contributes to (rungs, certificates)', nl: 'Draagt bij aan (treden, certificaten)' },
        admin: { components: { Field: '/components/JsonTextareaField#JsonTextareaField' } },
      },
    ]),
    centreField({
      required: false,
      builtInWhenEmpty: true,
      description: { en: 'Empty: a built-in learning goal.', nl: 'Leeg: een ingebouwd leerdoel.' },
    }),
    ...auditFields(),
  ],
}
