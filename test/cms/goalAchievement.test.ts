// The dashboard counts built-in work-skill goals in PostgreSQL from their observation requirement
// (cms/src/reports/loadGoalAchievements.ts); the engine decides every other goal. Here the SQL
// counting is held against the engine deciding every goal, on generated histories with the
// awkward cases added: observations with only positive/negative and no level, observers of
// other roles, a goal only the engine decides (language: observations or a course), people who
// changed workplace.
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadGoalAchievements, type GoalAchievement } from '../../cms/src/reports/loadGoalAchievements'
import { generatePolicyHistories } from '../support/cms/generatePolicyHistories'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

let cms: TestCms
let payload: Payload
let centre: number

beforeAll(async () => {
  process.env.DOORSTART_JOBS_AUTORUN = 'off'
  cms = await startTestCms({ seed: true })
  payload = cms.payload
  centre = (await payload.find({ collection: 'centres', where: { slug: { equals: 'lpc-rotterdam-zuid' } }, depth: 0 })).docs[0]!.id as number
  const sql = new pg.Client({ connectionString: cms.databaseUrl })
  await sql.connect()
  try {
    await generatePolicyHistories(sql, { centre, people: 300, from: '2024-12-01', to: '2026-11-30' })
    await sql.query(`UPDATE observations SET level = NULL, positive = (id % 2 = 0) WHERE centre_id = $1 AND id % 11 = 0`, [centre])
    await sql.query(`UPDATE observations SET level = NULL, positive = NULL WHERE centre_id = $1 AND id % 13 = 0`, [centre])
    await sql.query(`UPDATE observations SET learning_goal_id = (SELECT id FROM learning_goals WHERE goal_id = 'dutch-at-work' AND centre_id IS NULL) WHERE centre_id = $1 AND id % 7 = 0`, [centre])
    await sql.query(`UPDATE observations SET observer_id = (SELECT min(id) FROM users WHERE role = 'centre-admin' AND centre_id = $1) WHERE centre_id = $1 AND id % 17 = 0`, [centre])
    await sql.query(`UPDATE observations SET workplace_id = (SELECT max(id) FROM workplaces WHERE centre_id = $1) WHERE centre_id = $1 AND participant_id % 5 = 0 AND observed_on > '2026-03-01'`, [centre])
  } finally {
    await sql.end()
  }
}, 600_000)

afterAll(async () => {
  await cms?.stop()
})

const sorted = (achievements: Map<number, GoalAchievement[]>): [number, GoalAchievement[]][] =>
  [...achievements.entries()].sort((a, b) => a[0] - b[0]).map(([participant, goals]) => [participant, [...goals].sort((a, b) => a.goal.localeCompare(b.goal))])

describe('loadGoalAchievements', () => {
  it.each(['2026-02-28', '2026-11-30'])('counts in SQL what the engine decides (as of %s)', async (asOf) => {
    const counted = sorted(await loadGoalAchievements(payload, centre, asOf))
    const decided = new Map(sorted(await loadGoalAchievements(payload, centre, asOf, { engineOnly: true })))
    const differences = counted.filter(([participant, goals]) => JSON.stringify(goals) !== JSON.stringify(decided.get(participant)))
    expect(differences.slice(0, 3).map(([participant, goals]) => ({ participant, counted: goals, decided: decided.get(participant) }))).toEqual([])
    expect(counted.map(([participant]) => participant)).toEqual([...decided.keys()])
    const all = counted.flatMap(([, goals]) => goals)
    // Not a vacuous comparison: both outcomes occur, and the engine-only goal is among them.
    expect(all.filter((goal) => goal.achieved).length).toBeGreaterThan(20)
    expect(all.filter((goal) => !goal.achieved).length).toBeGreaterThan(20)
    expect(all.some((goal) => goal.goal === 'dutch-at-work')).toBe(true)
  })
})
