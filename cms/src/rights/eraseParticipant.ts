// Erasure (AVG art. 17) in PostgreSQL itself, in one transaction with its audit event (both
// commit or neither: an erasure nobody can account for, or an event for an erasure that did not
// happen, would both break the audit trail's promise): every text and JSON value of the
// participant's documents, and of the array, locale and version rows under them, is cleared,
// except the few coded columns the aggregates and credential checks need (KEEP below). Going
// under Payload's document API is deliberate: append-only collections (assessments) refuse
// updates there, and required text fields would refuse an empty value. Numbers, dates, booleans
// and enum columns (rungs as codes, outflow types, statuses) stay, so the reports still count.
import {
  APIError, commitTransaction, createLocalReq, initTransaction, killTransaction,
  type CollectionSlug, type Endpoint, type Payload, type PayloadRequest, type Where,
} from 'payload'
import { idOf } from '../access/idOf'
import { recordAuditEvent, type AuditEventInput } from '../audit/recordAuditEvent'
import { findDependentReferences, findParticipantReferences } from './findParticipantReferences'
import { loadParticipantForRights } from './loadParticipantForRights'
import { forgetAllVerifications } from '../verify/verificationCache'

/**
 * Text and JSON columns that are not about the person and that something still needs after
 * erasure, per collection (snake_case column names as in the migrations, `table.column` for a
 * table under the collection's; a version table's `version_` prefix is ignored). Every other text and JSON column of the participant's documents
 * is cleared: notes, facts, explained results, names, void and revocation reasons.
 */
export const KEEP_ON_ERASURE: Record<string, readonly string[]> = {
  // The coded placement the rung figures count (which ladder, which version, which rung).
  assessments: ['ladder_key', 'ladder_version', 'rung', 'rung_label_nl', 'rung_label_en', 'growth_potential', 'growth_potential_label_nl', 'growth_potential_label_en'],
  referrals: ['referrer_organisation'],
  // The minimal issuance record: the public verification page finds the credential by its id and
  // shows what was achieved, by which centre, when, and whether it is revoked. The recipient's
  // name, the printed details (workplace, period, certificate number), the share link and the
  // random recipient identifier go.
  // The competences and evidence (`awards_texts`) describe the work and are signed into the kept
  // credential anyway; the signatories are the centre's staff and the work processes codes, not
  // data about the participant.
  awards: [
    'credential_id', 'verify_url', 'issuer_did', 'issued_on', 'achievement_title', 'title', 'awards_texts.text',
    'awards_signatories.name', 'awards_signatories.role', 'awards_work_processes.code', 'awards_work_processes.title',
  ],
  // The signed credential holds no name (only a salted hash of a random identifier), so it stays
  // and still verifies; the PDF prints the name and goes.
  'award-files': ['credential', 'jwt', 'salt'],
}

/** Columns no erasure touches: keys and Payload's bookkeeping. */
const STRUCTURAL = new Set(['id', '_uuid', 'path', '_locale', 'locale', '_path', '_order', 'order'])

interface Client {
  query: <Row = Record<string, unknown>>(text: string, values?: unknown[]) => Promise<{ rows: Row[]; rowCount: number | null }>
}

/**
 * The connection of the request's Payload transaction: the raw SQL below then commits or rolls
 * back with what Payload writes on the same `req` (the audit event). Drizzle keeps it on the
 * transaction's session (`beginTransaction` in @payloadcms/drizzle stores the `tx`).
 */
const transactionClient = async (req: PayloadRequest): Promise<Client> => {
  const id = await req.transactionID
  const sessions = (req.payload.db as unknown as { sessions?: Record<string, { db?: { session?: { client?: Client } } }> }).sessions
  const client = id === undefined ? undefined : sessions?.[String(id)]?.db?.session?.client
  if (!client || typeof client.query !== 'function') {
    throw new APIError('erasure needs a database transaction', 500, { code: 'no-transaction' })
  }
  return client
}

interface Schema {
  /** table → text/JSON columns with nullability */
  columns: Map<string, { name: string; type: string; nullable: boolean }[]>
  /** parent table → child tables and the column that points at the parent */
  children: Map<string, { table: string; column: string }[]>
  hasId: Set<string>
  /** The columns of `payload_locked_documents_rels` (one per collection). */
  lockColumns: Set<string>
}

const schemas = new WeakMap<Payload, Schema>()

const loadSchema = async (payload: Payload, client: Client): Promise<Schema> => {
  const cached = schemas.get(payload)
  if (cached) return cached
  const { rows: columns } = await client.query<{ table: string; name: string; type: string; nullable: boolean }>(
    `SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`,
  )
  const { rows: keys } = await client.query<{ child: string; column: string; parent: string }>(
    `SELECT child.relname AS child, a.attname AS column, parent.relname AS parent
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
       JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
       JOIN pg_namespace n ON n.oid = child.relnamespace
      WHERE k.contype = 'f' AND n.nspname = current_schema()`,
  )
  const schema: Schema = { columns: new Map(), children: new Map(), hasId: new Set(), lockColumns: new Set() }
  for (const column of columns) {
    if (column.name === 'id') schema.hasId.add(column.table)
    if (column.table === 'payload_locked_documents_rels') schema.lockColumns.add(column.name)
    if (!/^(text|character varying.*|jsonb|json)$/.test(column.type)) continue
    const list = schema.columns.get(column.table) ?? []
    list.push({ name: column.name, type: column.type, nullable: column.nullable })
    schema.columns.set(column.table, list)
  }
  for (const key of keys) {
    // Array rows (`_parent_id`), relationship and locale rows, versions (`parent_id`).
    if (key.column !== '_parent_id' && key.column !== 'parent_id') continue
    const list = schema.children.get(key.parent) ?? []
    list.push({ table: key.child, column: key.column })
    schema.children.set(key.parent, list)
  }
  schemas.set(payload, schema)
  return schema
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`

/** Clears the personal text of the rows `where column = any(ids)` and of every row under them. */
const clearRows = async (client: Client, schema: Schema, table: string, column: string, ids: readonly (number | string)[], keep: ReadonlySet<string>, overrides: Record<string, string> = {}): Promise<number> => {
  if (ids.length === 0) return 0
  const assignments = (schema.columns.get(table) ?? [])
    .filter(({ name }) => !STRUCTURAL.has(name) && !keep.has(name) && !keep.has(name.replace(/^version_/, '')) && !keep.has(`${table}.${name}`))
    .map(({ name, type, nullable }) =>
      `${quote(name)} = ${overrides[name] ?? (nullable ? 'NULL' : type.startsWith('json') ? `'{}'::${type}` : `''`)}`)
  const returning = schema.hasId.has(table) ? ' RETURNING "id"' : ''
  const where = `${quote(column)}::text = ANY($1::text[])`
  const stringIds = ids.map(String)
  const result = assignments.length
    ? await client.query<{ id: number | string }>(`UPDATE ${quote(table)} SET ${assignments.join(', ')} WHERE ${where}${returning}`, [stringIds])
    : await client.query<{ id: number | string }>(`SELECT ${schema.hasId.has(table) ? '"id"' : '1 AS id'} FROM ${quote(table)} WHERE ${where}`, [stringIds])
  let cleared = result.rowCount ?? 0
  const childIds = result.rows.map((row) => row.id)
  for (const child of schema.children.get(table) ?? []) {
    cleared += await clearRows(client, schema, child.table, child.column, childIds, keep)
  }
  return cleared
}

/**
 * A bulk upload's CSV lists each participant's code and printed name: the participant's line goes
 * (found by the code, before the code itself is replaced), the other participants' lines stay.
 */
const eraseBatchRows = async (client: Client, schema: Schema, payload: Payload, participant: number | string, awards: readonly (number | string)[]): Promise<void> => {
  const batches = tableOf(payload, 'award-batches')
  const awardsTable = tableOf(payload, 'awards')
  if (awards.length === 0 || !schema.columns.get(batches)?.some((column) => column.name === 'csv')) return
  const { rows: [row] } = await client.query<{ code: string | null }>(`SELECT "code" FROM ${quote(tableOf(payload, 'participants'))} WHERE "id"::text = $1`, [String(participant)])
  const code = row?.code?.trim()
  if (!code) return
  const { rows } = await client.query<{ id: number; csv: string | null }>(
    `SELECT "id", "csv" FROM ${quote(batches)} WHERE "id" IN (SELECT "batch_id" FROM ${quote(awardsTable)} WHERE "id"::text = ANY($1::text[]))`,
    [awards.map(String)],
  )
  for (const batch of rows) {
    const lines = (batch.csv ?? '').split(/(?<=\n)/)
    const kept = lines.filter((line) => !line.toLowerCase().includes(code.toLowerCase()))
    if (kept.length !== lines.length) await client.query(`UPDATE ${quote(batches)} SET "csv" = $2 WHERE "id" = $1`, [batch.id, kept.join('')])
  }
}

export interface ErasureResult {
  participant: number | string
  /** Collection slug → documents whose personal data was cleared. */
  documents: Record<string, number>
}

const tableOf = (payload: Payload, slug: string): string => {
  const snake = slug.replaceAll('-', '_')
  return (payload.db as unknown as { tableNameMap?: Map<string, string> }).tableNameMap?.get(snake) ?? snake
}

/** The documents of every collection that refer to the participant, per collection. */
export const findParticipantDocuments = async (payload: Payload, participant: number | string, req?: PayloadRequest): Promise<Record<string, (number | string)[]>> => {
  const found: Record<string, (number | string)[]> = {}
  for (const reference of findParticipantReferences(payload.config)) {
    const where: Where = { or: reference.paths.map((path) => ({ [path]: { equals: participant } })) }
    const { docs } = await payload.find({ collection: reference.collection as CollectionSlug, where, depth: 0, limit: 0, pagination: false, overrideAccess: true, select: {}, ...(req ? { req } : {}) })
    found[reference.collection] = docs.map((doc) => doc.id)
  }
  // One step further: documents that belong to those documents (an award's PDF and credential).
  for (const dependent of findDependentReferences(payload.config)) {
    const or: Where[] = dependent.paths.flatMap(({ path, relationTo }) => ((found[relationTo]?.length ?? 0) > 0 ? [{ [path]: { in: found[relationTo] } }] : []))
    if (or.length === 0) {
      found[dependent.collection] = []
      continue
    }
    const { docs } = await payload.find({ collection: dependent.collection as CollectionSlug, where: { or }, depth: 0, limit: 0, pagination: false, overrideAccess: true, select: {}, ...(req ? { req } : {}) })
    found[dependent.collection] = docs.map((doc) => doc.id)
  }
  return found
}

export interface ErasureOptions {
  /** The request erasing (its transaction is joined, or one is started); none for the retention job. */
  req?: PayloadRequest
  /** Only these documents (collection slug → ids), e.g. the expired trajectories of someone still in care. */
  only?: Record<string, (number | string)[]>
  /** The audit event that records the erasure (made from its counts), written in the same transaction. */
  audit: (result: ErasureResult) => AuditEventInput
}

/**
 * Removes a participant's personal data from every collection that holds it and records the
 * audit event, in one transaction: the erasure and its event commit together or not at all.
 * Keeps what the aggregates need (the participant row under a fresh random code, dates, coded
 * rungs, outflow types, statuses) and an award's minimal issuance record. Without `req` (the
 * retention job) the system is the actor.
 *
 * @example
 * await eraseParticipantData(payload, 42, { audit: (result) => ({ type: 'retention.anonymised', recordId: 42, detail: result.documents }) })
 */
export async function eraseParticipantData(payload: Payload, participant: number | string, options: ErasureOptions): Promise<ErasureResult> {
  const req = options.req ?? (await createLocalReq({}, payload))
  const owns = await initTransaction(req)
  try {
    const documents = options.only ?? { participants: [participant], ...(await findParticipantDocuments(payload, participant, req)) }
    const client = await transactionClient(req)
    const counts: Record<string, number> = {}
    const schema = await loadSchema(payload, client)
    await eraseBatchRows(client, schema, payload, participant, documents.awards ?? [])
    for (const [collection, ids] of Object.entries(documents)) {
      if (ids.length === 0) continue
      const table = tableOf(payload, collection)
      const keep = new Set(KEEP_ON_ERASURE[collection] ?? [])
      // The participant row stays for the counts, under a new random code nobody can trace back.
      const overrides: Record<string, string> = collection === 'participants' ? { code: `'GEWIST-' || upper(substr(md5(random()::text), 1, 8))` } : {}
      await clearRows(client, schema, table, 'id', ids, keep, overrides)
      counts[collection] = ids.length
      // Open edit locks name the documents and their editors: they go.
      if (schema.lockColumns.has(`${table}_id`)) {
        await client.query(
          `DELETE FROM "payload_locked_documents" WHERE "id" IN (SELECT "parent_id" FROM "payload_locked_documents_rels" WHERE ${quote(`${table}_id`)}::text = ANY($1::text[]))`,
          [ids.map(String)],
        )
      }
    }
    const result: ErasureResult = { participant, documents: counts }
    await recordAuditEvent(payload, options.audit(result), req)
    if (owns) await commitTransaction(req)
    // The verification page shows the name as printed: not from this server's cache any more
    // (when the caller owns the transaction, a check in the moment before its commit may keep the
    // old name for the cache lifetime).
    if (documents.awards?.length) forgetAllVerifications()
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

/**
 * `POST /api/participants/:id/erase`: one action for a centre admin (or an admin). Records
 * `participant.erased` with the document counts, never a value.
 */
export const eraseParticipantEndpoint: Endpoint = {
  path: '/:id/erase',
  method: 'post',
  handler: async (req) => {
    const raw = String(req.routeParams?.id ?? '')
    const participant = await loadParticipantForRights(req, /^\d+$/.test(raw) ? Number(raw) : raw)
    const result = await eraseParticipantData(req.payload, participant.id, {
      req,
      audit: ({ documents }) => ({
        type: 'participant.erased',
        actor: req.user?.id ?? null,
        centre: idOf(participant.centre),
        collection: 'participants',
        recordId: participant.id,
        detail: { ...documents },
      }),
    })
    return Response.json({ erased: true, ...result })
  },
}
