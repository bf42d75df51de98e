import { Forbidden, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'
import { canReadAuditEvents } from '../access/canReadAuditEvents'
import { isNobody } from '../access/isNobody'
import { AUDIT_EVENT_TYPES, AUDIT_EVENTS_SLUG } from '../audit/recordAuditEvent'

// Even the local API with overrideAccess (which skips access functions) cannot change an event;
// the table's trigger refuses it once more in PostgreSQL (migration audit_events).
const refuseChanges: CollectionBeforeOperationHook = ({ operation, req }) => {
  if (operation === 'update' || operation === 'delete') throw new Forbidden(req.t)
}

const TYPE_LABELS: Record<string, { en: string; nl: string }> = {
  'assessment.created': { en: 'Assessment created', nl: 'Meting vastgelegd' },
  'assessment.voided': { en: 'Assessment voided', nl: 'Meting ongeldig verklaard' },
  'review.recorded': { en: 'Review recorded', nl: 'Evaluatie vastgelegd' },
  'referral.refused': { en: 'Referral refused', nl: 'Aanmelding afgewezen' },
  'award.proposed': { en: 'Award proposed', nl: 'Certificaat voorgesteld' },
  'award.approved': { en: 'Award approved', nl: 'Certificaat goedgekeurd' },
  'award.issued': { en: 'Award issued', nl: 'Certificaat uitgereikt' },
  'award.revoked': { en: 'Award revoked', nl: 'Certificaat ingetrokken' },
  'special-notes.read': { en: 'Health notes read', nl: 'Gezondheidsnotities ingezien' },
  'participant.coach-changed': { en: 'Coach changed', nl: 'Coach gewijzigd' },
  'participant.bsn-erased': { en: 'BSN erased', nl: 'BSN gewist' },
  'participant.exported': { en: 'Participant data exported', nl: 'Gegevens deelnemer geëxporteerd' },
  'participant.erased': { en: 'Participant erased', nl: 'Deelnemer gewist' },
  'retention.anonymised': { en: 'Anonymised (retention)', nl: 'Geanonimiseerd (bewaartermijn)' },
  'user.role-changed': { en: 'User role changed', nl: 'Rol gebruiker gewijzigd' },
  'user.centre-changed': { en: 'User centre changed', nl: 'Centrum gebruiker gewijzigd' },
  'user.unlocked': { en: 'User unlocked', nl: 'Gebruiker ontgrendeld' },
  'auth.sign-in-failed': { en: 'Sign-in failed', nl: 'Inloggen mislukt' },
  'centre.key-rotated': { en: 'Centre key rotated', nl: 'Sleutel centrum vervangen' },
}

/**
 * The append-only audit trail: who did what to which record, and when — never the personal data
 * itself. Written only by `recordAuditEvent`; nobody changes or deletes an event through any API.
 * Centre admins see their own centre's events (filter by type and date in the list), admins all.
 */
export const AuditEvents: CollectionConfig = {
  slug: AUDIT_EVENTS_SLUG,
  labels: { singular: { en: 'Audit event', nl: 'Auditgebeurtenis' }, plural: { en: 'Audit trail', nl: 'Audittrail' } },
  admin: {
    useAsTitle: 'type',
    defaultColumns: ['createdAt', 'type', 'actor', 'recordCollection', 'recordId', 'centre'],
    listSearchableFields: ['type', 'recordId'],
    group: { en: 'Organisation', nl: 'Organisatie' },
  },
  defaultSort: '-createdAt',
  access: { read: canReadAuditEvents, create: isNobody, update: isNobody, delete: isNobody },
  hooks: { beforeOperation: [refuseChanges] },
  fields: [
    {
      name: 'type',
      type: 'select',
      required: true,
      index: true,
      label: { en: 'Event', nl: 'Gebeurtenis' },
      options: AUDIT_EVENT_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] ?? { en: value, nl: value } })),
    },
    // Plain relationships for the admin's links; the migration drops their foreign keys so that
    // deleting a user or centre never has to touch (update) an event.
    { name: 'actor', type: 'relationship', relationTo: 'users', index: true, label: { en: 'By', nl: 'Door' } },
    { name: 'centre', type: 'relationship', relationTo: 'centres', index: true, label: { en: 'Centre', nl: 'Centrum' } },
    { name: 'recordCollection', type: 'text', label: { en: 'Collection', nl: 'Collectie' } },
    { name: 'recordId', type: 'text', index: true, label: { en: 'Record', nl: 'Record' } },
    { name: 'detail', type: 'json', label: { en: 'Detail', nl: 'Details' }, admin: { components: { Field: '/components/JsonTextareaField#JsonTextareaField' } } },
  ],
}
