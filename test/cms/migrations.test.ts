// The committed migrations (cms/src/migrations) are the only way the database's schema changes:
// every server runs them at start (prepareDatabase), on an empty database and on one that has been
// in use for years. Each change adds its own migration; at integration the newest are regenerated
// in order, and a migration that has been released is never edited again. These tests hold the
// chain to that: the files pair up and are listed once in order; the schema the chain builds is the
// one the collections describe (a field added without a migration fails here, not in production);
// each `down` undoes its `up`; a database from the first release, with data, comes up through the
// whole chain; and a database in use goes back over the newest migrations and forward again,
// keeping its data and the effects of their hand-written SQL.
import { randomBytes } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql as statement } from '@payloadcms/db-postgres'
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrations } from '../../cms/src/migrations'
import { loadGoalAchievements, type GoalAchievement } from '../../cms/src/reports/loadGoalAchievements'
import { seedDemoData } from '../../cms/src/seed/seedDemoData'
import { seedDemoReferrals } from '../../cms/src/seed/seedDemoReferrals'
import { loadDemoFixture, type DemoFixture } from '../support/cms/demoFixture'
import { generatePolicyHistories } from '../support/cms/generatePolicyHistories'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

const MIGRATIONS_DIR = fileURLToPath(new URL('../../cms/src/migrations/', import.meta.url))

type Migration = (typeof migrations)[number]
type Snapshot = { version: string; tables: Record<string, { name: string }> } & Record<string, unknown>
type Database = ReturnType<typeof drizzle>

const names = (list: readonly Migration[]): string[] => list.map((migration) => migration.name)
const readSnapshot = async (name: string): Promise<Snapshot> => JSON.parse(await readFile(path.join(MIGRATIONS_DIR, `${name}.json`), 'utf8')) as Snapshot

/**
 * Released migrations whose `down` fails, with why. They stay as released (never edited); this
 * list keeps it known, and every other migration must go down cleanly.
 */
const BROKEN_DOWNS: Record<string, string> = {
  // drizzle-kit writes `DROP TABLE "x" CASCADE` before `ALTER TABLE "payload_locked_documents_rels"
  // DROP CONSTRAINT "…_x_fk"`, a constraint the CASCADE already dropped (payloadcms/payload#14800).
  '20261201_100632_audit_events': 'constraint "payload_locked_documents_rels_audit_events_fk" of relation "payload_locked_documents_rels" does not exist',
  '20261201_120741_coach_day': 'constraint "payload_locked_documents_rels_assessments_fk" of relation "payload_locked_documents_rels" does not exist',
  '20261201_130213_awards': 'constraint "payload_locked_documents_rels_awards_fk" of relation "payload_locked_documents_rels" does not exist',
  '20261201_130723_referrals_retention': 'constraint "payload_locked_documents_rels_referrals_fk" of relation "payload_locked_documents_rels" does not exist',
}

let cms: TestCms
let payload: Payload
let adapter: PostgresAdapter
let sql: pg.Client
let fixture: DemoFixture
let centre: number

/** A fresh, empty database on the same PostgreSQL server, with drizzle on it as the migrations get it. */
const emptyDatabase = async (): Promise<{ db: Database; client: pg.Client; close: () => Promise<void> }> => {
  const name = `doorstart_migrations_${randomBytes(4).toString('hex')}`
  await sql.query(`CREATE DATABASE ${sql.escapeIdentifier(name)}`)
  const url = new URL(cms.databaseUrl)
  url.pathname = `/${name}`
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 })
  // DROP DATABASE … WITH (FORCE) below may still terminate a pool client that is closing: an idle
  // client's error is the pool's 'error' event, unhandled (and failing the run) without a listener.
  pool.on('error', () => {})
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  return {
    db: drizzle({ client: pool }),
    client,
    close: async () => {
      await client.end()
      await pool.end()
      await sql.query(`DROP DATABASE IF EXISTS ${sql.escapeIdentifier(name)} WITH (FORCE)`)
    },
  }
}

/** Runs one migration's `up` or `down` in its own transaction, as Payload does. */
const run = async (db: Database, migration: Migration, direction: 'up' | 'down'): Promise<void> => {
  const req = await createLocalReq({}, payload)
  await db.transaction(async (tx) => {
    await migration[direction]({ db: tx as never, payload, req })
  })
}

/**
 * The statements that would bring `before` to the schema the collections describe: what
 * `migrate:create` writes into a new migration (@payloadcms/drizzle's createMigration diffs the
 * config against the newest snapshot with drizzle-kit in the same way).
 */
const statementsFrom = async (before: Snapshot): Promise<string[]> => {
  const { generateDrizzleJson, generateMigration, upSnapshot } = adapter.requireDrizzleKit()
  const after = (await generateDrizzleJson(adapter.schema)) as Snapshot
  const from = upSnapshot && Number(before.version) < Number(after.version) ? (upSnapshot(before) as Snapshot) : before
  return generateMigration(from as never, after as never)
}

/**
 * What the live database deliberately has otherwise than the collections describe: `push` would
 * run these. Each is written by hand in a migration, with the reason there.
 */
const DELIBERATE_DIFFERENCES = [
  // 20261201_100632_audit_events: no foreign keys on the audit trail (ON DELETE SET NULL would
  // change an event); deleting a user or a centre leaves the events as they were.
  'ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;',
  'ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE set null ON UPDATE no action;',
]

/**
 * The statements that would bring the live database to the schema the collections describe, as
 * `push` would run them (drizzle-kit reads the database): none but the deliberate ones when the
 * migrations' SQL builds what their snapshots say. Tables outside the collections (written by
 * hand, such as goal_progress) are left out: push would drop them. drizzle-kit reads a numeric
 * column's default as text and so "sets" defaults the database already has: those are checked
 * against the database and left out.
 */
const statementsFromDatabase = async (): Promise<string[]> => {
  const { pushSchema } = adapter.requireDrizzleKit()
  const collectionTables = new Set(Object.values((await readSnapshot(migrations.at(-1)!.name)).tables).map((table) => table.name))
  const { rows: tables } = await sql.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`)
  const handWritten = tables.map((table) => table.name).filter((table) => !collectionTables.has(table))
  // Payload's type of pushSchema leaves out what drizzle-kit also returns: the statements.
  const { statementsToExecute } = (await pushSchema(adapter.schema, adapter.drizzle as never, undefined, ['*', ...handWritten.map((table) => `!${table}`)])) as unknown as {
    statementsToExecute: string[]
  }
  const kept: string[] = []
  for (const text of statementsToExecute) {
    const setDefault = /^ALTER TABLE "([^"]+)" ALTER COLUMN "([^"]+)" SET DEFAULT (.+);$/.exec(text)
    if (setDefault) {
      const { rows } = await sql.query<{ value: string | null }>(
        `SELECT column_default AS value FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = $2`,
        [setDefault[1], setDefault[2]],
      )
      const current = rows[0]?.value?.replace(/::[a-z ]+$/, '').replace(/^'(.*)'$/, '$1')
      if (current === setDefault[3]) continue
    }
    kept.push(text)
  }
  return kept
}

/** What a database's schema is made of, in a form to compare: tables, columns, constraints, indexes, types, functions, triggers. */
const catalog = async (client: pg.Client): Promise<Record<string, string[]>> => {
  const list = async (query: string): Promise<string[]> => (await client.query<{ item: string }>(query)).rows.map((row) => row.item)
  return {
    relations: await list(`SELECT c.relkind::text || ' ' || c.relname AS item FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') ORDER BY 1`),
    columns: await list(`SELECT table_name || '.' || column_name || ' ' || udt_name || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS item
      FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1`),
    constraints: await list(`SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(c.oid) AS item FROM pg_constraint c
      JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' ORDER BY 1`),
    indexes: await list(`SELECT indexdef AS item FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`),
    types: await list(`SELECT t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS item FROM pg_type t
      JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY 1`),
    functions: await list(`SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ') ' || md5(pg_get_functiondef(p.oid)) AS item FROM pg_proc p
      JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' ORDER BY 1`),
    triggers: await list(`SELECT pg_get_triggerdef(t.oid) AS item FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND NOT t.tgisinternal ORDER BY 1`),
  }
}

const appliedMigrations = async (): Promise<string[]> =>
  (await sql.query<{ name: string }>(`SELECT name FROM payload_migrations ORDER BY name`)).rows.map((row) => row.name)

const tableExists = async (table: string): Promise<boolean> =>
  (await sql.query<{ found: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS found`, [`public.${table}`])).rows[0]!.found

/**
 * Undoes the newest migrations, newest first, as `payload migrate:down` does (its own
 * implementation loads the migration files with a plain import, which cannot read TypeScript, and
 * ends the process on an error): each `down` in its own transaction with the removal of its row.
 */
const migrateDown = async (undo: readonly Migration[]): Promise<void> => {
  for (const migration of [...undo].reverse()) {
    const req = await createLocalReq({}, payload)
    await adapter.drizzle.transaction(async (tx) => {
      await migration.down({ db: tx as never, payload, req })
      await tx.execute(statement`DELETE FROM payload_migrations WHERE name = ${migration.name}`)
    })
  }
}

const TABLES = ['participants', 'assessments', 'observations', 'trajectories', 'reviews', 'referrals', 'audit_events', 'users', 'learning_goals']
const counts = async (): Promise<Record<string, number>> => {
  const result: Record<string, number> = {}
  for (const table of TABLES) result[table] = (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n
  return result
}

interface GoalProgressRow { participant_id: number }
const goalProgressRows = async (): Promise<GoalProgressRow[]> =>
  (await sql.query<GoalProgressRow>(`SELECT centre_id, participant_id, learning_goal_id, since::text, until::text, workplace_id, achieved FROM goal_progress
     ORDER BY centre_id, participant_id, learning_goal_id, since`)).rows

const sorted = (achievements: Map<number, GoalAchievement[]>): [number, GoalAchievement[]][] =>
  [...achievements.entries()].sort((a, b) => a[0] - b[0]).map(([participant, goals]) => [participant, [...goals].sort((a, b) => a.goal.localeCompare(b.goal))])

// Started without the demo data, so that a schema change without its migration fails in the
// tests about the schema below, not in seeding; the database in use gets its data further down.
beforeAll(async () => {
  process.env.DOORSTART_JOBS_AUTORUN = 'off'
  cms = await startTestCms({ seed: false })
  payload = cms.payload
  adapter = payload.db as unknown as PostgresAdapter
  sql = new pg.Client({ connectionString: cms.databaseUrl })
  await sql.connect()
})

afterAll(async () => {
  await sql?.end()
  await cms?.stop()
})

describe('the migration files', () => {
  // Payload diffs a new migration against the newest .json in the folder, and servers run the
  // migrations in the order of index.ts: a lost snapshot, a name out of order or an index entry
  // missing or twice (two changes that both regenerated index.ts) breaks the chain silently.
  it('pair each migration with its snapshot, in name order, each listed once in index.ts', async () => {
    const files = (await readdir(MIGRATIONS_DIR)).filter((file) => file !== 'index.ts').sort()
    const scripts = files.filter((file) => file.endsWith('.ts')).map((file) => file.slice(0, -'.ts'.length))
    const snapshots = files.filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length))
    expect(files.filter((file) => !file.endsWith('.ts') && !file.endsWith('.json'))).toEqual([])
    expect(snapshots).toEqual(scripts)
    for (const name of scripts) expect(name).toMatch(/^\d{8}_\d{6}_[a-z0-9_]+$/)
    expect(names(migrations)).toEqual(scripts)
    const index = await readFile(path.join(MIGRATIONS_DIR, 'index.ts'), 'utf8')
    for (const name of scripts) expect({ name, imports: index.split(`from './${name}'`).length - 1 }).toEqual({ name, imports: 1 })
    for (const migration of migrations) expect([typeof migration.up, typeof migration.down]).toEqual(['function', 'function'])
  })
})

describe('the schema', () => {
  // A field or collection added, changed or removed without `npm run migrate:new` would reach a
  // database without its column: `migrate:create` would still find statements to write.
  it('is the newest snapshot: a new migration would have nothing to do', async () => {
    expect(await statementsFrom(await readSnapshot(migrations.at(-1)!.name))).toEqual([])
  })

  // The snapshots only say what the migrations should build; a migration whose SQL was edited by
  // hand (or a snapshot regenerated without its SQL) builds something else. Here the database the
  // whole chain built is held against the collections' schema itself.
  it('is what the migrations built in the database', async () => {
    expect(await appliedMigrations()).toEqual(names(migrations))
    expect(await statementsFromDatabase()).toEqual(DELIBERATE_DIFFERENCES)
  })
})

describe('each migration', () => {
  // On an empty database, migration by migration: `down` brings back exactly the schema before its
  // `up` (tables, columns, constraints, indexes, enum values, functions, triggers), so a release
  // can be rolled back. The released ones whose `down` fails are listed in BROKEN_DOWNS: their
  // `down` must still fail (in its transaction, changing nothing), not start half-working.
  it('undoes its up with its down', { timeout: 120_000 }, async () => {
    const database = await emptyDatabase()
    try {
      const failures: Record<string, string> = {}
      for (const migration of migrations) {
        const before = await catalog(database.client)
        await run(database.db, migration, 'up')
        const after = await catalog(database.client)
        try {
          await run(database.db, migration, 'down')
        } catch (error) {
          failures[migration.name] = ((error as { cause?: Error }).cause ?? (error as Error)).message
          expect({ migration: migration.name, schema: await catalog(database.client) }).toEqual({ migration: migration.name, schema: after })
          continue
        }
        expect({ migration: migration.name, schema: await catalog(database.client) }).toEqual({ migration: migration.name, schema: before })
        await run(database.db, migration, 'up')
        expect({ migration: migration.name, schema: await catalog(database.client) }).toEqual({ migration: migration.name, schema: after })
      }
      expect(failures).toEqual(BROKEN_DOWNS)
    } finally {
      await database.close()
    }
  })
})

describe('a database from the first release', () => {
  // A centre that started on the first release and upgrades now: its rows, in that release's shape
  // (old outflow and event kinds, free-text policies, no titles), come up through every later
  // migration with their hand-written data changes.
  it('comes up through the whole chain with its data', { timeout: 60_000 }, async () => {
    const database = await emptyDatabase()
    try {
      const [first, ...later] = migrations
      await run(database.db, first!, 'up')
      const q = (text: string): Promise<pg.QueryResult> => database.client.query(text)
      await q(`INSERT INTO centres (id, name, slug) VALUES (1, 'Leerwerkcentrum Noord', 'lwc-noord')`)
      await q(`INSERT INTO ladders (id, ladder_id, version, title_nl, placement) VALUES (1, 'participatieladder', '1.0.0', 'Participatieladder', 'cumulative')`)
      await q(`INSERT INTO learning_goals (id, goal_id, title_nl, competence) VALUES (1, 'punctuality', '', 'employee-skills'), (2, 'initiative', 'Initiatief', 'employee-skills')`)
      await q(`INSERT INTO participants (id, code, centre_id) VALUES (1, 'D-001', 1)`)
      await q(`INSERT INTO trajectories (id, participant_id, policy, ladder_id, start_date, exit_date, exit_type, centre_id) VALUES
        (1, 1, 'standard-12-months', 1, '2025-01-31T23:00:00Z', '2025-09-01T10:00:00Z', 'stopped', 1),
        (2, 1, 'lpc-rotterdam', 1, '2025-10-01T10:00:00Z', NULL, NULL, 1),
        (3, 1, 'lucrato', 1, '2025-11-01T10:00:00Z', '2026-05-01T10:00:00Z', 'paid-work-supported', 1)`)
      await q(`INSERT INTO trajectories_events (_order, _parent_id, id, date, type, note) VALUES
        (1, 1, 'e1', '2025-02-01T10:00:00Z', 'intake', NULL), (2, 1, 'e2', '2025-03-01T10:00:00Z', 'placement', 'Keuken'),
        (3, 1, 'e3', '2025-04-01T10:00:00Z', 'trial-start', NULL), (4, 1, 'e4', '2025-05-01T10:00:00Z', 'return', NULL)`)

      for (const migration of later) await run(database.db, migration, 'up')

      const rows = async (text: string): Promise<unknown[]> => (await q(text)).rows
      expect(await rows(`SELECT id, policy::text, exit_type::text, title FROM trajectories ORDER BY id`)).toEqual([
        { id: 1, policy: null, exit_type: 'stopped-other', title: 'D-001 · Leerwerkcentrum Noord · 01-02-2025' },
        { id: 2, policy: 'lpc-rotterdam', exit_type: null, title: 'D-001 · Leerwerkcentrum Noord · 01-10-2025' },
        { id: 3, policy: 'lucrato', exit_type: 'paid-work-with-support', title: 'D-001 · Leerwerkcentrum Noord · 01-11-2025' },
      ])
      expect(await rows(`SELECT id, type::text, note FROM trajectories_events ORDER BY _order`)).toEqual([
        { id: 'e1', type: 'intake', note: null }, { id: 'e2', type: 'note', note: 'Keuken' }, { id: 'e3', type: 'note', note: null }, { id: 'e4', type: 'note', note: null },
      ])
      expect(await rows(`SELECT display_title FROM ladders`)).toEqual([{ display_title: 'Participatieladder · versie 1.0.0' }])
      expect(await rows(`SELECT goal_id, display_title FROM learning_goals ORDER BY id`)).toEqual([
        { goal_id: 'punctuality', display_title: 'punctuality' }, { goal_id: 'initiative', display_title: 'Initiatief' },
      ])
      expect(await rows(`SELECT retention_months::int FROM centres`)).toEqual([{ retention_months: 24 }])
      expect(await rows(`SELECT count(*)::int AS n FROM goal_progress`)).toEqual([{ n: 0 }])
    } finally {
      await database.close()
    }
  })
})

describe('a database in use', () => {
  // Every migration after the newest one whose `down` fails: today the hand-written SQL of the
  // audit trigger for new assessments, goal_progress and its faster refresh. Going back over them
  // and forward again is what upgrading a database of the release before them does: goal_progress
  // is filled from the observations already there, nothing else changes, and the triggers act on
  // new writes again.
  const NEWEST = migrations.slice(Math.max(...Object.keys(BROKEN_DOWNS).map((name) => names(migrations).indexOf(name))) + 1)

  beforeAll(async () => {
    // The demo data, as a server seeds it at its first start, and two years of a few dozen
    // people's observations, assessments and reviews, written (in SQL) while every migration's
    // triggers are in place.
    await seedDemoData(payload)
    await seedDemoReferrals(payload)
    fixture = await loadDemoFixture(payload)
    centre = Number(fixture.centre.own)
    await generatePolicyHistories(sql, { centre, people: 24, from: '2024-12-01', to: '2026-11-30' })
  })

  it('goes back over the newest migrations and forward again keeping its data', { timeout: 120_000 }, async () => {
    expect(names(NEWEST)).toEqual(expect.arrayContaining(['20261201_191500_assessment_audit_trigger', '20261201_193735_goal_progress', '20261201_200700_goal_progress_bulk_refresh']))
    const before = await counts()
    const progress = await goalProgressRows()
    expect(before.observations).toBeGreaterThan(100)
    expect(progress.length).toBeGreaterThan(50)

    await migrateDown(NEWEST)
    expect(await appliedMigrations()).toEqual(names(migrations.slice(0, -NEWEST.length)))
    expect(await tableExists('goal_progress')).toBe(false)
    expect(await counts()).toEqual(before)

    // Written in the release before (in SQL: the collections describe the newest schema), where
    // nothing keeps goal_progress: a person and three observations of a goal by the work supervisor.
    const supervisor = fixture.users.supervisor
    const goal = (await payload.find({ collection: 'learning-goals', where: { goalId: { equals: 'punctuality' } }, depth: 0 })).docs[0]!
    const person = (await sql.query<{ id: number }>(`INSERT INTO participants (code, centre_id, workplace_id) VALUES ('MIG-001', $1, $2) RETURNING id`, [centre, supervisor.workplace])).rows[0]!
    await sql.query(`INSERT INTO observations (participant_id, workplace_id, learning_goal_id, level, observed_on, observer_id, observer_role, centre_id)
      SELECT $1, $2, $3, level, day, $4, 'supervisor', $5 FROM (VALUES (2, timestamptz '2026-10-01T10:00:00Z'), (4, '2026-10-15T10:00:00Z'), (4, '2026-11-02T10:00:00Z')) v (level, day)`,
      [person.id, supervisor.workplace, goal.id, supervisor.id, centre])

    await payload.db.migrate({ migrations: migrations as never })
    expect(await appliedMigrations()).toEqual(names(migrations))
    expect(await counts()).toEqual({ ...before, participants: before.participants + 1, observations: before.observations + 3 })
    // Refilled from the observations: the rows the triggers had kept, and those of the person
    // observed in between as counting from the observations gives them.
    const refilled = await goalProgressRows()
    expect(refilled.filter((row) => row.participant_id !== person.id)).toEqual(progress)
    expect(refilled.filter((row) => row.participant_id === person.id).length).toBeGreaterThan(0)
    for (const asOf of ['2025-06-30', '2026-10-10', '2026-11-30']) {
      const read = sorted(await loadGoalAchievements(payload, centre, asOf))
      expect({ asOf, read }).toEqual({ asOf, read: sorted(await loadGoalAchievements(payload, centre, asOf, { recount: true })) })
    }

    // The audit trigger is back: one event for a new assessment.
    const ladder = (await payload.find({ collection: 'ladders', where: { ladderId: { equals: 'participatieladder' } }, depth: 0 })).docs[0]!
    const assessment = await payload.create({
      collection: 'assessments',
      data: { participant: person.id, ladder: ladder.id, asOf: '2026-11-02', facts: { socialContactsPerWeek: 3, organisedActivityHoursPerWeek: 6 } } as never,
      user: fixture.users.coach as never,
      overrideAccess: false,
      depth: 0,
    })
    const { rows } = await sql.query<{ type: string }>(`SELECT type::text FROM audit_events WHERE record_collection = 'assessments' AND record_id = $1`, [String(assessment.id)])
    expect(rows).toEqual([{ type: 'assessment.created' }])
    expect(await counts()).toEqual({ ...before, participants: before.participants + 1, observations: before.observations + 3, assessments: before.assessments + 1, audit_events: before.audit_events + 1 })
  })
})
