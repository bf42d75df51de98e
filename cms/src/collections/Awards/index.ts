import type { CollectionConfig, Field, FieldAccess } from 'payload'
import { canCreateInOwnCentre } from '../../access/canCreateInOwnCentre'
import { canDeleteProposedAwards, canEditProposedAwards } from '../../access/canEditProposedAwards'
import { canReadAwards } from '../../access/canReadAwards'
import { canReadPersonalFields } from '../../access/canReadPersonalFields'
import { auditFields } from '../../fields/auditFields'
import { centreField } from '../../fields/centreField'
import { enforceOwnCentre } from '../../hooks/enforceOwnCentre'
import { awardEndpoints } from './endpoints'
import { awardSuggestionsEndpoint } from './suggestions'
import { certificateFields } from './certificateFields'
import { auditProposal, forgetChangedVerification, inheritFromParticipant, markProposed, prefillFromLearningGoal, validatePrintable } from './hooks'

const serverOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }
const readOnly = { readOnly: true, position: 'sidebar' as const }
type Condition = (data: Record<string, unknown>, siblingData: Record<string, unknown>, context: { user?: unknown }) => boolean
/** Shown once it has a value: a new proposal has no approver, date of issue or revocation yet. */
const once = (name: string): Condition => (data) => data?.[name] !== null && data?.[name] !== undefined && data?.[name] !== ''
/** A colleague's account: supervisors may not read other users, so they would see a bare id. */
const personOnce =
  (name: string): Condition =>
  (data, siblingData, { user }) =>
    once(name)(data, siblingData, { user }) && (user as { role?: string } | undefined)?.role !== 'work-supervisor'
const whenSet = (name: string) => ({ ...readOnly, condition: once(name) })
const personWhenSet = (name: string) => ({ ...readOnly, condition: personOnce(name) })
const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd-MM-yyyy HH:mm' } }

export const AWARD_STATUSES = [
  { value: 'proposed', label: { en: 'Proposed', nl: 'Voorgesteld' } },
  { value: 'approved', label: { en: 'Approved, being issued', nl: 'Goedgekeurd, wordt uitgegeven' } },
  { value: 'issued', label: { en: 'Issued', nl: 'Uitgegeven' } },
  { value: 'revoked', label: { en: 'Revoked', nl: 'Ingetrokken' } },
]

/** What the issuance adds: set by the server only (approval, the issuance job, revocation). */
const issuanceFields: Field[] = [
  { name: 'status', type: 'select', required: true, defaultValue: 'proposed', index: true, options: AWARD_STATUSES, label: { en: 'Status', nl: 'Status' }, access: serverOnly, admin: readOnly },
  { name: 'proposedBy', type: 'relationship', relationTo: 'users', label: { en: 'Proposed by', nl: 'Voorgesteld door' }, access: serverOnly, admin: personWhenSet('proposedBy') },
  { name: 'approvedBy', type: 'relationship', relationTo: 'users', label: { en: 'Approved by', nl: 'Goedgekeurd door' }, access: serverOnly, admin: personWhenSet('approvedBy') },
  { name: 'approvedAt', type: 'date', label: { en: 'Approved at', nl: 'Goedgekeurd op' }, access: serverOnly, admin: { ...whenSet('approvedAt'), ...dateTime } },
  { name: 'issuedOn', type: 'text', label: { en: 'Date of issue', nl: 'Datum van uitgifte' }, access: serverOnly, admin: { ...readOnly, hidden: true } },
  { name: 'issuedAt', type: 'date', label: { en: 'Issued at', nl: 'Uitgegeven op' }, access: serverOnly, admin: { ...whenSet('issuedAt'), ...dateTime } },
  { name: 'credentialId', type: 'text', unique: true, index: true, label: { en: 'Credential id', nl: 'Credential-id' }, access: serverOnly, admin: { ...readOnly, hidden: true } },
  { name: 'verifyUrl', type: 'text', label: { en: 'Verification address', nl: 'Controleadres' }, access: serverOnly, admin: whenSet('verifyUrl') },
  { name: 'issuerDid', type: 'text', label: { en: 'Issuer (DID)', nl: 'Uitgever (DID)' }, access: serverOnly, admin: { ...readOnly, hidden: true } },
  { name: 'statusListIndex', type: 'number', label: { en: 'Status list index', nl: 'Index in de statuslijst' }, access: serverOnly, admin: { ...readOnly, hidden: true } },
  { name: 'revokedAt', type: 'date', label: { en: 'Revoked at', nl: 'Ingetrokken op' }, access: serverOnly, admin: { ...whenSet('revokedAt'), ...dateTime } },
  { name: 'revokedBy', type: 'relationship', relationTo: 'users', label: { en: 'Revoked by', nl: 'Ingetrokken door' }, access: serverOnly, admin: personWhenSet('revokedBy') },
  { name: 'revocationReason', type: 'text', label: { en: 'Reason for revocation', nl: 'Reden van intrekking' }, access: serverOnly, admin: whenSet('revocationReason') },
  { name: 'issueError', type: 'text', label: { en: 'Issuance problem', nl: 'Probleem bij uitgifte' }, access: serverOnly, admin: whenSet('issueError') },
  // The participant's share link and the random 128-bit identifier their credential is hashed
  // with: for the staff who hand them over, never for supervisors.
  { name: 'shareToken', type: 'text', index: true, access: { ...serverOnly, read: canReadPersonalFields }, admin: { hidden: true } },
  { name: 'recipientIdentifier', type: 'text', access: { ...serverOnly, read: canReadPersonalFields }, admin: { hidden: true } },
  { name: 'recipientSalt', type: 'text', access: { ...serverOnly, read: canReadPersonalFields }, admin: { hidden: true } },
  { name: 'batch', type: 'relationship', relationTo: 'award-batches', index: true, label: { en: 'Bulk upload', nl: 'Bulkupload' }, access: serverOnly, admin: whenSet('batch') },
]

/**
 * Awards: a certificate (getuigschrift, certificaat, praktijkverklaring) and its Open Badges 3.0
 * credential for one participant. A coach proposes; a second person approves (four eyes); a job
 * renders the PDF, signs the credential and stores both; a centre admin can revoke.
 */
export const Awards: CollectionConfig = {
  slug: 'awards',
  labels: { singular: { en: 'Certificate', nl: 'Certificaat' }, plural: { en: 'Certificates', nl: 'Certificaten' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'status', 'participant', 'issuedAt'],
    group: { en: 'Certificates', nl: 'Certificaten' },
  },
  access: {
    read: canReadAwards,
    create: canCreateInOwnCentre('centre-admin', 'coach'),
    update: canEditProposedAwards,
    delete: canDeleteProposedAwards,
  },
  indexes: [{ fields: ['centre', 'statusListIndex'], unique: true }],
  endpoints: [awardSuggestionsEndpoint, ...awardEndpoints],
  hooks: {
    beforeValidate: [prefillFromLearningGoal],
    beforeChange: [enforceOwnCentre(), inheritFromParticipant, markProposed, validatePrintable],
    afterChange: [auditProposal, forgetChangedVerification],
  },
  fields: [
    {
      name: 'actions',
      type: 'ui',
      admin: { components: { Field: '/components/AwardActions#AwardActions' } },
    },
    { name: 'participant', type: 'relationship', relationTo: 'participants', required: true, index: true, label: { en: 'Participant', nl: 'Deelnemer' } },
    {
      name: 'learningGoal',
      type: 'relationship',
      relationTo: 'learning-goals',
      label: { en: 'Learning goal met (prefills the achievement)', nl: 'Behaald leerdoel (vult de prestatie in)' },
    },
    {
      name: 'prefill',
      type: 'ui',
      admin: { components: { Field: '/components/AwardPrefill#AwardPrefill' } },
    },
    ...certificateFields({ withRecipient: true }),
    {
      name: 'title',
      type: 'text',
      label: { en: 'Title', nl: 'Titel' },
      access: serverOnly,
      admin: { hidden: true },
      // A readable document title for lists: the achievement's.
      hooks: { beforeChange: [({ siblingData, value }) => (siblingData?.achievement as { title?: string } | undefined)?.title ?? value] },
    },
    ...issuanceFields,
    { name: 'atWorkplace', type: 'relationship', relationTo: 'workplaces', index: true, label: { en: 'Workplace', nl: 'Werkplek' }, access: serverOnly, admin: whenSet('atWorkplace') },
    { name: 'coach', type: 'relationship', relationTo: 'users', label: { en: 'Coach', nl: 'Coach' }, access: serverOnly, admin: personWhenSet('coach') },
    centreField(),
    // Who created it is the proposer (shown above); who changed it last, for those who may see users.
    ...auditFields().map(
      (field) =>
        ({
          ...field,
          admin: { ...field.admin, ...('name' in field && field.name === 'createdBy' ? { hidden: true } : { condition: personOnce('updatedBy') }) },
        }) as Field,
    ),
  ],
}
