import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Written by hand (no collection changes). goal_progress_refresh for large statements and tables
// without statistics yet: a bulk insert of a quarter of a million observations into a new
// database recounted its 30,000 person-goal pairs each through three bitmap index scans (centre,
// goal and participant), one of which returned the whole centre, and did not finish in minutes.
// The pairs are now found by the participant index only (the `+ 0` keeps the planner off the
// others), the requirement is read once instead of per observation, and the latest observation's
// workplace is a maximum instead of an ordered aggregate per day: 6 s for that recount, the same rows.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE OR REPLACE FUNCTION "goal_progress_refresh"("centres" integer[], "participants" integer[], "goals" integer[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    IF (SELECT count(DISTINCT p) FROM unnest("participants") p) > 1000 THEN
      LOCK TABLE "goal_progress" IN EXCLUSIVE MODE;
    ELSE
      LOCK TABLE "goal_progress" IN ROW EXCLUSIVE MODE;
      PERFORM pg_advisory_xact_lock(4260613, p) FROM (SELECT DISTINCT p FROM unnest("participants") p ORDER BY p) ordered;
    END IF;
    DELETE FROM "goal_progress" gp USING unnest("centres", "participants", "goals") k (c, p, g)
     WHERE gp."centre_id" = k.c AND gp."participant_id" = k.p AND gp."learning_goal_id" = k.g;
    INSERT INTO "goal_progress" ("centre_id", "participant_id", "learning_goal_id", "since", "until", "workplace_id", "achieved")
    WITH keys (c, p, g) AS (SELECT DISTINCT * FROM unnest("centres", "participants", "goals")),
    requirement AS MATERIALIZED (
      SELECT lg."id", (r->>'minLevel')::float8 AS min_level, (r->>'minObservations')::int AS min_observations,
             (r->>'minSpanDays')::int AS min_span_days, ARRAY(SELECT jsonb_array_elements_text(r->'observerRoles')) AS roles
        FROM "learning_goals" lg CROSS JOIN LATERAL (SELECT lg."evidence_observations" AS r) x
       WHERE lg."id" IN (SELECT g FROM keys) AND jsonb_typeof(r) = 'object' AND jsonb_typeof(r->'observerRoles') = 'array'),
    qualified AS (
      SELECT o."centre_id", o."participant_id", o."learning_goal_id", o."observed_on", coalesce(o."workplace_id", 0) AS workplace,
             (o."observed_on" AT TIME ZONE 'Europe/Amsterdam')::date AS day, r.min_observations, r.min_span_days,
             y.accepted AND y.level >= r.min_level AS qualifies, y.accepted AND y.level IS NULL AS unknown
        FROM keys k
        JOIN "observations" o ON o."participant_id" = k.p AND o."centre_id" + 0 = k.c AND o."learning_goal_id" + 0 = k.g
        JOIN requirement r ON r."id" = o."learning_goal_id" + 0
        LEFT JOIN "users" u ON u."id" = o."observer_id"
        CROSS JOIN LATERAL (SELECT "goal_progress_observer_role"(u."role"::text) = ANY (r.roles) AS accepted,
                                   coalesce(o."level"::float8, CASE o."positive" WHEN true THEN 3 WHEN false THEN 1 END) AS level) y),
    per_day AS (
      SELECT "centre_id", "participant_id", "learning_goal_id", day, min_observations, min_span_days,
             count(*) FILTER (WHERE qualifies) AS counted, min("observed_on") FILTER (WHERE qualifies) AS first_at,
             max("observed_on") FILTER (WHERE qualifies) AS last_at, bool_or(unknown) AS unknown,
             max((date_part('epoch', "observed_on") * 1000)::bigint * 1000000 + workplace) % 1000000 AS workplace
        FROM qualified GROUP BY 1, 2, 3, 4, 5, 6),
    running AS (
      SELECT "centre_id", "participant_id", "learning_goal_id", day, min_observations, min_span_days, nullif(workplace, 0) AS workplace,
             sum(counted) OVER w AS counted, min(first_at) OVER w AS first_at, max(last_at) OVER w AS last_at, bool_or(unknown) OVER w AS unknown
        FROM per_day WINDOW w AS (PARTITION BY "centre_id", "participant_id", "learning_goal_id" ORDER BY day ROWS UNBOUNDED PRECEDING)),
    status AS (
      SELECT "centre_id", "participant_id", "learning_goal_id", day, workplace,
             counted >= min_observations AND (min_span_days <= 0
               OR coalesce((last_at AT TIME ZONE 'Europe/Amsterdam')::date - (first_at AT TIME ZONE 'Europe/Amsterdam')::date, -1) >= min_span_days)
             AND NOT unknown AS achieved
        FROM running),
    changes AS (
      SELECT *, row_number() OVER w = 1 OR lag(workplace) OVER w IS DISTINCT FROM workplace OR lag(achieved) OVER w IS DISTINCT FROM achieved AS changed
        FROM status WINDOW w AS (PARTITION BY "centre_id", "participant_id", "learning_goal_id" ORDER BY day))
    SELECT "centre_id", "participant_id", "learning_goal_id", day,
           lead(day) OVER (PARTITION BY "centre_id", "participant_id", "learning_goal_id" ORDER BY day), workplace, coalesce(achieved, false)
      FROM changes WHERE changed;
  END
  $$;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  CREATE OR REPLACE FUNCTION "goal_progress_refresh"("centres" integer[], "participants" integer[], "goals" integer[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    IF (SELECT count(DISTINCT p) FROM unnest("participants") p) > 1000 THEN
      LOCK TABLE "goal_progress" IN EXCLUSIVE MODE;
    ELSE
      LOCK TABLE "goal_progress" IN ROW EXCLUSIVE MODE;
      PERFORM pg_advisory_xact_lock(4260613, p) FROM (SELECT DISTINCT p FROM unnest("participants") p ORDER BY p) ordered;
    END IF;
    DELETE FROM "goal_progress" gp USING unnest("centres", "participants", "goals") k (c, p, g)
     WHERE gp."centre_id" = k.c AND gp."participant_id" = k.p AND gp."learning_goal_id" = k.g;
    INSERT INTO "goal_progress" ("centre_id", "participant_id", "learning_goal_id", "since", "until", "workplace_id", "achieved")
    WITH keys (c, p, g) AS (SELECT DISTINCT * FROM unnest("centres", "participants", "goals")),
    requirement AS (
      SELECT lg."id", (r->>'minLevel')::float8 AS min_level, (r->>'minObservations')::int AS min_observations,
             (r->>'minSpanDays')::int AS min_span_days, ARRAY(SELECT jsonb_array_elements_text(r->'observerRoles')) AS roles
        FROM "learning_goals" lg CROSS JOIN LATERAL (SELECT lg."evidence_observations" AS r) x
       WHERE lg."id" IN (SELECT g FROM keys) AND jsonb_typeof(r) = 'object' AND jsonb_typeof(r->'observerRoles') = 'array'),
    qualified AS (
      SELECT o."centre_id", o."participant_id", o."learning_goal_id", o."observed_on", coalesce(o."workplace_id", 0) AS workplace,
             (o."observed_on" AT TIME ZONE 'Europe/Amsterdam')::date AS day, r.min_observations, r.min_span_days,
             y.accepted AND y.level >= r.min_level AS qualifies, y.accepted AND y.level IS NULL AS unknown
        FROM keys k
        JOIN "observations" o ON o."centre_id" = k.c AND o."participant_id" = k.p AND o."learning_goal_id" = k.g
        JOIN requirement r ON r."id" = o."learning_goal_id"
        LEFT JOIN "users" u ON u."id" = o."observer_id"
        CROSS JOIN LATERAL (SELECT "goal_progress_observer_role"(u."role"::text) = ANY (r.roles) AS accepted,
                                   coalesce(o."level"::float8, CASE o."positive" WHEN true THEN 3 WHEN false THEN 1 END) AS level) y),
    per_day AS (
      SELECT "centre_id", "participant_id", "learning_goal_id", day, min_observations, min_span_days,
             count(*) FILTER (WHERE qualifies) AS counted, min("observed_on") FILTER (WHERE qualifies) AS first_at,
             max("observed_on") FILTER (WHERE qualifies) AS last_at, bool_or(unknown) AS unknown,
             (array_agg(workplace ORDER BY "observed_on" DESC, workplace DESC))[1] AS workplace
        FROM qualified GROUP BY 1, 2, 3, 4, 5, 6),
    running AS (
      SELECT "centre_id", "participant_id", "learning_goal_id", day, min_observations, min_span_days, nullif(workplace, 0) AS workplace,
             sum(counted) OVER w AS counted, min(first_at) OVER w AS first_at, max(last_at) OVER w AS last_at, bool_or(unknown) OVER w AS unknown
        FROM per_day WINDOW w AS (PARTITION BY "centre_id", "participant_id", "learning_goal_id" ORDER BY day ROWS UNBOUNDED PRECEDING)),
    status AS (
      SELECT "centre_id", "participant_id", "learning_goal_id", day, workplace,
             counted >= min_observations AND (min_span_days <= 0
               OR coalesce((last_at AT TIME ZONE 'Europe/Amsterdam')::date - (first_at AT TIME ZONE 'Europe/Amsterdam')::date, -1) >= min_span_days)
             AND NOT unknown AS achieved
        FROM running),
    changes AS (
      SELECT *, row_number() OVER w = 1 OR lag(workplace) OVER w IS DISTINCT FROM workplace OR lag(achieved) OVER w IS DISTINCT FROM achieved AS changed
        FROM status WINDOW w AS (PARTITION BY "centre_id", "participant_id", "learning_goal_id" ORDER BY day))
    SELECT "centre_id", "participant_id", "learning_goal_id", day,
           lead(day) OVER (PARTITION BY "centre_id", "participant_id", "learning_goal_id" ORDER BY day), workplace, coalesce(achieved, false)
      FROM changes WHERE changed;
  END
  $$;`)
}
