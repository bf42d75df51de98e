import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type CollectionConfig, type Endpoint, type PayloadRequest } from 'payload'
import { canCreateInOwnCentre } from '../../access/canCreateInOwnCentre'
import { centreIdOf } from '../../access/centreIdOf'
import { hasRole } from '../../access/hasRole'
import { idOf, isSameId } from '../../access/idOf'
import { auditFields } from '../../fields/auditFields'
import { centreField } from '../../fields/centreField'
import { completedByHooks } from '../../hooks/completedByHooks'
import { enforceOwnCentre } from '../../hooks/enforceOwnCentre'
import { activeIssuerKeys } from '../../issuer/issuerKeys'
import { drainAwardQueue } from '../../jobs/awardQueue'
import { approveInTransaction, inTransaction } from '../Awards/endpoints'
import { certificateFields } from '../Awards/certificateFields'
import { checkBatchRows, type BatchRow } from './checkBatchRows'
import type { AwardBatch } from '../../payload-types'

const TEMPLATE_FIELDS = ['kind', 'locale', 'achievement', 'evidence', 'signatories', 'workplace', 'period', 'qualification', 'hours', 'company', 'practiceTrainer', 'workProcesses'] as const

// Array rows (signatories, work processes) without the batch's own row ids: every proposal gets
// fresh ones, else a second row of the upload collides with the first on the row's primary key.
const withoutRowIds = (value: unknown): unknown =>
  Array.isArray(value) ? value.map((row) => (row && typeof row === 'object' ? Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'id')) : row)) : value

const templateOf = (data: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(TEMPLATE_FIELDS.filter((field) => data[field] !== undefined).map((field) => [field, withoutRowIds(data[field])]))

// The checked rows, from the batch's beforeChange to its afterChange (req.context can be replaced
// by the local API calls in between, the request object is not).
const checkedRows = new WeakMap<PayloadRequest, BatchRow[]>()

/** Checks every row first; any error refuses the whole upload (nothing is created), listed per row. */
const checkRows: CollectionBeforeChangeHook = async ({ data, req, operation }) => {
  if (operation !== 'create') return data
  const { rows, errors } = await checkBatchRows(req, String(data.csv ?? ''), templateOf(data))
  if (errors.length) {
    throw new ValidationError({ collection: 'award-batches', errors: errors.map((error) => ({ path: 'csv', message: error.message })), req }, req.t)
  }
  checkedRows.set(req, rows)
  return { ...data, rowCount: rows.length, status: 'proposed', proposedBy: req.user?.id ?? null }
}

/** Creates one proposal per row, in the same transaction as the batch. */
const createProposals: CollectionAfterChangeHook = async ({ doc, req, operation }) => {
  if (operation !== 'create') return doc
  const rows = checkedRows.get(req) ?? []
  checkedRows.delete(req)
  const template = templateOf(doc as Record<string, unknown>)
  for (const row of rows) {
    await req.payload.create({
      collection: 'awards',
      data: completedByHooks('awards', {
        ...template,
        participant: row.participant,
        recipient: { name: row.name },
        ...(row.certificateNumber ? { certificateNumber: row.certificateNumber } : {}),
        batch: doc.id,
        status: 'proposed',
        proposedBy: req.user?.id ?? null,
      }),
      overrideAccess: true,
      depth: 0,
      req,
      context: { awardsSystemWrite: true },
    })
  }
  return doc
}

const readBatch = async (req: PayloadRequest): Promise<AwardBatch | null> => {
  const id = req.routeParams?.id
  if (!req.user || id === undefined) return null
  return req.payload.findByID({ collection: 'award-batches', id: id as string, depth: 0, overrideAccess: false, user: req.user, req }).catch(() => null)
}

const problem = (status: number, code: string, message: string): Response => Response.json({ errors: [{ code, message }] }, { status })

/** How far the issuance of a batch is: counts per status, from one read. */
export const batchProgress = async (req: PayloadRequest, batch: number | string): Promise<Record<string, number>> => {
  const counts: Record<string, number> = { total: 0, proposed: 0, approved: 0, issued: 0, revoked: 0 }
  const { docs } = await req.payload.find({ collection: 'awards', where: { batch: { equals: batch } }, select: { status: true }, depth: 0, pagination: false, overrideAccess: true, req })
  for (const doc of docs) {
    counts.total! += 1
    if (doc.status && doc.status in counts) counts[doc.status]! += 1
  }
  return counts
}

const approve: Endpoint = {
  path: '/:id/approve',
  method: 'post',
  handler: async (req) => {
    const batch = await readBatch(req)
    if (!batch) return problem(404, 'not-found', 'Bulkupload niet gevonden. / Bulk upload not found.')
    if (batch.status !== 'proposed') return problem(409, 'not-proposed', 'Deze bulkupload is al goedgekeurd. / This bulk upload was already approved.')
    if (isSameId(batch.proposedBy, req.user!.id)) return problem(403, 'four-eyes', 'Een ander dan de uploader moet goedkeuren (vier ogen). / Someone other than the uploader must approve (four eyes).')
    const centre = idOf(batch.centre)!
    if (!(hasRole(req.user, 'admin') || (hasRole(req.user, 'centre-admin') && isSameId(centre, centreIdOf(req.user))))) {
      return problem(403, 'not-a-centre-admin', 'Alleen een centrumbeheerder keurt een bulkupload goed. / Only a centre admin approves a bulk upload.')
    }
    await activeIssuerKeys(req.payload, centre)
    const { docs } = await req.payload.find({ collection: 'awards', where: { and: [{ batch: { equals: batch.id } }, { status: { equals: 'proposed' } }] }, depth: 0, pagination: false, overrideAccess: true, req })
    await inTransaction(req, async () => {
      for (const award of docs) await approveInTransaction(req, award)
      await req.payload.update({ collection: 'award-batches', id: batch.id, data: { status: 'approved', approvedBy: req.user!.id }, overrideAccess: true, depth: 0, req })
    })
    void drainAwardQueue(req.payload)
    return Response.json({ progress: await batchProgress(req, batch.id) }, { status: 202 })
  },
}

const progress: Endpoint = {
  path: '/:id/progress',
  method: 'get',
  handler: async (req) => {
    const batch = await readBatch(req)
    if (!batch) return problem(404, 'not-found', 'Bulkupload niet gevonden. / Bulk upload not found.')
    return Response.json({ status: batch.status, progress: await batchProgress(req, batch.id) }, { headers: { 'Cache-Control': 'no-store' } })
  },
}

/**
 * Bulk issuance for a group: one certificate (kind, achievement, …) and a CSV with a row per
 * participant (`deelnemer`, `naam`, optional `certificaatnummer`). Every row is checked before
 * anything is created; a centre admin other than the uploader approves the whole batch.
 */
export const AwardBatches: CollectionConfig = {
  slug: 'award-batches',
  labels: { singular: { en: 'Bulk upload', nl: 'Bulkupload' }, plural: { en: 'Bulk uploads', nl: 'Bulkuploads' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'rowCount', 'status', 'createdAt'], group: { en: 'Certificates', nl: 'Certificaten' } },
  access: {
    read: async ({ req }) => {
      if (!hasRole(req.user, 'admin', 'centre-admin', 'coach')) return false
      const centre = centreIdOf(req.user)
      return hasRole(req.user, 'admin') ? true : centre === null ? false : { centre: { equals: centre } }
    },
    create: canCreateInOwnCentre('centre-admin', 'coach'),
    update: () => false,
    delete: () => false,
  },
  endpoints: [approve, progress],
  hooks: { beforeChange: [enforceOwnCentre(), checkRows], afterChange: [createProposals] },
  fields: [
    { name: 'progress', type: 'ui', admin: { components: { Field: '/components/AwardBatchProgress#AwardBatchProgress' } } },
    { name: 'name', type: 'text', required: true, label: { en: 'Name of the group', nl: 'Naam van de groep' } },
    ...certificateFields({ withRecipient: false }),
    {
      name: 'csv',
      type: 'textarea',
      required: true,
      label: { en: 'Participants (CSV: deelnemer, naam)', nl: 'Deelnemers (CSV: deelnemer, naam)' },
      admin: {
        components: { Field: '/components/CsvUploadField#CsvUploadField' },
        description: {
          en: 'One row per participant: their code and the name as printed. Every row is checked first; nothing is created while any row has an error.',
          nl: 'Eén regel per deelnemer: de code en de naam zoals afgedrukt. Elke regel wordt eerst gecontroleerd; zolang een regel een fout heeft, wordt niets aangemaakt.',
        },
      },
    },
    { name: 'rowCount', type: 'number', label: { en: 'Rows', nl: 'Regels' }, access: { create: () => false, update: () => false }, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'proposed',
      options: [
        { value: 'proposed', label: { en: 'Proposed', nl: 'Voorgesteld' } },
        { value: 'approved', label: { en: 'Approved', nl: 'Goedgekeurd' } },
      ],
      label: { en: 'Status', nl: 'Status' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'proposedBy', type: 'relationship', relationTo: 'users', label: { en: 'Uploaded by', nl: 'Geüpload door' }, access: { create: () => false, update: () => false }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'approvedBy', type: 'relationship', relationTo: 'users', label: { en: 'Approved by', nl: 'Goedgekeurd door' }, access: { create: () => false, update: () => false }, admin: { readOnly: true, position: 'sidebar' } },
    centreField(),
    ...auditFields(),
  ],
}

