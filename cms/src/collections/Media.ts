import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { canCreateInOwnCentre } from '../access/canCreateInOwnCentre'
import { canManageOwnCentre } from '../access/canManageOwnCentre'
import { canReadOwnCentre } from '../access/canReadOwnCentre'
import { auditFields } from '../fields/auditFields'
import { centreField } from '../fields/centreField'
import { enforceOwnCentre } from '../hooks/enforceOwnCentre'

/** Images and documents for curricula; files live under the git-ignored data folder. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { en: 'Media file', nl: 'Mediabestand' }, plural: { en: 'Media', nl: 'Media' } },
  admin: { group: { en: 'Curriculum', nl: 'Curriculum' } },
  access: {
    read: canReadOwnCentre,
    create: canCreateInOwnCentre('centre-admin', 'coach'),
    update: canManageOwnCentre,
    delete: canManageOwnCentre,
  },
  hooks: { beforeChange: [enforceOwnCentre()] },
  upload: {
    staticDir: process.env.DOORSTART_MEDIA_DIR || path.resolve(process.cwd(), '.data', 'media'),
    mimeTypes: ['image/*', 'application/pdf'],
  },
  fields: [
    { name: 'alt', type: 'text', label: { en: 'Alternative text', nl: 'Alternatieve tekst' } },
    centreField(),
    ...auditFields(),
  ],
}
