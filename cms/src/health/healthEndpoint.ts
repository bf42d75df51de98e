import type { Endpoint } from 'payload'
import { migrations } from '../migrations'

interface Pool {
  query: (sql: string) => Promise<{ rows: { name: string }[] }>
}

/**
 * `GET /api/health`: 200 when the database answers and every committed migration has run, 503
 * otherwise (a load balancer takes the server out of rotation until it is 200 again). Says
 * nothing else about the installation.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const pool = (req.payload.db as unknown as { pool?: Pool }).pool
    const headers = { 'Cache-Control': 'no-store' }
    try {
      if (!pool) throw new Error('no database pool')
      const { rows } = await pool.query('SELECT name FROM payload_migrations')
      const applied = new Set(rows.map((row) => row.name))
      const pending = migrations.filter((migration) => !applied.has(migration.name)).length
      if (pending > 0) return Response.json({ status: 'migrations-pending', database: 'ok', pendingMigrations: pending }, { status: 503, headers })
      return Response.json({ status: 'ok', database: 'ok', migrations: migrations.length }, { headers })
    } catch {
      return Response.json({ status: 'database-unavailable', database: 'unreachable' }, { status: 503, headers: { ...headers, 'Retry-After': '5' } })
    }
  },
}
