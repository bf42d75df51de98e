import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Written by hand (no collection changes). The policy dashboard's learning-goal completion per
// sector (cms/src/reports/loadGoalAchievements.ts), kept up to date by PostgreSQL as observations
// are written instead of aggregated from every observation per request: per centre, participant
// and learning goal with an observation requirement (`evidence_observations`), one row per run of
// days on which the figures stay the same, from the day of an observation (`since`) to the day of
// the next change (`until`, exclusive; null: still so): the workplace of the latest observation
// by then and whether the requirement was met. The read for a date takes the row whose days hold
// it. The requirement is counted as `countGoals` there does: qualifying observations (an accepted
// observer role, level or went-well/not at least the minimum), their number and the days from the
// first to the last, and an accepted observer's observation without a level leaves it unmet.
//
// Statement triggers recompute the pairs a statement touched (insert, delete, an update of a
// counted column; erasure clears only texts, so its figures stay), and every pair of an observer
// whose role changes and of a goal whose requirement changes. Writers of the same participant
// take turns (a transaction-scoped advisory lock per participant; a statement touching more than
// 1,000 participants locks the table) so that each recount sees the others' committed rows.
// test/cms/goalProgress.test.ts holds the table against counting from the observations.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE FUNCTION "goal_progress_observer_role"("user_role" text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE "user_role" WHEN 'work-supervisor' THEN 'supervisor' WHEN 'coach' THEN 'coach' WHEN 'centre-admin' THEN 'coach' WHEN 'admin' THEN 'coach' ELSE 'supervisor' END
  $$;

  CREATE TABLE "goal_progress" (
    "centre_id" integer NOT NULL,
    "participant_id" integer NOT NULL,
    "learning_goal_id" integer NOT NULL,
    "since" date NOT NULL,
    "until" date,
    "workplace_id" integer,
    "achieved" boolean NOT NULL,
    PRIMARY KEY ("centre_id", "participant_id", "learning_goal_id", "since")
  );

  CREATE FUNCTION "goal_progress_refresh"("centres" integer[], "participants" integer[], "goals" integer[]) RETURNS void LANGUAGE plpgsql AS $$
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
  $$;

  CREATE FUNCTION "goal_progress_observations_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    centres integer[];
    participants integer[];
    goals integer[];
  BEGIN
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(c), array_agg(p), array_agg(g) INTO centres, participants, goals
        FROM (SELECT DISTINCT "centre_id", "participant_id", "learning_goal_id" FROM new_rows) k (c, p, g);
    ELSIF TG_OP = 'DELETE' THEN
      SELECT array_agg(c), array_agg(p), array_agg(g) INTO centres, participants, goals
        FROM (SELECT DISTINCT "centre_id", "participant_id", "learning_goal_id" FROM old_rows) k (c, p, g);
    ELSE
      SELECT array_agg(c), array_agg(p), array_agg(g) INTO centres, participants, goals FROM (
        SELECT o."centre_id", o."participant_id", o."learning_goal_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id"
         WHERE (o."centre_id", o."participant_id", o."learning_goal_id", o."observed_on", o."level", o."positive", o."observer_id", o."workplace_id")
               IS DISTINCT FROM (n."centre_id", n."participant_id", n."learning_goal_id", n."observed_on", n."level", n."positive", n."observer_id", n."workplace_id")
        UNION
        SELECT n."centre_id", n."participant_id", n."learning_goal_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id"
         WHERE (o."centre_id", o."participant_id", o."learning_goal_id", o."observed_on", o."level", o."positive", o."observer_id", o."workplace_id")
               IS DISTINCT FROM (n."centre_id", n."participant_id", n."learning_goal_id", n."observed_on", n."level", n."positive", n."observer_id", n."workplace_id")
      ) k (c, p, g);
    END IF;
    IF centres IS NOT NULL THEN PERFORM "goal_progress_refresh"(centres, participants, goals); END IF;
    RETURN NULL;
  END
  $$;
  CREATE TRIGGER "goal_progress_observations_inserted" AFTER INSERT ON "observations"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "goal_progress_observations_changed"();
  CREATE TRIGGER "goal_progress_observations_updated" AFTER UPDATE ON "observations"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "goal_progress_observations_changed"();
  CREATE TRIGGER "goal_progress_observations_deleted" AFTER DELETE ON "observations"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "goal_progress_observations_changed"();

  CREATE FUNCTION "goal_progress_observations_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM "goal_progress";
    RETURN NULL;
  END
  $$;
  CREATE TRIGGER "goal_progress_observations_truncated" AFTER TRUNCATE ON "observations"
    FOR EACH STATEMENT EXECUTE FUNCTION "goal_progress_observations_truncated"();

  CREATE FUNCTION "goal_progress_observers_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    centres integer[];
    participants integer[];
    goals integer[];
  BEGIN
    SELECT array_agg(c), array_agg(p), array_agg(g) INTO centres, participants, goals FROM (
      SELECT DISTINCT ob."centre_id", ob."participant_id", ob."learning_goal_id" FROM "observations" ob
       WHERE ob."observer_id" IN (
         SELECT o."id" FROM old_rows o JOIN new_rows n ON n."id" = o."id"
          WHERE "goal_progress_observer_role"(o."role"::text) IS DISTINCT FROM "goal_progress_observer_role"(n."role"::text))
    ) k (c, p, g);
    IF centres IS NOT NULL THEN PERFORM "goal_progress_refresh"(centres, participants, goals); END IF;
    RETURN NULL;
  END
  $$;
  CREATE TRIGGER "goal_progress_observers_changed" AFTER UPDATE ON "users"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "goal_progress_observers_changed"();

  CREATE FUNCTION "goal_progress_goals_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    centres integer[];
    participants integer[];
    goals integer[];
  BEGIN
    SELECT array_agg(c), array_agg(p), array_agg(g) INTO centres, participants, goals FROM (
      SELECT DISTINCT ob."centre_id", ob."participant_id", ob."learning_goal_id" FROM "observations" ob
       WHERE ob."learning_goal_id" IN (
         SELECT o."id" FROM old_rows o JOIN new_rows n ON n."id" = o."id"
          WHERE o."evidence_observations" IS DISTINCT FROM n."evidence_observations")
    ) k (c, p, g);
    IF centres IS NOT NULL THEN PERFORM "goal_progress_refresh"(centres, participants, goals); END IF;
    RETURN NULL;
  END
  $$;
  CREATE TRIGGER "goal_progress_goals_changed" AFTER UPDATE ON "learning_goals"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "goal_progress_goals_changed"();`)

  // The observations written before this migration.
  await db.execute(sql`
  SELECT "goal_progress_refresh"(array_agg(c), array_agg(p), array_agg(g))
    FROM (SELECT DISTINCT "centre_id", "participant_id", "learning_goal_id" FROM "observations") k (c, p, g);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER "goal_progress_goals_changed" ON "learning_goals";
  DROP TRIGGER "goal_progress_observers_changed" ON "users";
  DROP TRIGGER "goal_progress_observations_truncated" ON "observations";
  DROP TRIGGER "goal_progress_observations_deleted" ON "observations";
  DROP TRIGGER "goal_progress_observations_updated" ON "observations";
  DROP TRIGGER "goal_progress_observations_inserted" ON "observations";
  DROP FUNCTION "goal_progress_goals_changed"();
  DROP FUNCTION "goal_progress_observers_changed"();
  DROP FUNCTION "goal_progress_observations_truncated"();
  DROP FUNCTION "goal_progress_observations_changed"();
  DROP FUNCTION "goal_progress_refresh"(integer[], integer[], integer[]);
  DROP TABLE "goal_progress";
  DROP FUNCTION "goal_progress_observer_role"(text);`)
}
