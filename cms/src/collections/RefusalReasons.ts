import type { CollectionConfig } from 'payload'
import { canCreateInOwnCentre } from '../access/canCreateInOwnCentre'
import { canManageOwnCentre } from '../access/canManageOwnCentre'
import { canReadOwnCentreOrBuiltin } from '../access/canReadOwnCentreOrBuiltin'
import { auditFields } from '../fields/auditFields'
import { centreField } from '../fields/centreField'
import { localizedText } from '../fields/localizedTextFields'
import { enforceOwnCentre } from '../hooks/enforceOwnCentre'

/**
 * The coded reasons a referral can be refused for. The built-in list (no centre) is the same in
 * every installation, so reports compare centres; a centre adds its own next to it.
 */
export const BUILTIN_REFUSAL_REASONS: readonly { code: string; label: { nl: string; en: string } }[] = [
  { code: 'no-place', label: { nl: 'Geen plek', en: 'No place' } },
  { code: 'does-not-want', label: { nl: 'Wil niet', en: 'Does not want to' } },
  { code: 'not-able-yet', label: { nl: 'Nog niet in staat', en: 'Not able yet' } },
  { code: 'other-programme-better', label: { nl: 'Ander traject past beter', en: 'Another programme fits better' } },
  { code: 'language', label: { nl: 'Taal', en: 'Language' } },
  { code: 'health', label: { nl: 'Gezondheid', en: 'Health' } },
]

export const RefusalReasons: CollectionConfig = {
  slug: 'refusal-reasons',
  labels: { singular: { en: 'Refusal reason', nl: 'Reden van afwijzing' }, plural: { en: 'Refusal reasons', nl: 'Redenen van afwijzing' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'code', 'centre'], group: { en: 'Intake', nl: 'Intake' } },
  access: {
    read: canReadOwnCentreOrBuiltin,
    create: canCreateInOwnCentre('centre-admin'),
    update: canManageOwnCentre,
    delete: canManageOwnCentre,
  },
  hooks: {
    beforeChange: [
      enforceOwnCentre({ allowBuiltin: true }),
      ({ data }) => ({ ...data, title: data.label?.nl || data.label?.en || data.code }),
    ],
  },
  indexes: [{ fields: ['code', 'centre'], unique: true }],
  fields: [
    { name: 'code', type: 'text', required: true, index: true, label: { en: 'Code', nl: 'Code' }, admin: { description: { en: 'Stable, e.g. no-place; reports group by it.', nl: 'Vast, bijv. geen-vervoer; rapportages groeperen erop.' } } },
    localizedText('label', { en: 'Label', nl: 'Omschrijving' }),
    { name: 'title', type: 'text', admin: { hidden: true } },
    centreField({ required: false, builtInWhenEmpty: true, description: { en: 'Empty: built in, for every centre.', nl: 'Leeg: standaard, voor elk centrum.' } }),
    ...auditFields(),
  ],
}
