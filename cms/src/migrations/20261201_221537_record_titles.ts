import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "assessments" ADD COLUMN "display_title" varchar;
  ALTER TABLE "observations" ADD COLUMN "display_title" varchar;
  ALTER TABLE "reviews" ADD COLUMN "display_title" varchar;`)
  // Titles for the records already there, as the hooks would write them on the next save:
  // participant code, what it is about, the day (dd-mm-jjjj in Europe/Amsterdam).
  await db.execute(sql`
  UPDATE "assessments" AS a SET "display_title" = concat_ws(' · ', p."code", coalesce(nullif(l."title_nl", ''), nullif(l."title_en", ''), a."ladder_key"), to_char(a."as_of" AT TIME ZONE 'Europe/Amsterdam', 'DD-MM-YYYY'))
    FROM "participants" AS p, "ladders" AS l WHERE p."id" = a."participant_id" AND l."id" = a."ladder_id";
  UPDATE "observations" AS o SET "display_title" = concat_ws(' · ', p."code", g."display_title", to_char(o."observed_on" AT TIME ZONE 'Europe/Amsterdam', 'DD-MM-YYYY'))
    FROM "participants" AS p, "learning_goals" AS g WHERE p."id" = o."participant_id" AND g."id" = o."learning_goal_id";
  UPDATE "reviews" AS r SET "display_title" = concat_ws(' · ', p."code",
      CASE r."decision" WHEN 'continue' THEN 'Evaluatie: doorgaan' WHEN 'adjust' THEN 'Evaluatie: bijstellen' WHEN 'exit' THEN 'Evaluatie: uitstroom' WHEN 'stop' THEN 'Evaluatie: stoppen' ELSE 'Evaluatie' END,
      to_char(r."reviewed_on" AT TIME ZONE 'Europe/Amsterdam', 'DD-MM-YYYY'))
    FROM "participants" AS p WHERE p."id" = r."participant_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "assessments" DROP COLUMN "display_title";
  ALTER TABLE "observations" DROP COLUMN "display_title";
  ALTER TABLE "reviews" DROP COLUMN "display_title";`)
}
