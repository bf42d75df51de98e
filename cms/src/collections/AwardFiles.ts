import type { CollectionConfig } from 'payload'

const nobody = (): boolean => false

/**
 * The issued PDF and credential of an award, written by the issuance job in the same transaction
 * that marks the award issued: one row per award (a unique index), so an issuance that runs twice
 * cannot store twice, and one that crashes stores nothing. Never read through the API: the award
 * endpoints (`/api/awards/:id/pdf`, `/credential`) serve them after checking access to the award.
 */
export const AwardFiles: CollectionConfig = {
  slug: 'award-files',
  labels: { singular: { en: 'Certificate file', nl: 'Certificaatbestand' }, plural: { en: 'Certificate files', nl: 'Certificaatbestanden' } },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'award', type: 'relationship', relationTo: 'awards', required: true, unique: true, index: true },
    { name: 'centre', type: 'relationship', relationTo: 'centres', required: true, index: true },
    // The PDF (with the credential embedded) as base64, its SHA-256, the VC-JWT and the credential.
    { name: 'pdf', type: 'textarea', required: true, maxLength: 10_000_000 },
    { name: 'pdfSha256', type: 'text', required: true },
    { name: 'jwt', type: 'textarea', required: true, maxLength: 1_000_000 },
    { name: 'credential', type: 'json', required: true },
    { name: 'salt', type: 'text' },
  ],
}
