import type { CollectionConfig } from 'payload'
import { canCreateInOwnCentre } from '../access/canCreateInOwnCentre'
import { canManageOwnCentre } from '../access/canManageOwnCentre'
import { canReadOwnCentre } from '../access/canReadOwnCentre'
import { auditFields } from '../fields/auditFields'
import { centreField } from '../fields/centreField'
import { localizedText } from '../fields/localizedTextFields'
import { enforceOwnCentre } from '../hooks/enforceOwnCentre'
import { requireSameCentre } from '../hooks/requireSameCentre'

// The agenda item kinds of @doorstart/ladder's planWeekAgenda (AgendaItemKind).
export const ACTIVITY_KINDS = [
  { value: 'work', label: { en: 'Work', nl: 'Werk' } },
  { value: 'course', label: { en: 'Course', nl: 'Les of cursus' } },
  { value: 'coaching', label: { en: 'Coach talk', nl: 'Gesprek met de coach' } },
  { value: 'other', label: { en: 'Other', nl: 'Anders' } },
] as const

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

/**
 * A centre's weekly activities (language class, coach talk, work hours), per workplace: the
 * material `planWeekAgenda` plans a participant's werkweekagenda from.
 */
export const Activities: CollectionConfig = {
  slug: 'activities',
  labels: { singular: { en: 'Activity', nl: 'Activiteit' }, plural: { en: 'Activities', nl: 'Activiteiten' } },
  admin: {
    useAsTitle: 'startTime',
    defaultColumns: ['name', 'kind', 'workplace', 'weekday', 'startTime', 'hours'],
    group: { en: 'Organisation', nl: 'Organisatie' },
  },
  access: {
    read: canReadOwnCentre,
    create: canCreateInOwnCentre('centre-admin'),
    update: canManageOwnCentre,
    delete: canManageOwnCentre,
  },
  hooks: {
    beforeChange: [enforceOwnCentre(), requireSameCentre('activities', [{ field: 'workplace', relationTo: 'workplaces' }])],
  },
  fields: [
    localizedText('name', { en: 'Name', nl: 'Naam' }),
    { name: 'kind', type: 'select', required: true, defaultValue: 'work', options: ACTIVITY_KINDS.map((option) => ({ ...option })), label: { en: 'Kind', nl: 'Soort' } },
    {
      name: 'workplace',
      type: 'relationship',
      relationTo: 'workplaces',
      label: { en: 'Workplace', nl: 'Werkplek' },
      admin: {
        description: { en: 'Empty: for every workplace (a course, the coach talk).', nl: 'Leeg: voor alle werkplekken (een cursus, het coachgesprek).' },
        components: { Cell: '/components/ListCells#EveryWorkplaceWhenEmptyCell' },
      },
    },
    {
      name: 'weekday',
      type: 'number',
      required: true,
      min: 1,
      max: 7,
      label: { en: 'Weekday (1 = Monday … 7 = Sunday)', nl: 'Dag (1 = maandag … 7 = zondag)' },
      admin: { components: { Cell: '/components/ListCells#WeekdayCell' } },
      validate: (value: unknown) =>
        Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 7 ? true : 'Kies een dag van 1 (maandag) tot 7 (zondag).',
    },
    {
      name: 'startTime',
      type: 'text',
      required: true,
      label: { en: 'Start (HH:mm)', nl: 'Begintijd (UU:mm)' },
      validate: (value: unknown) => (typeof value === 'string' && TIME.test(value) ? true : 'Schrijf de tijd als UU:mm, bijvoorbeeld 09:00.'),
    },
    { name: 'hours', type: 'number', required: true, min: 0.25, max: 12, label: { en: 'Hours', nl: 'Uren' } },
    { name: 'learningGoals', type: 'relationship', relationTo: 'learning-goals', hasMany: true, label: { en: 'Learning goals it trains', nl: 'Leerdoelen die het traint' } },
    {
      name: 'required',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'Always planned (e.g. the coach talk)', nl: 'Altijd inplannen (bijvoorbeeld het coachgesprek)' },
    },
    { name: 'location', type: 'text', label: { en: 'Location', nl: 'Locatie' } },
    centreField(),
    ...auditFields(),
  ],
}
