import type { CollectionConfig } from 'payload'
import { canCreateInOwnCentre } from '../../access/canCreateInOwnCentre'
import { canManageOwnCentre } from '../../access/canManageOwnCentre'
import { canReadOwnCentre } from '../../access/canReadOwnCentre'
import { auditFields } from '../../fields/auditFields'
import { centreField } from '../../fields/centreField'
import { enforceOwnCentre } from '../../hooks/enforceOwnCentre'
import { requireOwnLearningGoals } from './requireOwnLearningGoals'

/** A centre's curriculum: modules with rich text, each tied to its own or built-in learning goals. */
export const Curricula: CollectionConfig = {
  slug: 'curricula',
  labels: { singular: { en: 'Curriculum', nl: 'Curriculum' }, plural: { en: 'Curricula', nl: 'Curricula' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'centre'], group: { en: 'Curriculum', nl: 'Curriculum' } },
  access: {
    read: canReadOwnCentre,
    create: canCreateInOwnCentre('centre-admin'),
    update: canManageOwnCentre,
    delete: canManageOwnCentre,
  },
  hooks: { beforeChange: [enforceOwnCentre(), requireOwnLearningGoals] },
  fields: [
    { name: 'title', type: 'text', required: true, label: { en: 'Title', nl: 'Titel' } },
    { name: 'introduction', type: 'richText', label: { en: 'Introduction', nl: 'Inleiding' } },
    {
      name: 'modules',
      type: 'array',
      label: { en: 'Modules', nl: 'Modules' },
      labels: { singular: { en: 'Module', nl: 'Module' }, plural: { en: 'Modules', nl: 'Modules' } },
      fields: [
        { name: 'title', type: 'text', required: true, label: { en: 'Title', nl: 'Titel' } },
        { name: 'hours', type: 'number', min: 0, label: { en: 'Hours', nl: 'Uren' } },
        { name: 'content', type: 'richText', label: { en: 'Content', nl: 'Inhoud' } },
        {
          name: 'learningGoals',
          type: 'relationship',
          relationTo: 'learning-goals',
          hasMany: true,
          label: { en: 'Learning goals', nl: 'Leerdoelen' },
        },
      ],
    },
    centreField(),
    ...auditFields(),
  ],
}
