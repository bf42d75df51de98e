import type { Payload } from 'payload'

interface Pool {
  query: (sql: string) => Promise<unknown>
}

/** Whether PostgreSQL answers a trivial query within `timeoutMs` (a down database may hang a connect). */
export const isDatabaseReachable = async (payload: Payload, timeoutMs = 3000): Promise<boolean> => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) return false
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs)
  })
  try {
    return await Promise.race([pool.query('SELECT 1').then(() => true), timeout])
  } catch {
    return false
  } finally {
    clearTimeout(timer)
  }
}
