import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'
import { idOf } from '../access/idOf'
import { recordAuditEvent } from '../audit/recordAuditEvent'
import { findParticipantDocuments } from './eraseParticipant'
import { loadParticipantForRights } from './loadParticipantForRights'
import { createZip, type ZipEntry } from './zip'
import type { AwardFile } from '../payload-types'

export interface ParticipantExport {
  zip: Buffer
  /** Collection slug → number of documents in the export. */
  counts: Record<string, number>
  files: string[]
}

/** An award's stored PDF and credential as files beside `data.json` (the base64 stays out of it). */
const awardFileEntries = (file: AwardFile): { entries: ZipEntry[]; doc: Record<string, unknown> } => {
  const base = `awards/${String(idOf(file.award) ?? file.award)}`
  const entries: ZipEntry[] = []
  if (file.pdf) entries.push({ name: `${base}-certificaat.pdf`, data: Buffer.from(file.pdf, 'base64') })
  if (file.credential) entries.push({ name: `${base}-credential.json`, data: Buffer.from(JSON.stringify(file.credential, null, 2), 'utf8') })
  if (file.jwt) entries.push({ name: `${base}-credential.jwt`, data: Buffer.from(file.jwt, 'utf8') })
  const { pdf: _pdf, jwt: _jwt, credential: _credential, ...rest } = file
  return { entries, doc: { ...rest, files: entries.map((entry) => entry.name) } }
}

/**
 * Everything the CMS holds about one participant (AVG art. 15 and 20): the participant and every
 * document of every collection that refers to them (and of those under them: an award's files),
 * as `data.json`, plus the documents (award PDFs and credentials) beside it, in a zip. Recorded
 * in the audit trail.
 */
export async function exportParticipant(req: PayloadRequest, id: number | string): Promise<ParticipantExport> {
  const participant = await loadParticipantForRights(req, id)
  const { payload } = req
  const collections: Record<string, unknown[]> = {}
  const counts: Record<string, number> = { participants: 1 }
  const found = await findParticipantDocuments(payload, participant.id, req)
  const files: ZipEntry[] = []
  for (const [collection, ids] of Object.entries(found)) {
    const { docs } = ids.length
      ? await payload.find({ collection: collection as CollectionSlug, where: { id: { in: ids } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, showHiddenFields: true, req })
      : { docs: [] }
    if (collection === 'award-files') {
      collections[collection] = (docs as unknown as AwardFile[]).map((doc) => {
        const { entries, doc: rest } = awardFileEntries(doc)
        files.push(...entries)
        return rest
      })
    } else {
      collections[collection] = docs
    }
    counts[collection] = docs.length
  }
  const data = {
    exportedAt: new Date().toISOString(),
    participant,
    collections,
    files: files.map((file) => file.name),
  }
  const zip = createZip([{ name: 'data.json', data: Buffer.from(JSON.stringify(data, null, 2), 'utf8') }, ...files])
  await recordAuditEvent(payload, {
    type: 'participant.exported',
    actor: req.user?.id ?? null,
    centre: idOf(participant.centre),
    collection: 'participants',
    recordId: participant.id,
    detail: { documents: Object.values(counts).reduce((sum, count) => sum + count, 0), files: files.length },
  }, req)
  return { zip, counts, files: files.map((file) => file.name) }
}

/** `GET /api/participants/:id/export` → the zip. */
export const exportParticipantEndpoint: Endpoint = {
  path: '/:id/export',
  method: 'get',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    const result = await exportParticipant(req, /^\d+$/.test(id) ? Number(id) : id)
    return new Response(new Uint8Array(result.zip), {
      headers: {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="deelnemer-${id}.zip"`,
        'cache-control': 'no-store',
      },
    })
  },
}
