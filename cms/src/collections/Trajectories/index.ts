import type { CollectionConfig } from 'payload'
import { canAccessTrajectories } from '../../access/canAccessTrajectories'
import { canCreateInOwnCentre } from '../../access/canCreateInOwnCentre'
import { canManageOwnCentre } from '../../access/canManageOwnCentre'
import { auditFields } from '../../fields/auditFields'
import { centreField } from '../../fields/centreField'
import { enforceOwnCentre } from '../../hooks/enforceOwnCentre'
import { requireSameCentre } from '../../hooks/requireSameCentre'
import { inheritFromParticipant } from './inheritFromParticipant'
import { markLadderUsed } from './markLadderUsed'

const EVENT_TYPES = [
  { value: 'intake', label: { en: 'Intake', nl: 'Intake' } },
  { value: 'review', label: { en: 'Review', nl: 'Evaluatie' } },
  { value: 'trial-start', label: { en: 'Trial placement started', nl: 'Proefplaatsing gestart' } },
  { value: 'trial-decision', label: { en: 'Trial go/no-go', nl: 'Besluit proefplaatsing' } },
  { value: 'placement', label: { en: 'Placement', nl: 'Plaatsing' } },
  { value: 'refusal', label: { en: 'Refusal (with reason)', nl: 'Weigering (met reden)' } },
  { value: 'extension', label: { en: 'Extension (with reason)', nl: 'Verlenging (met reden)' } },
  { value: 'return', label: { en: 'Return after dropout', nl: 'Terugkeer na uitval' } },
  { value: 'note', label: { en: 'Note', nl: 'Notitie' } },
]

const EXIT_TYPES = [
  { value: 'paid-work', label: { en: 'Paid work', nl: 'Betaald werk' } },
  { value: 'paid-work-supported', label: { en: 'Paid work with support', nl: 'Betaald werk met ondersteuning' } },
  { value: 'education', label: { en: 'Education', nl: 'Opleiding' } },
  { value: 'volunteering', label: { en: 'Volunteering', nl: 'Vrijwilligerswerk' } },
  { value: 'other-programme', label: { en: 'Other programme or care', nl: 'Ander traject of zorg' } },
  { value: 'stopped', label: { en: 'Stopped', nl: 'Gestopt' } },
  { value: 'cap-reached', label: { en: 'Maximum length reached', nl: 'Maximale duur bereikt' } },
]

/** A participant's trajectory: the policy it runs under, its start, events and exit (outflow). */
export const Trajectories: CollectionConfig = {
  slug: 'trajectories',
  labels: { singular: { en: 'Trajectory', nl: 'Traject' }, plural: { en: 'Trajectories', nl: 'Trajecten' } },
  admin: { useAsTitle: 'policy', defaultColumns: ['participant', 'policy', 'startDate', 'coach'], group: { en: 'Participants', nl: 'Deelnemers' } },
  access: {
    read: canAccessTrajectories,
    create: canCreateInOwnCentre('centre-admin', 'coach'),
    update: canAccessTrajectories,
    delete: canManageOwnCentre,
  },
  hooks: {
    beforeChange: [
      inheritFromParticipant,
      enforceOwnCentre(),
      requireSameCentre('trajectories', [
        { field: 'coach', relationTo: 'users' },
        { field: 'ladder', relationTo: 'ladders', allowBuiltin: true },
      ]),
    ],
    afterChange: [markLadderUsed],
  },
  fields: [
    { name: 'participant', type: 'relationship', relationTo: 'participants', required: true, label: { en: 'Participant', nl: 'Deelnemer' } },
    {
      name: 'policy',
      type: 'text',
      required: true,
      defaultValue: 'standard-12-months',
      label: { en: 'Policy', nl: 'Beleid' },
      admin: { description: { en: 'E.g. standard-12-months, trial-3-weeks.', nl: 'Bijv. standard-12-months, trial-3-weeks.' } },
    },
    { name: 'ladder', type: 'relationship', relationTo: 'ladders', label: { en: 'Ladder version', nl: 'Ladderversie' } },
    { name: 'startDate', type: 'date', required: true, label: { en: 'Start date', nl: 'Startdatum' }, admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'coach', type: 'relationship', relationTo: 'users', label: { en: 'Steering coach', nl: 'Regiecoach' } },
    {
      name: 'events',
      type: 'array',
      label: { en: 'Events', nl: 'Gebeurtenissen' },
      fields: [
        { name: 'date', type: 'date', required: true, label: { en: 'Date', nl: 'Datum' }, admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'type', type: 'select', required: true, options: EVENT_TYPES, label: { en: 'Type', nl: 'Soort' } },
        { name: 'note', type: 'textarea', label: { en: 'Note', nl: 'Notitie' } },
      ],
    },
    {
      name: 'exit',
      type: 'group',
      label: { en: 'Exit (outflow)', nl: 'Uitstroom' },
      fields: [
        { name: 'date', type: 'date', label: { en: 'Date', nl: 'Datum' }, admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'type', type: 'select', options: EXIT_TYPES, label: { en: 'Type', nl: 'Soort' } },
        { name: 'followUpDate', type: 'date', label: { en: '6-month follow-up', nl: 'Nazorg na 6 maanden' } },
      ],
    },
    centreField(),
    ...auditFields(),
  ],
}
