import type { CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'
import { idOf } from '../access/idOf'
import { recordAuditEvent } from '../audit/recordAuditEvent'
import { findParticipantReferences } from './findParticipantReferences'
import { loadParticipantForRights } from './loadParticipantForRights'
import { createZip, type ZipEntry } from './zip'

/** Documents fetched through another collection's own endpoint (the award PDF and credential). */
const DOCUMENT_ENDPOINTS: Record<string, { path: string; name: string; query?: string }[]> = {
  awards: [
    { path: '/:id/pdf', name: 'pdf' },
    { path: '/:id/credential', name: 'credential.json' },
  ],
}

export interface ParticipantExport {
  zip: Buffer
  /** Collection slug → number of documents in the export. */
  counts: Record<string, number>
  files: string[]
}

const callEndpoint = async (req: PayloadRequest, collection: string, path: string, id: number | string): Promise<Uint8Array | null> => {
  const endpoints = req.payload.collections[collection as CollectionSlug]?.config.endpoints
  const endpoint = Array.isArray(endpoints) ? endpoints.find((candidate) => candidate.path === path && candidate.method === 'get') : undefined
  if (!endpoint) return null
  const url = new URL(req.url ?? 'http://localhost/', 'http://localhost')
  url.pathname = `/api/${collection}${path.replace(':id', String(id))}`
  url.search = ''
  const inner = Object.assign(Object.create(Object.getPrototypeOf(req) as object) as PayloadRequest, req, { routeParams: { id: String(id) }, url: url.toString(), searchParams: url.searchParams })
  const response = await endpoint.handler(inner)
  if (!response.ok) return null
  return new Uint8Array(await response.arrayBuffer())
}

/**
 * Everything the CMS holds about one participant (AVG art. 15 and 20): the participant and every
 * document of every collection that refers to them, as `data.json`, plus the documents (award
 * PDFs and credentials) beside it, in a zip. Recorded in the audit trail.
 */
export async function exportParticipant(req: PayloadRequest, id: number | string): Promise<ParticipantExport> {
  const participant = await loadParticipantForRights(req, id)
  const { payload } = req
  const collections: Record<string, unknown[]> = {}
  const counts: Record<string, number> = { participants: 1 }
  for (const reference of findParticipantReferences(payload.config)) {
    const where: Where = { or: reference.paths.map((path) => ({ [path]: { equals: participant.id } })) }
    const { docs } = await payload.find({ collection: reference.collection as CollectionSlug, where, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
    collections[reference.collection] = docs
    counts[reference.collection] = docs.length
  }
  const files: ZipEntry[] = []
  for (const [collection, endpoints] of Object.entries(DOCUMENT_ENDPOINTS)) {
    for (const doc of (collections[collection] ?? []) as { id: number | string }[]) {
      for (const endpoint of endpoints) {
        const data = await callEndpoint(req, collection, endpoint.path, doc.id).catch(() => null)
        if (data) files.push({ name: `${collection}/${doc.id}-${endpoint.name}`, data })
      }
    }
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
    centre: idOf(participant.centre as never),
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
