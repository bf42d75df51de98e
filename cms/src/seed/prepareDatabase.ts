import type { Payload } from 'payload'
import { seedBuiltins } from './seedBuiltins'
import { seedDemoData } from './seedDemoData'
import { seedDemoReferrals } from './seedDemoReferrals'

type Migrations = Parameters<Payload['db']['migrate']>[0] extends infer A ? (A extends { migrations?: infer M } ? M : never) : never

/** Whether to seed the demo centres and accounts: never in production unless asked for. */
export const shouldSeedDemoData = (env: NodeJS.ProcessEnv = process.env): boolean => {
  if (env.DOORSTART_SEED === 'demo') return true
  if (env.DOORSTART_SEED === 'none') return false
  return env.NODE_ENV !== 'production'
}

// Any constant; shared by every Doorstart server on the same database.
const PREPARE_LOCK = 4_260_601

interface PoolClient {
  query: (sql: string, values?: unknown[]) => Promise<unknown>
  release: () => void
}

/**
 * Runs the committed migrations, adds the built-in ladders and learning goals the database lacks,
 * then seeds demo data into an empty database when allowed.
 * Several app servers may start at once against one database: a PostgreSQL advisory lock lets
 * one of them migrate and seed while the others wait, then find nothing left to do.
 */
export const prepareDatabase = async (payload: Payload, migrations: unknown): Promise<void> => {
  const pool = (payload.db as unknown as { pool?: { connect: () => Promise<PoolClient> } }).pool
  const lock = pool ? await pool.connect() : null
  try {
    await lock?.query('SELECT pg_advisory_lock($1)', [PREPARE_LOCK])
    await payload.db.migrate({ migrations: migrations as Migrations })
    const added = await seedBuiltins(payload)
    if (added.ladders || added.goals) {
      payload.logger.info({ msg: `Added ${added.ladders} built-in ladders and ${added.goals} learning goals` })
    }
    if (!shouldSeedDemoData()) return
    const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
    if (totalDocs > 0) return
    await seedDemoData(payload)
    await seedDemoReferrals(payload)
  } finally {
    await lock?.query('SELECT pg_advisory_unlock($1)', [PREPARE_LOCK]).catch(() => undefined)
    lock?.release()
  }
}
