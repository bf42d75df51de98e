// Reads the few columns the reports need straight from PostgreSQL: for 10,000 participants'
// histories, Payload's document reads (hooks, population, access per document) would take
// seconds where one query per table takes milliseconds. Column names come from Payload's own
// drizzle schema, so a renamed field breaks loudly here instead of silently reading nothing.
import { getTableColumns, getTableName, type Table } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

interface Queryable {
  query: (<Row>(text: string, values?: unknown[]) => Promise<{ rows: Row[] }>) &
    (<Row>(config: { text: string; values?: unknown[]; rowMode: 'array' }) => Promise<{ rows: Row[] }>)
}
interface Pool extends Queryable {
  connect: () => Promise<Queryable & { release: () => void }>
}

const tablesOf = (payload: Payload): Record<string, Table> => (payload.db as unknown as { tables: Record<string, Table> }).tables

/** Whether the schema has this table (a collection another part of the CMS may not have yet). */
export const hasTable = (payload: Payload, table: string): boolean => Boolean(tablesOf(payload)[table])

/** A quoted `table.column` reference builder for one Payload table, keyed by field path. */
export const columnsOf = (payload: Payload, table: string): { table: string; col: (key: string) => string } => {
  const drizzleTable = tablesOf(payload)[table]
  if (!drizzleTable) throw new Error(`no table ${table}`)
  const columns = getTableColumns(drizzleTable) as Record<string, { name: string }>
  const name = getTableName(drizzleTable)
  return {
    table: `"${name}"`,
    col: (key: string): string => {
      const column = columns[key]
      if (!column) throw new Error(`no column ${key} in ${name}`)
      return `"${name}"."${column.name}"`
    },
  }
}

/** Runs one read-only query on the CMS's pool. */
export const query = async <Row>(payload: Payload, text: string, values: unknown[] = []): Promise<Row[]> => {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  return (await pool.query<Row>(text, values)).rows
}

/**
 * Like {@link query}, each row an array of the selected values in order (no object per row).
 * `workMem` (`'32MB'`) raises PostgreSQL's memory per sort or hash for this query only (in its
 * own read-only transaction), so that a large aggregate is hashed in memory instead of sorted on disk.
 */
export const queryArrays = async <Row extends unknown[]>(payload: Payload, text: string, values: unknown[] = [], options: { workMem?: string } = {}): Promise<Row[]> => {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  if (!options.workMem) return (await pool.query<Row>({ text, values, rowMode: 'array' })).rows
  const client = await pool.connect()
  try {
    await client.query('BEGIN READ ONLY')
    await client.query(`SELECT set_config('work_mem', $1, true)`, [options.workMem])
    const { rows } = await client.query<Row>({ text, values, rowMode: 'array' })
    await client.query('COMMIT')
    return rows
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}
