import { SECTORS, type Sector } from '@doorstart/ladder'
import type { CollectionConfig } from 'payload'
import { canCreateInOwnCentre } from '../access/canCreateInOwnCentre'
import { canManageOwnCentre } from '../access/canManageOwnCentre'
import { canReadOwnCentre } from '../access/canReadOwnCentre'
import { auditFields } from '../fields/auditFields'
import { centreField } from '../fields/centreField'
import { enforceOwnCentre } from '../hooks/enforceOwnCentre'

// Labels for the ladder library's sector vocabulary (`SECTORS`); the values are the library's.
export const SECTOR_LABELS: Record<Sector, { en: string; nl: string }> = {
  general: { en: 'General', nl: 'Algemeen' },
  cleaning: { en: 'Cleaning', nl: 'Schoonmaak' },
  kitchen: { en: 'Kitchen', nl: 'Keuken' },
  service: { en: 'Service', nl: 'Bediening' },
  bar: { en: 'Bar', nl: 'Bar' },
  barista: { en: 'Barista', nl: 'Barista' },
  reception: { en: 'Host and reception', nl: 'Gastheer en receptie' },
  garden: { en: 'Garden', nl: 'Tuin' },
  wood: { en: 'Wood', nl: 'Hout' },
  textile: { en: 'Textile', nl: 'Textiel' },
  events: { en: 'Events', nl: 'Evenementen' },
  'school-meals': { en: 'School meals', nl: 'Schoolmaaltijden' },
  entrepreneurship: { en: 'Entrepreneurship', nl: 'Ondernemerschap' },
  hospitality: { en: 'Hospitality', nl: 'Horeca' },
  green: { en: 'Green maintenance', nl: 'Groenonderhoud' },
  paving: { en: 'Paving', nl: 'Bestrating' },
  'bike-repair': { en: 'Bike repair', nl: 'Fietsenreparatie' },
  crafts: { en: 'Crafts', nl: 'Ambacht' },
}


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
    { name: 'sector', type: 'select', required: true, options: SECTORS.map((value) => ({ value, label: SECTOR_LABELS[value] ?? { en: value, nl: value } })), label: { en: 'Sector', nl: 'Sector' } },
    {
      name: 'kind',
      type: 'select',
      options: [
        { value: 'protected', label: { en: 'Protected workplace', nl: 'Beschermde werkplaats' } },
        { value: 'societal', label: { en: 'Societal workplace', nl: 'Maatschappelijke werkplaats' } },
        { value: 'csr-employer', label: { en: 'CSR employer', nl: 'MVO-werkgever' } },
      ],
      label: { en: 'Kind of workplace', nl: 'Soort werkplek' },
      admin: {
        description: {
          en: "Places a participant on Pluspunt's participation & work ladder (003_39bc035d67f3ea38.txt).",
          nl: 'Bepaalt de trede op de participatie- en werkladder van Pluspunt.',
        },
      },
    },
    { name: 'location', type: 'text', label: { en: 'Location', nl: 'Locatie' } },
    { name: 'operator', type: 'text', label: { en: 'Run by', nl: 'Uitgevoerd door' } },
    centreField(),
    ...auditFields(),
  ],
}
