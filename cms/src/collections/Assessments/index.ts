import type { CollectionConfig } from 'payload'
import { canAccessParticipantRecords } from '../../access/canAccessParticipantRecords'
import { canCreateInOwnCentre } from '../../access/canCreateInOwnCentre'
import { isNobody } from '../../access/isNobody'
import { advanced } from '../../fields/advanced'
import { auditFields } from '../../fields/auditFields'
import { centreField } from '../../fields/centreField'
import { dayField } from '../../fields/dayField'
import { localizedText } from '../../fields/localizedTextFields'
import { serverComputed } from '../../fields/serverComputed'
import { markAssessmentLadderUsed } from './afterAssessment'
import { placeOnLadder } from './placeOnLadder'
import { voidAssessmentEndpoint } from './voidAssessment'

const json = { components: { Field: '/components/JsonTextareaField#JsonTextareaField' } } as const
const LOCALIZED_TEXT_SHOWN = '/components/LocalizedTextShown#LocalizedTextShown'
// Who voided it, when and why: shown once it is voided, not as empty boxes on every assessment.
const whenVoided = (data: Partial<Record<string, unknown>>): boolean => data?.voided === true

/**
 * Placements of a participant on a ladder (append-only). The server runs `@doorstart/ladder` on
 * the facts and stores the ladder id and version, the placed rung, whether it is provisional and
 * the full explained result; nothing changes afterwards except voiding by a centre admin
 * (`POST /api/assessments/:id/void`), which keeps the assessment visible, marked voided.
 */
export const Assessments: CollectionConfig = {
  slug: 'assessments',
  labels: { singular: { en: 'Assessment', nl: 'Meting' }, plural: { en: 'Assessments', nl: 'Metingen' } },
  admin: {
    useAsTitle: 'displayTitle',
    listSearchableFields: ['displayTitle'],
    defaultColumns: ['participant', 'ladder', 'asOf', 'rung', 'provisional', 'voided'],
    group: { en: 'Participants', nl: 'Deelnemers' },
  },
  access: {
    read: canAccessParticipantRecords,
    create: canCreateInOwnCentre('centre-admin', 'coach'),
    update: isNobody,
    delete: isNobody,
  },
  hooks: {
    beforeChange: [placeOnLadder],
    // `assessment.created` goes to the audit trail by a trigger on the insert (see afterAssessment.ts).
    afterChange: [markAssessmentLadderUsed],
  },
  endpoints: [voidAssessmentEndpoint],
  fields: [
    { name: 'participant', type: 'relationship', relationTo: 'participants', required: true, index: true, label: { en: 'Participant', nl: 'Deelnemer' } },
    { name: 'trajectory', type: 'relationship', relationTo: 'trajectories', label: { en: 'Trajectory', nl: 'Traject' } },
    {
      name: 'ladder',
      type: 'relationship',
      relationTo: 'ladders',
      required: true,
      label: { en: 'Ladder version', nl: 'Ladderversie' },
      admin: { description: { en: "Empty: the centre's default ladder, the version in effect on the date.", nl: 'Leeg: de standaardladder van het centrum, de versie die op de datum geldt.' } },
    },
    // The ladder's own id. Stored as `ladderKey`: a column `ladder_id` is the `ladder` relationship's.
    // The ladder's own id. Stored as `ladderKey`: a column `ladder_id` is the `ladder` relationship's.
    serverComputed({ name: 'ladderKey', type: 'text', index: true, label: { en: 'Ladder', nl: 'Ladder' }, admin: { hidden: true } }),
    // "DS-7K3Q9X2M · Participatieladder · 28-11-2026", set by the collection's hook: the title people see.
    serverComputed({ name: 'displayTitle', type: 'text', label: { en: 'Title', nl: 'Titel' }, admin: { hidden: true, readOnly: true } }),
    dayField('asOf', { en: 'Assessment date', nl: 'Datum van de meting' }, { required: true }),
    // The rung and growth potential by their titles, in the reader's language only.
    serverComputed({ ...localizedText('rungLabel', { en: 'Rung', nl: 'Trede' }), admin: { readOnly: true, components: { Field: LOCALIZED_TEXT_SHOWN } } }),
    serverComputed({ name: 'provisional', type: 'checkbox', label: { en: 'Provisional (evidence missing)', nl: 'Voorlopig (bewijs ontbreekt)' }, admin: { readOnly: true } }),
    serverComputed({
      ...localizedText('growthPotentialLabel', { en: 'Growth potential', nl: 'Groeipotentie' }),
      admin: { readOnly: true, components: { Field: LOCALIZED_TEXT_SHOWN } },
    }),
    // What the computer read and computed; the participant's page explains it in words.
    advanced(
      [
        serverComputed({
          name: 'ladderId',
          type: 'text',
          virtual: true,
          label: { en: 'Ladder id', nl: 'Ladder-id' },
          admin: { readOnly: true },
          hooks: { afterRead: [({ siblingData }) => (siblingData as { ladderKey?: string | null }).ladderKey ?? null] },
        }),
        // The library's versions are text (`2026.1`, `2026.2-rotterdam`).
        serverComputed({ name: 'ladderVersion', type: 'text', label: { en: 'Version', nl: 'Versie' }, admin: { readOnly: true } }),
        { name: 'facts', type: 'json', label: { en: 'Facts', nl: 'Gegevens' }, admin: json },
        serverComputed({ name: 'rung', type: 'text', label: { en: 'Rung', nl: 'Trede' }, admin: { readOnly: true, components: { Cell: '/components/ListCells#RungCell' } } }),
        serverComputed({ name: 'result', type: 'json', label: { en: 'Result with explanations', nl: 'Uitkomst met uitleg' }, admin: { ...json, readOnly: true } }),
        { name: 'growthPotential', type: 'text', label: { en: 'Growth potential (rung)', nl: 'Groeipotentie (trede)' } },
      ],
      {
        en: 'What the computer read and computed: ids and data. The participant’s page explains the assessment in words.',
        nl: 'Wat de computer las en uitrekende: id’s en gegevens. De pagina van de deelnemer legt de meting uit in woorden.',
      },
    ),
    serverComputed({ name: 'assessedBy', type: 'relationship', relationTo: 'users', label: { en: 'Assessed by', nl: 'Gemeten door' }, admin: { readOnly: true, condition: (data) => Boolean(data?.assessedBy) } }),
    serverComputed({ name: 'voided', type: 'checkbox', defaultValue: false, label: { en: 'Voided', nl: 'Ongeldig verklaard' }, admin: { readOnly: true, position: 'sidebar' } }),
    serverComputed({ name: 'voidReason', type: 'text', label: { en: 'Reason for voiding', nl: 'Reden van ongeldig verklaren' }, admin: { readOnly: true, position: 'sidebar', condition: whenVoided } }),
    serverComputed({ name: 'voidedBy', type: 'relationship', relationTo: 'users', label: { en: 'Voided by', nl: 'Ongeldig verklaard door' }, admin: { readOnly: true, position: 'sidebar', condition: whenVoided } }),
    serverComputed({ name: 'voidedAt', type: 'date', label: { en: 'Voided on', nl: 'Ongeldig verklaard op' }, admin: { readOnly: true, position: 'sidebar', condition: whenVoided } }),
    centreField(),
    ...auditFields(),
  ],
}
