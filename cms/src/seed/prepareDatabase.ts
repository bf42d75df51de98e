import type { Payload } from 'payload'
import { seedDemoData } from './seedDemoData'

type Migrations = Parameters<Payload['db']['migrate']>[0] extends infer A ? (A extends { migrations?: infer M } ? M : never) : never

/** Whether to seed the demo centres and accounts: never in production unless asked for. */
export const shouldSeedDemoData = (env: NodeJS.ProcessEnv = process.env): boolean => {
  if (env.DOORSTART_SEED === 'demo') return true
  if (env.DOORSTART_SEED === 'none') return false
  return env.NODE_ENV !== 'production'
}

/** Runs the committed migrations, then seeds demo data into an empty database when allowed. */
export const prepareDatabase = async (payload: Payload, migrations: unknown): Promise<void> => {
  await payload.db.migrate({ migrations: migrations as Migrations })
  if (!shouldSeedDemoData()) return
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return
  await seedDemoData(payload)
}
