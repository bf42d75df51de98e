import type { CollectionConfig } from 'payload'
import { canCreateInOwnCentre } from '../access/canCreateInOwnCentre'
import { canManageOwnCentre } from '../access/canManageOwnCentre'
import { canReadOwnCentre } from '../access/canReadOwnCentre'
import { auditFields } from '../fields/auditFields'
import { centreField } from '../fields/centreField'
import { enforceOwnCentre } from '../hooks/enforceOwnCentre'

export const SECTORS = [
  { value: 'cleaning', label: { en: 'Cleaning', nl: 'Schoonmaak' } },
  { value: 'kitchen', label: { en: 'Kitchen and catering', nl: 'Keuken en catering' } },
  { value: 'service', label: { en: 'Service', nl: 'Bediening' } },
  { value: 'barista', label: { en: 'Bar and barista', nl: 'Bar en barista' } },
  { value: 'reception', label: { en: 'Host and reception', nl: 'Gastheer en receptie' } },
  { value: 'garden', label: { en: 'Garden and green', nl: 'Tuin en groen' } },
  { value: 'crafts', label: { en: 'Wood, textile and crafts', nl: 'Hout, textiel en ambacht' } },
  { value: 'events', label: { en: 'Events', nl: 'Evenementen' } },
  { value: 'paving', label: { en: 'Paving', nl: 'Bestrating' } },
  { value: 'other', label: { en: 'Other', nl: 'Overig' } },
]

/** Workplaces (a place run by a social entrepreneur or a municipal team) in a sector. */
export const Workplaces: CollectionConfig = {
  slug: 'workplaces',
  labels: { singular: { en: 'Workplace', nl: 'Werkplek' }, plural: { en: 'Workplaces', nl: 'Werkplekken' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'sector', 'location', 'centre'], group: { en: 'Organisation', nl: 'Organisatie' } },
  access: {
    read: canReadOwnCentre,
    create: canCreateInOwnCentre('centre-admin'),
    update: canManageOwnCentre,
    delete: canManageOwnCentre,
  },
  hooks: { beforeChange: [enforceOwnCentre()] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { en: 'Name', nl: 'Naam' } },
    { name: 'sector', type: 'select', required: true, options: SECTORS, label: { en: 'Sector', nl: 'Sector' } },
    { name: 'location', type: 'text', label: { en: 'Location', nl: 'Locatie' } },
    { name: 'operator', type: 'text', label: { en: 'Run by', nl: 'Uitgevoerd door' } },
    centreField(),
    ...auditFields(),
  ],
}
