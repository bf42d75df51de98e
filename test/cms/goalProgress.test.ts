// The dashboard reads learning-goal completion from `goal_progress`, which PostgreSQL keeps up to
// date as observations are written (migration goal_progress). Here the maintained figures are held
// against counting them from the observations in the request (and against the engine) after every
// kind of write: a bulk insert in SQL, creates, a changed level and a deletion through Payload, an
// erasure, an observer whose role changes, a centre's own goal whose requirement changes, and two
// transactions writing the same person's goal at once.
import { observationRule, type ObservationRequirement } from '@doorstart/ladder'
import pg from 'pg'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eraseParticipantData } from '../../cms/src/rights/eraseParticipant'
import { DEFAULT_OBSERVER_ROLE, loadGoalAchievements, OBSERVER_ROLE_OF_USER, type GoalAchievement } from '../../cms/src/reports/loadGoalAchievements'
import { loadDemoFixture, type DemoFixture, type Id } from '../support/cms/demoFixture'
import { generatePolicyHistories } from '../support/cms/generatePolicyHistories'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

let cms: TestCms
let payload: Payload
let fixture: DemoFixture
let centre: number
let sql: pg.Client
const DATES = ['2025-03-31', '2026-02-28', '2026-10-20', '2026-11-30']

const sorted = (achievements: Map<number, GoalAchievement[]>): [number, GoalAchievement[]][] =>
  [...achievements.entries()].sort((a, b) => a[0] - b[0]).map(([participant, goals]) => [participant, [...goals].sort((a, b) => a.goal.localeCompare(b.goal))])

const maintained = async (asOf: string) => sorted(await loadGoalAchievements(payload, centre, asOf))
const goalOf = async (participant: Id, goal: string, asOf = '2026-11-30'): Promise<GoalAchievement | undefined> =>
  (await loadGoalAchievements(payload, centre, asOf)).get(Number(participant))?.find((candidate) => candidate.goal === goal)

/** The maintained figures equal those counted from the observations, and the engine's, on every date. */
const expectAgreement = async (): Promise<void> => {
  for (const asOf of DATES) {
    const read = await maintained(asOf)
    expect({ asOf, figures: read }).toEqual({ asOf, figures: sorted(await loadGoalAchievements(payload, centre, asOf, { recount: true })) })
    expect({ asOf, figures: read }).toEqual({ asOf, figures: sorted(await loadGoalAchievements(payload, centre, asOf, { engineOnly: true })) })
  }
}

const goalId = async (goal: string): Promise<Id> =>
  (await payload.find({ collection: 'learning-goals', where: { goalId: { equals: goal } }, depth: 0, overrideAccess: true })).docs[0]!.id

let supervisor: Record<string, unknown>
const observe = (participant: Id, goal: Id, observedOn: string, level: number) =>
  payload.create({ collection: 'observations', data: { participant, learningGoal: goal, level, observedOn } as never, depth: 0, user: supervisor as never, overrideAccess: false })

const newParticipant = async (): Promise<Id> =>
  (await payload.create({ collection: 'participants', data: { centre, workplace: supervisor.workplace } as never, depth: 0 })).id

beforeAll(async () => {
  process.env.DOORSTART_JOBS_AUTORUN = 'off'
  cms = await startTestCms({ seed: true })
  payload = cms.payload
  fixture = await loadDemoFixture(payload)
  centre = Number(fixture.centre.own)
  supervisor = fixture.users.supervisor
  sql = new pg.Client({ connectionString: cms.databaseUrl })
  await sql.connect()
  await generatePolicyHistories(sql, { centre, people: 120, from: '2024-12-01', to: '2026-11-30' })
}, 600_000)

afterAll(async () => {
  await sql?.end()
  await cms?.stop()
})

describe('goal_progress', () => {
  it('maps user roles to observer roles as the report does', async () => {
    const { rows } = await sql.query<{ role: string | null; observer: string }>(
      `SELECT role, goal_progress_observer_role(role) AS observer FROM unnest(enum_range(NULL::enum_users_role)::text[] || ARRAY[NULL, 'someone-else']) role`,
    )
    expect(rows.length).toBeGreaterThan(4)
    for (const { role, observer } of rows) {
      expect({ role, observer }).toEqual({ role, observer: (role && OBSERVER_ROLE_OF_USER[role]) || DEFAULT_OBSERVER_ROLE })
    }
  })

  it('agrees with counting after a bulk insert in SQL', async () => {
    const { rows } = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM goal_progress WHERE centre_id = $1', [centre])
    expect(rows[0]!.n).toBeGreaterThan(300)
    await expectAgreement()
    const all = (await maintained('2026-11-30')).flatMap(([, goals]) => goals)
    expect(all.filter((goal) => goal.achieved).length).toBeGreaterThan(20)
    expect(all.filter((goal) => !goal.achieved).length).toBeGreaterThan(20)
  })

  it('follows creates, a changed level and a deletion through Payload', async () => {
    const participant = await newParticipant()
    const punctuality = await goalId('punctuality')
    // The built-in requirement: 3 observations at level 3 or more by a supervisor, 28 days apart.
    await observe(participant, punctuality, '2026-09-01', 3)
    await observe(participant, punctuality, '2026-09-15', 4)
    expect(await goalOf(participant, 'punctuality')).toEqual({ goal: 'punctuality', sector: 'kitchen', achieved: false })
    const third = await observe(participant, punctuality, '2026-10-06', 3)
    expect(await goalOf(participant, 'punctuality')).toEqual({ goal: 'punctuality', sector: 'kitchen', achieved: true })
    expect(await goalOf(participant, 'punctuality', '2026-10-05')).toEqual({ goal: 'punctuality', sector: 'kitchen', achieved: false })
    expect(await goalOf(participant, 'punctuality', '2026-08-31')).toBeUndefined()
    await expectAgreement()

    await payload.update({ collection: 'observations', id: third.id, data: { level: 2 } as never, depth: 0, overrideAccess: true })
    expect((await goalOf(participant, 'punctuality'))?.achieved).toBe(false)
    await payload.update({ collection: 'observations', id: third.id, data: { level: 3 } as never, depth: 0, overrideAccess: true })
    expect((await goalOf(participant, 'punctuality'))?.achieved).toBe(true)
    await payload.delete({ collection: 'observations', id: third.id, depth: 0, overrideAccess: true })
    expect((await goalOf(participant, 'punctuality'))?.achieved).toBe(false)
    await expectAgreement()
  })

  it('keeps the figures of an erased participant, as the counting does', async () => {
    const { rows } = await sql.query<{ participant: number }>(
      `SELECT participant_id AS participant FROM goal_progress WHERE centre_id = $1 AND achieved GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`, [centre],
    )
    const participant = rows[0]!.participant
    const before = (await loadGoalAchievements(payload, centre, '2026-11-30')).get(participant)
    expect(before?.some((goal) => goal.achieved)).toBe(true)
    const admin = fixture.users.admin
    await eraseParticipantData(payload, participant, {
      req: await createLocalReq({ user: admin as never }, payload),
      audit: ({ documents }) => ({ type: 'participant.erased', actor: admin.id as number, centre, collection: 'participants', recordId: participant, detail: { ...documents } }),
    })
    const { rows: notes } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM observations WHERE participant_id = $1 AND note <> ''`, [participant])
    expect(notes[0]!.n).toBe(0)
    expect((await loadGoalAchievements(payload, centre, '2026-11-30')).get(participant)).toEqual(before)
    await expectAgreement()
  })

  it("follows an observer whose role changes (and changes back)", async () => {
    const participant = await newParticipant()
    const attendance = await goalId('attendance')
    for (const [day, level] of [['2026-06-01', 3], ['2026-06-20', 3], ['2026-07-06', 4]] as const) await observe(participant, attendance, day, level)
    expect((await goalOf(participant, 'attendance'))?.achieved).toBe(true)
    // A coach's observations do not count for the built-in work skills.
    await payload.update({ collection: 'users', id: supervisor.id as Id, data: { role: 'coach' } as never, depth: 0, overrideAccess: true })
    expect((await goalOf(participant, 'attendance'))?.achieved).toBe(false)
    await expectAgreement()
    await payload.update({ collection: 'users', id: supervisor.id as Id, data: { role: 'work-supervisor' } as never, depth: 0, overrideAccess: true })
    expect((await goalOf(participant, 'attendance'))?.achieved).toBe(true)
    await expectAgreement()
  })

  it("follows a change of a centre's own goal's requirement", async () => {
    const requirement: ObservationRequirement = { goal: 'rotterdam-koffie', minObservations: 2, minLevel: 3, observerRoles: ['supervisor'], minSpanDays: 0 }
    const goal = await payload.create({
      collection: 'learning-goals',
      data: {
        goalId: requirement.goal, centre, competence: 'vocational', title: { nl: 'Koffie zetten', en: 'Making coffee' },
        evidence: { title: { nl: 'Twee keer goed gezien', en: 'Seen going well twice' }, rule: observationRule(requirement), observations: requirement },
      } as never,
      depth: 0,
      overrideAccess: true,
    })
    const participant = await newParticipant()
    await observe(participant, goal.id, '2026-05-04', 3)
    await observe(participant, goal.id, '2026-05-11', 3)
    expect((await goalOf(participant, requirement.goal))?.achieved).toBe(true)
    const stricter = { ...requirement, minObservations: 3 }
    await payload.update({
      collection: 'learning-goals', id: goal.id, depth: 0, overrideAccess: true,
      data: { evidence: { title: { nl: 'Drie keer goed gezien', en: 'Seen going well three times' }, rule: observationRule(stricter), observations: stricter } } as never,
    })
    expect((await goalOf(participant, requirement.goal))?.achieved).toBe(false)
    await expectAgreement()
  })

  it('takes turns between two transactions writing the same goal of the same person', async () => {
    const participant = await newParticipant()
    const goal = await goalId('initiative')
    const [first, second] = [new pg.Client({ connectionString: cms.databaseUrl }), new pg.Client({ connectionString: cms.databaseUrl })]
    await Promise.all([first.connect(), second.connect()])
    const insert = (client: pg.Client, day: string) => client.query(
      `INSERT INTO observations (participant_id, workplace_id, learning_goal_id, level, observed_on, observer_id, observer_role, centre_id)
       VALUES ($1, $2, $3, 4, ($4::date + time '12:00') AT TIME ZONE 'UTC', $5, 'supervisor', $6)`,
      [participant, supervisor.workplace, goal, day, supervisor.id, centre],
    )
    try {
      await first.query('BEGIN')
      await second.query('BEGIN')
      await insert(first, '2026-03-02')
      // The second waits for the first to commit, then counts both.
      let done = false
      const waiting = insert(second, '2026-04-06').then(() => { done = true })
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(done).toBe(false)
      await first.query('COMMIT')
      await waiting
      await second.query('COMMIT')
    } finally {
      await Promise.all([first.end(), second.end()])
    }
    const { rows } = await sql.query<{ since: string; until: string | null }>(
      `SELECT to_char(since, 'YYYY-MM-DD') AS since, to_char(until, 'YYYY-MM-DD') AS until FROM goal_progress WHERE participant_id = $1 AND learning_goal_id = $2 ORDER BY since`,
      [participant, goal],
    )
    expect(rows).toEqual([{ since: '2026-03-02', until: null }])
    await expectAgreement()
  })
})
