import type { CollectionConfig } from 'payload'
import { canAccessReferrals } from '../../access/canAccessReferrals'
import { canCreateInOwnCentre } from '../../access/canCreateInOwnCentre'
import { canManageOwnCentre } from '../../access/canManageOwnCentre'
import { auditFields } from '../../fields/auditFields'
import { centreField } from '../../fields/centreField'
import { enforceOwnCentre } from '../../hooks/enforceOwnCentre'
import { requireSameCentre } from '../../hooks/requireSameCentre'
import { auditRefusal } from './auditRefusal'
import { guardReferralStatus } from './guardReferralStatus'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd-MM-yyyy' } }

/**
 * Referrals (aanmeldingen) from the municipality, the person themself or a partner, through
 * intake to admission or a refusal with a coded reason and a note. The centre's admission
 * criteria are on the centre. Counted (suppressed) in the policy reports.
 */
export const Referrals: CollectionConfig = {
  slug: 'referrals',
  labels: { singular: { en: 'Referral', nl: 'Aanmelding' }, plural: { en: 'Referrals', nl: 'Aanmeldingen' } },
  admin: { useAsTitle: 'receivedOn', defaultColumns: ['receivedOn', 'source', 'status', 'refusalReason', 'participant'], group: { en: 'Intake', nl: 'Intake' } },
  access: {
    read: canAccessReferrals,
    create: canCreateInOwnCentre('centre-admin', 'coach'),
    update: canAccessReferrals,
    delete: canManageOwnCentre,
  },
  hooks: {
    beforeChange: [
      enforceOwnCentre(),
      requireSameCentre('referrals', [
        { field: 'participant', relationTo: 'participants' },
        { field: 'refusalReason', relationTo: 'refusal-reasons', allowBuiltin: true },
      ]),
      guardReferralStatus,
    ],
    afterChange: [auditRefusal],
  },
  fields: [
    {
      name: 'source',
      type: 'select',
      required: true,
      label: { en: 'Referred by', nl: 'Aangemeld door' },
      options: [
        { value: 'municipality', label: { en: 'Municipality', nl: 'Gemeente' } },
        { value: 'self', label: { en: 'Self', nl: 'Zelf' } },
        { value: 'partner', label: { en: 'Partner', nl: 'Partner' } },
      ],
    },
    { name: 'referrerOrganisation', type: 'text', label: { en: 'Referring organisation', nl: 'Verwijzende organisatie' } },
    {
      name: 'personReference',
      type: 'text',
      label: { en: 'Name or reference of the person', nl: 'Naam of kenmerk van de persoon' },
      admin: { description: { en: 'Personal data: erased with the participant.', nl: 'Persoonsgegeven: wordt met de deelnemer gewist.' } },
    },
    { name: 'receivedOn', type: 'date', required: true, index: true, label: { en: 'Received on', nl: 'Ontvangen op' }, admin: dayOnly },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'received',
      index: true,
      label: { en: 'Status', nl: 'Status' },
      options: [
        { value: 'received', label: { en: 'Received', nl: 'Ontvangen' } },
        { value: 'intake', label: { en: 'Intake', nl: 'Intake' } },
        { value: 'admitted', label: { en: 'Admitted', nl: 'Toegelaten' } },
        { value: 'refused', label: { en: 'Refused', nl: 'Afgewezen' } },
      ],
    },
    { name: 'intakeOn', type: 'date', label: { en: 'Intake on', nl: 'Intake op' }, admin: dayOnly },
    { name: 'decidedOn', type: 'date', index: true, label: { en: 'Decided on', nl: 'Besloten op' }, admin: dayOnly },
    {
      name: 'participant',
      type: 'relationship',
      relationTo: 'participants',
      index: true,
      label: { en: 'Participant', nl: 'Deelnemer' },
      admin: { condition: (data) => data?.status === 'intake' || data?.status === 'admitted' },
    },
    {
      name: 'refusalReason',
      type: 'relationship',
      relationTo: 'refusal-reasons',
      label: { en: 'Refusal reason', nl: 'Reden van afwijzing' },
      admin: { condition: (data) => data?.status === 'refused' },
    },
    {
      name: 'refusalNote',
      type: 'textarea',
      label: { en: 'Refusal explained', nl: 'Toelichting afwijzing' },
      admin: { condition: (data) => data?.status === 'refused' },
    },
    { name: 'note', type: 'textarea', label: { en: 'Note', nl: 'Notitie' } },
    centreField(),
    ...auditFields(),
  ],
}
