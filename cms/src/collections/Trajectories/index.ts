import { builtinPolicies, OUTFLOW_TYPES } from '@doorstart/ladder'
import type { CollectionConfig } from 'payload'
import { canAccessTrajectories } from '../../access/canAccessTrajectories'
import { canCreateInOwnCentre } from '../../access/canCreateInOwnCentre'
import { canManageOwnCentre } from '../../access/canManageOwnCentre'
import { auditFields } from '../../fields/auditFields'
import { centreField } from '../../fields/centreField'
import { dayField } from '../../fields/dayField'
import { fittingCoaches, validateChangedRelationship } from '../../fields/fittingOptions'
import { enforceOwnCentre } from '../../hooks/enforceOwnCentre'
import { OUTFLOW_LABELS } from '../../i18n/outflowLabels'
import { requireSameCentre } from '../../hooks/requireSameCentre'
import { inheritFromParticipant } from './inheritFromParticipant'
import { titleTrajectory } from './titleTrajectory'

// Event kinds follow the library's TrajectoryEvent (plus intake, refusal and note for the record).
const EVENT_TYPES = [
  { value: 'intake', label: { en: 'Intake', nl: 'Intake' } },
  { value: 'review', label: { en: 'Review', nl: 'Evaluatie' } },
  { value: 'trial-decision', label: { en: 'Trial go/no-go', nl: 'Besluit proefplaatsing' } },
  { value: 'ready-for-work', label: { en: 'Ready for work', nl: 'Klaar voor werk' } },
  { value: 'extension', label: { en: 'Extension (with reason)', nl: 'Verlenging (met reden)' } },
  { value: 'dropout', label: { en: 'Dropout', nl: 'Uitval' } },
  { value: 'follow-up', label: { en: 'Follow-up', nl: 'Nazorgcontact' } },
  { value: 'refusal', label: { en: 'Refusal (with reason)', nl: 'Weigering (met reden)' } },
  { value: 'note', label: { en: 'Note', nl: 'Notitie' } },
]

const DECISIONS = [
  { value: 'continue', label: { en: 'Continue', nl: 'Doorgaan' } },
  { value: 'adjust', label: { en: 'Adjust', nl: 'Bijstellen' } },
  { value: 'exit', label: { en: 'Exit', nl: 'Uitstroom' } },
  { value: 'stop', label: { en: 'Stop', nl: 'Stoppen' } },
  { value: 'go', label: { en: 'Go', nl: 'Door' } },
  { value: 'no-go', label: { en: 'No-go', nl: 'Niet door' } },
]

/** A participant's trajectory: the policy it runs under, its start, events and exit (outflow). */
export const Trajectories: CollectionConfig = {
  slug: 'trajectories',
  labels: { singular: { en: 'Trajectory', nl: 'Traject' }, plural: { en: 'Trajectories', nl: 'Trajecten' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'policy', 'startDate', 'coach'], group: { en: 'Participants', nl: 'Deelnemers' } },
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
  },
  fields: [
    {
      // "DS-7K3Q9X2M · Leer Praktijk Centrum Rotterdam-Zuid · 14-02-2026": what a coach looks for.
      name: 'title',
      type: 'text',
      label: { en: 'Trajectory', nl: 'Traject' },
      admin: { readOnly: true, hidden: true },
      hooks: { beforeChange: [titleTrajectory] },
    },
    { name: 'participant', type: 'relationship', relationTo: 'participants', required: true, label: { en: 'Participant', nl: 'Deelnemer' } },
    {
      name: 'policy',
      type: 'select',
      label: { en: 'Policy', nl: 'Beleid' },
      options: Object.values(builtinPolicies).map((policy) => ({
        value: policy.id,
        label: { en: policy.title.en ?? policy.id, nl: policy.title.nl ?? policy.id },
      })),
      admin: { description: { en: 'The rules the trajectory follows: reviews, maximum length, trial period, aftercare.', nl: 'De afspraken die voor dit traject gelden: evaluaties, maximale duur, proefplaatsing, nazorg.' } },
    },
    { name: 'ladder', type: 'relationship', relationTo: 'ladders', label: { en: 'Ladder version', nl: 'Ladderversie' } },
    dayField('startDate', { en: 'Start date', nl: 'Startdatum' }, { required: true }),
    { name: 'coach', type: 'relationship', relationTo: 'users', label: { en: 'Steering coach', nl: 'Regiecoach' }, filterOptions: fittingCoaches, validate: validateChangedRelationship },
    {
      name: 'events',
      type: 'array',
      label: { en: 'Events', nl: 'Gebeurtenissen' },
      labels: { singular: { en: 'Event', nl: 'Gebeurtenis' }, plural: { en: 'Events', nl: 'Gebeurtenissen' } },
      fields: [
        dayField('date', { en: 'Date', nl: 'Datum' }, { required: true }),
        { name: 'type', type: 'select', required: true, options: EVENT_TYPES, label: { en: 'Type', nl: 'Soort' } },
        { name: 'decision', type: 'select', options: DECISIONS, label: { en: 'Decision', nl: 'Besluit' } },
        { name: 'months', type: 'number', min: 1, label: { en: 'Extension (months)', nl: 'Verlenging (maanden)' } },
        { name: 'lasting', type: 'checkbox', label: { en: 'Lasting (follow-up)', nl: 'Duurzaam (nazorg)' } },
        { name: 'note', type: 'textarea', label: { en: 'Reason or note', nl: 'Reden of notitie' } },
      ],
    },
    {
      name: 'exit',
      type: 'group',
      label: { en: 'Exit (outflow)', nl: 'Uitstroom' },
      fields: [
        dayField('date', { en: 'Date', nl: 'Datum' }),
        {
          name: 'type',
          type: 'select',
          options: OUTFLOW_TYPES.map((value) => ({ value, label: OUTFLOW_LABELS[value] ?? { en: value, nl: value } })),
          label: { en: 'Type', nl: 'Soort' },
        },
        dayField('followUpDate', { en: '6-month follow-up', nl: 'Nazorg na 6 maanden' }),
      ],
    },
    centreField(),
    ...auditFields(),
  ],
}
