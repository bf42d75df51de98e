import type { CollectionConfig } from 'payload'
import { canAccessParticipants } from '../../access/canAccessParticipants'
import { canAccessSpecialCategoryNotes } from '../../access/canAccessSpecialCategoryNotes'
import { canChangeCoach, canSetCoachOnCreate } from '../../access/canAssignCoach'
import { canCreateInOwnCentre } from '../../access/canCreateInOwnCentre'
import { canManageOwnCentre } from '../../access/canManageOwnCentre'
import { canReadBsn } from '../../access/canReadBsn'
import { canReadPersonalFields } from '../../access/canReadPersonalFields'
import { hasRole } from '../../access/hasRole'
import { auditFields } from '../../fields/auditFields'
import { centreField } from '../../fields/centreField'
import { dayField } from '../../fields/dayField'
import { fittingCoaches, fittingWorkplaces, validateChangedRelationship } from '../../fields/fittingOptions'
import { enforceOwnCentre } from '../../hooks/enforceOwnCentre'
import { requireSameCentre } from '../../hooks/requireSameCentre'
import { assignCreatingCoach } from './assignCreatingCoach'
import { eraseParticipantEndpoint } from '../../rights/eraseParticipant'
import { exportParticipantEndpoint } from '../../rights/exportParticipant'
import { refuseDeleteWithRecords } from '../../rights/refuseDeleteWithRecords'
import { generateCode } from './generateCode'
import { guardBsn, hideBsnUnlessEnabled } from './guardBsn'
import { recordCoachChange } from './recordCoachChange'
import { rememberCoach } from './rememberCoach'
import { weekPlanEndpoint } from './weekPlan'

const personal = { read: canReadPersonalFields, create: canReadPersonalFields, update: canReadPersonalFields }
// Work supervisors read these (they are work-related) but only ever write the work notes.
const staffWrites = { create: canReadPersonalFields, update: canReadPersonalFields }

/**
 * Participants (deelnemers), known by a random pseudonymous code. Work supervisors see only the
 * work-related fields; special-category notes are for the participant's current coach only, and
 * only a centre admin changes who that is.
 */
export const Participants: CollectionConfig = {
  slug: 'participants',
  labels: { singular: { en: 'Participant', nl: 'Deelnemer' }, plural: { en: 'Participants', nl: 'Deelnemers' } },
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'workplace', 'coach', 'startDate'],
    group: { en: 'Participants', nl: 'Deelnemers' },
    // No "API" tab for coaches: the JSON of a participant is not for people.
    hideAPIURL: true,
    components: {
      views: {
        edit: {
          // The participant's page: one screen with the next actions; the form is the next tab.
          overview: {
            Component: '/views/Participant/ParticipantOverviewView#ParticipantOverviewView',
            path: '/overzicht',
            tab: {
              label: ({ t }) => t('doorstart:overview'),
              href: '/overzicht',
              order: 0,
              condition: ({ req }) => !hasRole(req.user, 'work-supervisor', 'policy-viewer'),
            },
          },
          newAssessment: { Component: '/views/Participant/NewAssessmentView#NewAssessmentView', path: '/nieuwe-meting' },
          review: { Component: '/views/Participant/ReviewFormView#ReviewFormView', path: '/evaluatie' },
        },
      },
    },
  },
  access: {
    read: canAccessParticipants,
    create: canCreateInOwnCentre('centre-admin', 'coach'),
    update: canAccessParticipants,
    delete: canManageOwnCentre,
  },
  hooks: {
    beforeChange: [
      rememberCoach,
      enforceOwnCentre(),
      generateCode,
      assignCreatingCoach,
      requireSameCentre('participants', [
        { field: 'coach', relationTo: 'users' },
        { field: 'workplace', relationTo: 'workplaces' },
      ]),
      guardBsn,
    ],
    afterChange: [recordCoachChange],
    afterRead: [hideBsnUnlessEnabled],
    beforeDelete: [refuseDeleteWithRecords],
  },
  // The week plan; participants' rights (AVG): the whole record as a zip, and erasure in one action.
  endpoints: [weekPlanEndpoint, exportParticipantEndpoint, eraseParticipantEndpoint],
  fields: [
    {
      name: 'code',
      type: 'text',
      unique: true,
      index: true,
      label: { en: 'Code', nl: 'Code' },
      admin: {
        readOnly: true,
        description: { en: 'Pseudonymous; assigned on save.', nl: 'Pseudoniem; wordt bij opslaan toegekend.' },
        components: { Cell: '/components/ParticipantCodeCell#ParticipantCodeCell' },
      },
    },
    { name: 'workplace', type: 'relationship', relationTo: 'workplaces', label: { en: 'Workplace', nl: 'Werkplek' }, access: staffWrites, filterOptions: fittingWorkplaces, validate: validateChangedRelationship },
    dayField('startDate', { en: 'Start date', nl: 'Startdatum' }, { access: staffWrites }),
    { name: 'hoursPerWeek', type: 'number', min: 0, max: 40, label: { en: 'Hours per week', nl: 'Uren per week' }, access: staffWrites },
    {
      // Work goals: supervisors see them (DOMAIN.md §5), the engine reads them as `learningGoals`.
      name: 'learningGoals',
      type: 'array',
      label: { en: 'Learning goals', nl: 'Leerdoelen' },
      labels: { singular: { en: 'Learning goal', nl: 'Leerdoel' }, plural: { en: 'Learning goals', nl: 'Leerdoelen' } },
      access: staffWrites,
      fields: [
        { name: 'goal', type: 'relationship', relationTo: 'learning-goals', required: true, label: { en: 'Learning goal', nl: 'Leerdoel' } },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'active',
          options: [
            { value: 'active', label: { en: 'Working on it', nl: 'Werkt eraan' } },
            { value: 'achieved', label: { en: 'Achieved', nl: 'Behaald' } },
            { value: 'stopped', label: { en: 'Stopped', nl: 'Gestopt' } },
          ],
          label: { en: 'Status', nl: 'Status' },
        },
        { name: 'startedOn', type: 'date', label: { en: 'Started on', nl: 'Begonnen op' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd-MM-yyyy' } } },
        { name: 'achievedOn', type: 'date', label: { en: 'Achieved on', nl: 'Behaald op' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd-MM-yyyy' } } },
      ],
    },
    { name: 'workNotes', type: 'textarea', label: { en: 'Work notes (visible to the work supervisor)', nl: 'Werknotities (zichtbaar voor de werkbegeleider)' } },
    {
      name: 'coach',
      type: 'relationship',
      relationTo: 'users',
      label: { en: 'Coach', nl: 'Coach' },
      access: { read: canReadPersonalFields, create: canSetCoachOnCreate, update: canChangeCoach },
      filterOptions: fittingCoaches,
      validate: validateChangedRelationship,
      admin: { description: { en: 'Changed by the centre admin; only this coach reads the health and support notes.', nl: 'Wordt gewijzigd door de centrumbeheerder; alleen deze coach leest de notities over gezondheid en ondersteuning.' } },
    },
    { name: 'displayName', type: 'text', label: { en: 'Name used by the coach', nl: 'Naam (voor de coach)' }, access: personal },
    { name: 'contactNotes', type: 'textarea', label: { en: 'Coach notes', nl: 'Coachnotities' }, access: personal },
    {
      name: 'bsn',
      type: 'text',
      label: 'BSN',
      access: { read: canReadBsn, create: canReadPersonalFields, update: canReadPersonalFields },
      admin: { condition: (data) => Boolean(data?.bsnEnabled) },
    },
    {
      name: 'bsnEnabled',
      type: 'checkbox',
      virtual: true,
      admin: { hidden: true },
    },
    {
      name: 'specialCategoryNotes',
      type: 'textarea',
      label: { en: 'Health and support notes (own coach only)', nl: 'Gezondheid en ondersteuning (alleen eigen coach)' },
      access: { read: canAccessSpecialCategoryNotes, create: canAccessSpecialCategoryNotes, update: canAccessSpecialCategoryNotes },
      admin: {
        description: {
          en: 'Special-category data: coarse categories only, no diagnoses.',
          nl: 'Bijzondere persoonsgegevens: alleen grove categorieën, geen diagnoses.',
        },
      },
    },
    {
      name: 'rights',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/ParticipantRightsField#ParticipantRightsField' } },
    },
    centreField(),
    ...auditFields(),
  ],
}
