import type { CollectionConfig } from 'payload'
import { canAccessParticipantRecords } from '../../access/canAccessParticipantRecords'
import { canCreateInOwnCentre } from '../../access/canCreateInOwnCentre'
import { canManageOwnCentre } from '../../access/canManageOwnCentre'
import { auditFields } from '../../fields/auditFields'
import { centreField } from '../../fields/centreField'
import { dayField } from '../../fields/dayField'
import { serverComputed } from '../../fields/serverComputed'
import { prepareReview } from './prepareReview'
import { recordReview } from './recordReview'

export const REVIEW_DECISIONS = [
  { value: 'continue', label: { en: 'Continue', nl: 'Doorgaan' } },
  { value: 'adjust', label: { en: 'Adjust', nl: 'Bijstellen' } },
  { value: 'exit', label: { en: 'Exit', nl: 'Uitstroom' } },
  { value: 'stop', label: { en: 'Stop', nl: 'Stoppen' } },
] as const

/**
 * A review (evaluatie) of a trajectory by coach and work supervisor: the decision, who took part,
 * the date (not before the trajectory's start, not in the future) and a note. Reviews count for
 * the trajectory's status (the library's `trajectoryStatus`).
 */
export const Reviews: CollectionConfig = {
  slug: 'reviews',
  labels: { singular: { en: 'Review', nl: 'Evaluatie' }, plural: { en: 'Reviews', nl: 'Evaluaties' } },
  admin: {
    useAsTitle: 'displayTitle',
    listSearchableFields: ['displayTitle'],
    defaultColumns: ['participant', 'trajectory', 'reviewedOn', 'decision', 'coach'],
    group: { en: 'Participants', nl: 'Deelnemers' },
  },
  access: {
    read: canAccessParticipantRecords,
    create: canCreateInOwnCentre('centre-admin', 'coach'),
    update: canAccessParticipantRecords,
    delete: canManageOwnCentre,
  },
  hooks: { beforeChange: [prepareReview], afterChange: [recordReview] },
  fields: [
    // "DS-7K3Q9X2M · Evaluatie: doorgaan · 28-11-2026", set by the collection's hook: the title people see.
    serverComputed({ name: 'displayTitle', type: 'text', label: { en: 'Title', nl: 'Titel' }, admin: { hidden: true, readOnly: true } }),
    { name: 'trajectory', type: 'relationship', relationTo: 'trajectories', required: true, index: true, label: { en: 'Trajectory', nl: 'Traject' } },
    {
      name: 'participant',
      type: 'relationship',
      relationTo: 'participants',
      index: true,
      label: { en: 'Participant', nl: 'Deelnemer' },
      admin: { readOnly: true, description: { en: "The trajectory's participant.", nl: 'De deelnemer van het traject.' } },
    },
    { name: 'decision', type: 'select', required: true, options: REVIEW_DECISIONS.map((option) => ({ ...option })), label: { en: 'Decision', nl: 'Besluit' } },
    { name: 'coach', type: 'relationship', relationTo: 'users', label: { en: 'Coach', nl: 'Coach' } },
    { name: 'supervisor', type: 'relationship', relationTo: 'users', label: { en: 'Work supervisor', nl: 'Werkbegeleider' } },
    dayField('reviewedOn', { en: 'Date', nl: 'Datum' }, { required: true }),
    { name: 'note', type: 'textarea', label: { en: 'Note', nl: 'Notitie' } },
    centreField(),
    ...auditFields(),
  ],
}
