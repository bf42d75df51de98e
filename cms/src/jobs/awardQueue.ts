// Runs the `awards` job queue in this server: right after an approval, and every few seconds for
// anything left over (a crash, a retry). One runner per process; several servers may each run
// one, which the issuance job's idempotency makes safe.
import type { Payload } from 'payload'

export const AWARDS_QUEUE = 'awards'

const stoppedPayloads = new WeakSet<Payload>()
const draining = new WeakMap<Payload, { running: Promise<void>; again: boolean }>()

/** Runs the awards queue until it is empty; a call while it runs makes it look once more. */
export const drainAwardQueue = (payload: Payload): Promise<void> => {
  if (stoppedPayloads.has(payload)) return Promise.resolve()
  const current = draining.get(payload)
  if (current) {
    current.again = true
    return current.running
  }
  const state = { running: Promise.resolve(), again: false }
  state.running = (async () => {
    try {
      do {
        state.again = false
        for (let round = 0; round < 1000; round++) {
          // One at a time: signing is CPU-bound, and parallel jobs would each hold a connection.
          const result = await payload.jobs.run({ queue: AWARDS_QUEUE, limit: 10, sequential: true, overrideAccess: true, silent: { info: true } })
          if (result.noJobsRemaining) break
        }
      } while (state.again)
    } catch (error) {
      payload.logger.error({ msg: 'awards queue: run failed', err: error })
    } finally {
      draining.delete(payload)
    }
  })()
  draining.set(payload, state)
  return state.running
}

/**
 * Starts the runner: jobs a killed server left marked as processing are released (re-running
 * them is safe), the queue is drained, then polled every `intervalMs`. Stopped by payload.destroy().
 */
export const startAwardQueue = async (payload: Payload, intervalMs = 2000): Promise<void> => {
  await payload.db.updateJobs({
    where: { and: [{ queue: { equals: AWARDS_QUEUE } }, { processing: { equals: true } }, { completedAt: { exists: false } }] },
    data: { processing: false },
    req: {},
    returning: false,
  })
  let stopped = false
  const timer = setInterval(() => {
    if (!stopped) void drainAwardQueue(payload)
  }, intervalMs)
  timer.unref()
  // payload.destroy() stops its crons and waits for them: wait for a run in progress too.
  ;(payload.crons as unknown as { stop: () => Promise<void> }[]).push({
    stop: async () => {
      stopped = true
      stoppedPayloads.add(payload)
      clearInterval(timer)
      await draining.get(payload)?.running
    },
  })
  void drainAwardQueue(payload)
}
