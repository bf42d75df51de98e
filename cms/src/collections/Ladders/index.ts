import type { CollectionConfig } from 'payload'
import { canCreateInOwnCentre } from '../../access/canCreateInOwnCentre'
import { canManageOwnCentre } from '../../access/canManageOwnCentre'
import { canReadOwnCentreOrBuiltin } from '../../access/canReadOwnCentreOrBuiltin'
import { isAdminField } from '../../access/isAdmin'
import { auditFields } from '../../fields/auditFields'
import { advanced } from '../../fields/advanced'
import { centreField } from '../../fields/centreField'
import { displayTitleField, dutchOf } from '../../fields/displayTitleField'
import { localizedText } from '../../fields/localizedTextFields'
import { enforceOwnCentre } from '../../hooks/enforceOwnCentre'
import { applyDefinitionJson } from './applyDefinitionJson'
import { toLadderInput, type StoredLadder } from './ladderDocument'
import { protectUsedVersion, protectUsedVersionFromDelete } from './protectUsedVersion'
import { validateLadderDefinition } from './validateLadderDefinition'

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const ruleField = {
  name: 'rule',
  type: 'json',
  label: { en: 'Rule (JSON Logic)', nl: 'Regel (JSON Logic)' },
  admin: {
    // The default JSON editor loads Monaco from a CDN and never appears offline.
    components: { Field: '/components/JsonTextareaField#JsonTextareaField' },
  },
} as const

/**
 * Ladder definitions, one document per ladder id and version. Built-in ladders have no centre;
 * a centre's own ladders belong to it. Every save is validated by `validateLadder`.
 */
export const Ladders: CollectionConfig = {
  slug: 'ladders',
  labels: { singular: { en: 'Ladder', nl: 'Ladder' }, plural: { en: 'Ladders', nl: 'Ladders' } },
  admin: {
    useAsTitle: 'displayTitle',
    defaultColumns: ['displayTitle', 'version', 'centre', 'inUse'],
    group: { en: 'Curriculum', nl: 'Curriculum' },
  },
  access: {
    read: canReadOwnCentreOrBuiltin,
    create: canCreateInOwnCentre('centre-admin'),
    update: canManageOwnCentre,
    delete: canManageOwnCentre,
  },
  indexes: [{ fields: ['ladderId', 'version'], unique: true }],
  hooks: {
    beforeValidate: [applyDefinitionJson],
    beforeChange: [enforceOwnCentre({ allowBuiltin: true }), protectUsedVersion, validateLadderDefinition],
    beforeDelete: [protectUsedVersionFromDelete],
  },
  fields: [
    displayTitleField((doc) => {
      const title = dutchOf(doc.title) || String(doc.ladderId ?? '')
      return doc.version ? `${title} · versie ${doc.version}` : title
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'ladderId',
          type: 'text',
          required: true,
          label: { en: 'Ladder id', nl: 'Ladder-id' },
          validate: (value: unknown, { req }: { req: { i18n?: { language?: string } } }) =>
            typeof value === 'string' && kebabCase.test(value)
              ? true
              : req.i18n?.language === 'en'
                ? 'Lower-case letters, digits and hyphens only (for example my-ladder).'
                : 'Alleen kleine letters, cijfers en streepjes (bijvoorbeeld mijn-ladder).',
        },
        { name: 'version', type: 'text', required: true, label: { en: 'Version', nl: 'Versie' } },
        {
          name: 'effectiveFrom',
          type: 'text',
          label: { en: 'Effective from (YYYY-MM-DD)', nl: 'Geldig vanaf (JJJJ-MM-DD)' },
        },
        {
          name: 'placement',
          type: 'select',
          required: true,
          defaultValue: 'cumulative',
          label: { en: 'Placement', nl: 'Plaatsing' },
          options: [
            { value: 'cumulative', label: { en: 'Cumulative (every lower rung met)', nl: 'Cumulatief (alle lagere treden gehaald)' } },
            { value: 'first-match', label: { en: 'First match from the top', nl: 'Eerste treffer van boven' } },
          ],
        },
      ],
    },
    localizedText('title', { en: 'Title', nl: 'Titel' }),
    localizedText('description', { en: 'Description', nl: 'Beschrijving' }, { textarea: true }),
    {
      name: 'rungs',
      type: 'array',
      label: { en: 'Rungs (lowest first)', nl: 'Treden (laagste eerst)' },
      labels: { singular: { en: 'Rung', nl: 'Trede' }, plural: { en: 'Rungs', nl: 'Treden' } },
      fields: [
        localizedText('title', { en: 'Title', nl: 'Titel' }),
        localizedText('description', { en: 'Description', nl: 'Beschrijving' }, { textarea: true }),
        advanced([{ name: 'rungId', type: 'text', required: true, label: { en: 'Rung id', nl: 'Trede-id' } }]),
        {
          name: 'criteria',
          type: 'array',
          label: { en: 'Criteria (all must be met)', nl: 'Criteria (alle moeten gehaald zijn)' },
          labels: { singular: { en: 'Criterion', nl: 'Criterium' }, plural: { en: 'Criteria', nl: 'Criteria' } },
          fields: [
            localizedText('title', { en: 'Title', nl: 'Titel' }),
            localizedText('description', { en: 'Description (the rule in words)', nl: 'Beschrijving (de regel in woorden)' }, { textarea: true }),
            advanced(
              [{ name: 'criterionId', type: 'text', required: true, label: { en: 'Criterion id', nl: 'Criterium-id' } }, ruleField],
              {
                en: 'The rule the computer checks. A missing fact makes the criterion unknown, never failed.',
                nl: 'De regel die de computer controleert. Ontbreekt een gegeven, dan is het criterium onbekend, nooit onvoldoende.',
              },
            ),
          ],
        },
      ],
    },
    centreField({
      required: false,
      builtInWhenEmpty: true,
      description: { en: 'Empty: a built-in ladder for every centre.', nl: 'Leeg: een ingebouwde ladder voor alle centra.' },
    }),
    advanced([
      {
        // The definition in the library's format (what validateLadder, assess and other systems
        // read), computed from the form on every read; not stored. Writing it replaces the form.
        name: 'definition',
        type: 'json',
        virtual: true,
        label: { en: 'The whole definition as JSON', nl: 'De hele definitie als JSON' },
        admin: {
          description: {
            en: 'Paste a whole ladder (as other systems exchange it) to replace the form above; if you change both, this wins.',
            nl: 'Plak een hele ladder (zoals andere systemen die uitwisselen) om het formulier hierboven te vervangen; verander je beide, dan telt dit.',
          },
          components: { Field: '/components/JsonTextareaField#JsonTextareaField' },
        },
        hooks: { afterRead: [({ data }) => (data ? toLadderInput(data as StoredLadder) : undefined)] },
      },
    ]),
    {
      name: 'inUse',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'In use (locked)', nl: 'In gebruik (vergrendeld)' },
      access: { create: isAdminField, update: isAdminField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    ...auditFields(),
  ],
}
