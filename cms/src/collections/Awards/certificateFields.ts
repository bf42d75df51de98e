import type { Field, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

const isoDate: TextFieldSingleValidation = (value, options) =>
  value === null || value === undefined || value === '' || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    ? true
    : options?.req?.i18n?.language === 'en'
      ? 'Write the date as dd-mm-yyyy, e.g. 05-01-2026.'
      : 'Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 05-01-2026.'

/** A day typed as dd-mm-jjjj in the admin, stored (and taken by the API) as YYYY-MM-DD. */
const dayField = (name: string, label: { en: string; nl: string }): Field => ({
  name,
  type: 'text',
  validate: isoDate,
  label,
  admin: { components: { Field: '/components/DayDateTextField#DayDateTextField' } },
})

/** Free sentences typed one by one: Payload shows a multiple text field as a list to pick from. */
const typeAndEnter = { en: 'Type a sentence and press Enter', nl: 'Typ een zin en druk op Enter' }

/**
 * The printed name is required until the award is issued. Erasing the participant's data (AVG)
 * clears it on an issued or revoked award, which must still be revocable afterwards.
 */
const recipientName: TextFieldSingleValidation = (value, options) =>
  !value && ['issued', 'revoked'].includes(String((options.data as { status?: unknown } | undefined)?.status)) ? true : text(value, options)

const onlyFor =
  (...kinds: string[]) =>
  (data: Record<string, unknown> | undefined): boolean =>
    kinds.includes(String(data?.kind ?? ''))

export const KIND_OPTIONS = [
  { value: 'getuigschrift', label: { en: 'Testimonial (getuigschrift)', nl: 'Getuigschrift' } },
  { value: 'certificaat', label: { en: 'Certificate (certificaat)', nl: 'Certificaat' } },
  { value: 'praktijkverklaring', label: { en: 'Practice statement (praktijkverklaring)', nl: 'Praktijkverklaring' } },
]

/**
 * The printed content of a certificate, named exactly as `renderCertificate`'s input of
 * `@doorstart/certificates` (kind, locale, recipient.name, achievement, and the fields of each
 * kind), so `POST /api/awards` takes that input. Awards and bulk batches share them.
 */
export const certificateFields = (options: { withRecipient: boolean }): Field[] => [
  { name: 'kind', type: 'select', required: true, defaultValue: 'getuigschrift', options: KIND_OPTIONS, label: { en: 'Kind', nl: 'Soort' } },
  {
    name: 'locale',
    type: 'select',
    required: true,
    defaultValue: 'nl',
    options: [
      { value: 'nl', label: 'Nederlands' },
      { value: 'en', label: 'English' },
    ],
    label: { en: 'Language of the document', nl: 'Taal van het document' },
  },
  ...(options.withRecipient
    ? [
        {
          name: 'recipient',
          type: 'group',
          label: { en: 'Recipient', nl: 'Ontvanger' },
          fields: [
            {
              name: 'name',
              type: 'text',
              required: true,
              maxLength: 80,
              validate: recipientName,
              label: { en: 'Name as printed', nl: 'Naam zoals afgedrukt' },
              admin: { description: { en: 'As the participant wants to be named on paper.', nl: 'Zoals de deelnemer op papier genoemd wil worden.' } },
            },
          ],
        } satisfies Field,
      ]
    : []),
  {
    name: 'achievement',
    type: 'group',
    label: { en: 'Achievement', nl: 'Prestatie' },
    fields: [
      { name: 'title', type: 'text', required: true, label: { en: 'Title', nl: 'Titel' } },
      { name: 'description', type: 'textarea', label: { en: 'Description', nl: 'Beschrijving' } },
      {
        name: 'competences',
        type: 'text',
        hasMany: true,
        required: true,
        minRows: 1,
        maxRows: 10,
        label: { en: 'Competences shown (one sentence each)', nl: 'Getoonde competenties (één zin per stuk)' },
        admin: {
          placeholder: typeAndEnter,
          description: { en: 'Type each competence and press Enter; at most 10.', nl: 'Typ elke competentie en druk op Enter; hoogstens 10.' },
        },
      },
    ],
  },
  {
    name: 'evidence',
    type: 'text',
    hasMany: true,
    maxRows: 6,
    label: { en: 'Evidence (the work it rests on)', nl: 'Bewijs (het werk waarop het berust)' },
    admin: {
      placeholder: typeAndEnter,
      description: { en: 'Required for a praktijkverklaring; only work, nothing personal. Press Enter after each.', nl: 'Verplicht bij een praktijkverklaring; alleen werk, niets persoonlijks. Druk na elk op Enter.' },
    },
  },
  { name: 'certificateNumber', type: 'text', maxLength: 40, label: { en: 'Certificate number', nl: 'Certificaatnummer' } },
  {
    name: 'signatories',
    type: 'array',
    maxRows: 3,
    label: { en: 'Signatories', nl: 'Ondertekenaars' },
    labels: { singular: { en: 'Signatory', nl: 'Ondertekenaar' }, plural: { en: 'Signatories', nl: 'Ondertekenaars' } },
    fields: [
      { name: 'name', type: 'text', required: true, label: { en: 'Name', nl: 'Naam' } },
      { name: 'role', type: 'text', required: true, label: { en: 'Role', nl: 'Rol' } },
    ],
  },
  {
    name: 'workplace',
    type: 'text',
    maxLength: 80,
    label: { en: 'Workplace as printed', nl: 'Werkplek zoals afgedrukt' },
    admin: { condition: onlyFor('getuigschrift') },
  },
  {
    name: 'period',
    type: 'group',
    label: { en: 'Period', nl: 'Periode' },
    admin: { condition: onlyFor('getuigschrift', 'praktijkverklaring') },
    fields: [
      dayField('from', { en: 'From (dd-mm-yyyy)', nl: 'Van (dd-mm-jjjj)' }),
      dayField('to', { en: 'To (dd-mm-yyyy)', nl: 'Tot en met (dd-mm-jjjj)' }),
    ],
  },
  {
    name: 'qualification',
    type: 'group',
    label: { en: 'Qualification', nl: 'Kwalificatie' },
    admin: { condition: onlyFor('certificaat', 'praktijkverklaring') },
    fields: [
      { name: 'title', type: 'text', label: { en: 'Title', nl: 'Titel' } },
      { name: 'crebo', type: 'text', label: { en: 'Crebo (praktijkverklaring)', nl: 'Crebo (praktijkverklaring)' } },
      {
        name: 'area',
        type: 'select',
        label: { en: 'Area (certificaat)', nl: 'Gebied (certificaat)' },
        options: [
          { value: 'social', label: { en: 'Social', nl: 'Sociaal' } },
          { value: 'educational', label: { en: 'Educational', nl: 'Educatief' } },
          { value: 'work', label: { en: 'Work', nl: 'Werk' } },
        ],
      },
    ],
  },
  { name: 'hours', type: 'number', min: 1, max: 10_000, label: { en: 'Hours of practice', nl: 'Praktijkuren' }, admin: { condition: onlyFor('certificaat') } },
  {
    name: 'company',
    type: 'group',
    label: { en: 'Recognised training company', nl: 'Erkend leerbedrijf' },
    admin: { condition: onlyFor('praktijkverklaring') },
    fields: [
      { name: 'name', type: 'text', label: { en: 'Name', nl: 'Naam' } },
      { name: 'recognitionNumber', type: 'text', label: { en: 'Recognition number', nl: 'Erkenningsnummer' } },
    ],
  },
  {
    name: 'practiceTrainer',
    type: 'group',
    label: { en: 'Practice trainer', nl: 'Praktijkopleider' },
    admin: { condition: onlyFor('praktijkverklaring') },
    fields: [{ name: 'name', type: 'text', label: { en: 'Name', nl: 'Naam' } }],
  },
  {
    name: 'workProcesses',
    type: 'array',
    maxRows: 6,
    label: { en: 'Work processes', nl: 'Werkprocessen' },
    labels: { singular: { en: 'Work process', nl: 'Werkproces' }, plural: { en: 'Work processes', nl: 'Werkprocessen' } },
    admin: { condition: onlyFor('praktijkverklaring') },
    fields: [
      { name: 'code', type: 'text', required: true, label: { en: 'Code (B1-K1-W1)', nl: 'Code (B1-K1-W1)' } },
      { name: 'title', type: 'text', required: true, label: { en: 'Title', nl: 'Titel' } },
    ],
  },
]
