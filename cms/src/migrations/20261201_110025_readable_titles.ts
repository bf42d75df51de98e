import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "ladders" ADD COLUMN "display_title" varchar;
  ALTER TABLE "learning_goals" ADD COLUMN "display_title" varchar;
  ALTER TABLE "trajectories" ADD COLUMN "title" varchar;`)
  // Titles for the documents already there, as the hooks would write them on the next save.
  await db.execute(sql`
  UPDATE "ladders" SET "display_title" = coalesce(nullif("title_nl", ''), nullif("title_en", ''), "ladder_id") || ' · versie ' || "version";
  UPDATE "learning_goals" SET "display_title" = coalesce(nullif("title_nl", ''), nullif("title_en", ''), "goal_id");
  UPDATE "trajectories" AS t SET "title" = concat_ws(' · ', p."code", c."name", to_char(t."start_date" AT TIME ZONE 'Europe/Amsterdam', 'DD-MM-YYYY'))
    FROM "participants" AS p, "centres" AS c WHERE p."id" = t."participant_id" AND c."id" = t."centre_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "ladders" DROP COLUMN "display_title";
  ALTER TABLE "learning_goals" DROP COLUMN "display_title";
  ALTER TABLE "trajectories" DROP COLUMN "title";`)
}
