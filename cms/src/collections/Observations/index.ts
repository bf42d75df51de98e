import { OBSERVER_ROLES } from '@doorstart/ladder'
import type { CollectionConfig, FieldAccess } from 'payload'
import { canReadObservations, canUpdateObservations } from '../../access/canAccessObservations'
import { canCreateInOwnCentre } from '../../access/canCreateInOwnCentre'
import { canManageOwnCentre } from '../../access/canManageOwnCentre'
import { canReadObservationNote } from '../../access/canReadObservationNote'
import { auditFields } from '../../fields/auditFields'
import { centreField } from '../../fields/centreField'
import { dayField } from '../../fields/dayField'
import { serverComputed } from '../../fields/serverComputed'
import { prepareObservation } from './prepareObservation'

const serverOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

const OBSERVER_ROLE_LABELS: Record<(typeof OBSERVER_ROLES)[number], { en: string; nl: string }> = {
  supervisor: { en: 'Work supervisor', nl: 'Werkbegeleider' },
  'master-trainer': { en: 'Master trainer', nl: 'Leermeester' },
  coach: { en: 'Coach', nl: 'Coach' },
  jobcoach: { en: 'Job coach', nl: 'Jobcoach' },
  teacher: { en: 'Teacher', nl: 'Docent' },
  participant: { en: 'Participant', nl: 'Deelnemer' },
}

/**
 * Learning evidence from the workplace: what a work supervisor (or coach) saw a participant do on
 * a learning goal. Work-related only. Supervisors record them for participants at their own
 * workplace (checked on the server); the engine turns them into goal progress.
 */
export const Observations: CollectionConfig = {
  slug: 'observations',
  labels: { singular: { en: 'Observation', nl: 'Observatie' }, plural: { en: 'Observations', nl: 'Observaties' } },
  admin: {
    useAsTitle: 'displayTitle',
    listSearchableFields: ['displayTitle'],
    defaultColumns: ['participant', 'learningGoal', 'observedOn', 'level', 'positive', 'observer'],
    group: { en: 'Participants', nl: 'Deelnemers' },
  },
  access: {
    read: canReadObservations,
    create: canCreateInOwnCentre('centre-admin', 'coach', 'work-supervisor'),
    update: canUpdateObservations,
    delete: canManageOwnCentre,
  },
  hooks: { beforeChange: [prepareObservation] },
  fields: [
    // "DS-7K3Q9X2M · Op tijd komen · 28-11-2026", set by the collection's hook: the title people see.
    serverComputed({ name: 'displayTitle', type: 'text', label: { en: 'Title', nl: 'Titel' }, admin: { hidden: true, readOnly: true } }),
    { name: 'participant', type: 'relationship', relationTo: 'participants', required: true, index: true, label: { en: 'Participant', nl: 'Deelnemer' } },
    { name: 'workplace', type: 'relationship', relationTo: 'workplaces', index: true, label: { en: 'Workplace', nl: 'Werkplek' } },
    { name: 'learningGoal', type: 'relationship', relationTo: 'learning-goals', required: true, label: { en: 'Learning goal', nl: 'Leerdoel' } },
    { name: 'positive', type: 'checkbox', label: { en: 'Went well', nl: 'Ging goed' } },
    {
      name: 'level',
      type: 'number',
      min: 1,
      max: 5,
      label: { en: 'Level (1–5)', nl: 'Niveau (1–5)' },
      admin: {
        description: {
          en: '1 not yet, 2 with help, 3 independently, 4 can show others, 5 fully (counted as 4 by the engine).',
          nl: '1 nog niet, 2 met hulp, 3 zelfstandig, 4 kan het anderen laten zien, 5 volledig (telt in de berekening als 4).',
        },
      },
    },
    { name: 'note', type: 'textarea', maxLength: 500, label: { en: 'Short note (work only)', nl: 'Korte notitie (alleen over het werk)' }, access: { read: canReadObservationNote } },
    dayField('observedOn', { en: 'Date', nl: 'Datum' }, { required: true }),
    { name: 'observer', type: 'relationship', relationTo: 'users', access: serverOnly, label: { en: 'Observed by', nl: 'Waargenomen door' }, admin: { readOnly: true } },
    {
      name: 'observerRole',
      type: 'select',
      access: serverOnly,
      options: OBSERVER_ROLES.map((value) => ({ value, label: OBSERVER_ROLE_LABELS[value] })),
      label: { en: 'Observer role', nl: 'Rol van de waarnemer' },
      admin: { readOnly: true },
    },
    centreField(),
    ...auditFields(),
  ],
}
