import { builtinPolicies } from '@doorstart/ladder'
import type { CollectionConfig } from 'payload'
import { canReadCentre } from '../access/canReadCentre'
import { isAdmin } from '../access/isAdmin'
import { isCentreAdminOfCentre } from '../access/isCentreAdminOfCentre'
import { auditFields } from '../fields/auditFields'
import { eraseBsnWhenTurnedOff } from '../hooks/eraseBsnWhenTurnedOff'

/** Learn-work centres: the tenants. Everything personal belongs to exactly one centre. */
export const Centres: CollectionConfig = {
  slug: 'centres',
  labels: { singular: { en: 'Centre', nl: 'Centrum' }, plural: { en: 'Centres', nl: 'Centra' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'city'], group: { en: 'Organisation', nl: 'Organisatie' } },
  access: {
    read: canReadCentre,
    create: isAdmin,
    update: isCentreAdminOfCentre,
    delete: isAdmin,
  },
  hooks: { afterChange: [eraseBsnWhenTurnedOff] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { en: 'Name', nl: 'Naam' } },
    { name: 'slug', type: 'text', required: true, unique: true, label: { en: 'Short name', nl: 'Korte naam' } },
    { name: 'city', type: 'text', label: { en: 'City', nl: 'Plaats' } },
    {
      name: 'hoursPerWeek',
      type: 'number',
      defaultValue: 32,
      min: 0,
      max: 40,
      label: { en: 'Default hours per week', nl: 'Standaard uren per week' },
    },
    {
      name: 'maxTrajectoryMonths',
      type: 'number',
      defaultValue: 12,
      min: 1,
      label: { en: 'Maximum trajectory length (months)', nl: 'Maximale trajectduur (maanden)' },
    },
    {
      name: 'policy',
      type: 'select',
      label: { en: 'Trajectory policy', nl: 'Trajectbeleid' },
      options: Object.values(builtinPolicies).map((policy) => ({
        value: policy.id,
        label: { en: policy.title.en ?? policy.id, nl: policy.title.nl ?? policy.id },
      })),
      admin: {
        description: {
          en: 'The rules new trajectories follow (reviews, maximum length, trial, aftercare).',
          nl: 'De regels voor nieuwe trajecten (evaluaties, maximale duur, proefplaatsing, nazorg).',
        },
      },
    },
    {
      name: 'defaultLadder',
      type: 'text',
      defaultValue: 'participatieladder',
      label: { en: 'Default ladder (ladder id)', nl: 'Standaardladder (ladder-id)' },
      admin: {
        description: {
          en: 'Used for a new assessment unless the coach picks another; the version in effect on the assessment date.',
          nl: 'Voor een nieuwe meting, tenzij de coach een andere kiest; de versie die op de datum van de meting geldt.',
        },
      },
    },
    {
      name: 'caseloadOnly',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'Coaches see only their own caseload', nl: 'Coaches zien alleen hun eigen caseload' },
    },
    {
      name: 'bsnEnabled',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'Record BSN (only where a statute permits)', nl: 'BSN vastleggen (alleen met wettelijke grondslag)' },
      admin: {
        description: {
          en: 'Off by default. Participants are known by a pseudonymous code.',
          nl: 'Standaard uit. Deelnemers zijn bekend onder een pseudonieme code.',
        },
      },
    },
    {
      name: 'admissionCriteria',
      type: 'textarea',
      label: { en: 'Admission criteria', nl: 'Toelatingscriteria' },
      admin: { description: { en: 'Who the centre admits: shown at intake, a refusal names a coded reason.', nl: 'Wie het centrum toelaat: zichtbaar bij de intake; een afwijzing krijgt een gecodeerde reden.' } },
    },
    {
      name: 'retentionMonths',
      type: 'number',
      defaultValue: 24,
      min: 1,
      max: 120,
      label: { en: 'Retention after aftercare (months)', nl: 'Bewaartermijn na nazorg (maanden)' },
      admin: { description: { en: 'Closed trajectories are anonymised this long after aftercare ends.', nl: 'Afgesloten trajecten worden zo lang na het einde van de nazorg geanonimiseerd.' } },
    },
    ...auditFields(),
  ],
}
