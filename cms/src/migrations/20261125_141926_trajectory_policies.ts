import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_trajectories_events_decision" AS ENUM('continue', 'adjust', 'exit', 'stop', 'go', 'no-go');
  CREATE TYPE "public"."enum_trajectories_policy" AS ENUM('lpc-rotterdam', 'lucrato');
  ALTER TABLE "trajectories_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_trajectories_events_type";
  CREATE TYPE "public"."enum_trajectories_events_type" AS ENUM('intake', 'review', 'trial-decision', 'ready-for-work', 'extension', 'dropout', 'follow-up', 'refusal', 'note');
  -- Kinds that no longer exist become notes, so no event is lost (hand-written).
  UPDATE "trajectories_events" SET "type" = 'note' WHERE "type" IN ('trial-start', 'placement', 'return');
  ALTER TABLE "trajectories_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_trajectories_events_type" USING "type"::"public"."enum_trajectories_events_type";
  ALTER TABLE "trajectories" ALTER COLUMN "exit_type" SET DATA TYPE text;
  DROP TYPE "public"."enum_trajectories_exit_type";
  CREATE TYPE "public"."enum_trajectories_exit_type" AS ENUM('paid-work', 'paid-work-with-support', 'education', 'volunteering', 'other-programme', 'stopped-health', 'stopped-moved', 'stopped-other', 'cap-reached');
  -- The library's outflow types (hand-written mapping of the two renamed ones).
  UPDATE "trajectories" SET "exit_type" = 'paid-work-with-support' WHERE "exit_type" = 'paid-work-supported';
  UPDATE "trajectories" SET "exit_type" = 'stopped-other' WHERE "exit_type" = 'stopped';
  ALTER TABLE "trajectories" ALTER COLUMN "exit_type" SET DATA TYPE "public"."enum_trajectories_exit_type" USING "exit_type"::"public"."enum_trajectories_exit_type";
  ALTER TABLE "trajectories" ALTER COLUMN "policy" DROP DEFAULT;
  ALTER TABLE "trajectories" ALTER COLUMN "policy" DROP NOT NULL;
  -- Free-text policies that are not one of the library's become empty (hand-written).
  UPDATE "trajectories" SET "policy" = NULL WHERE "policy" NOT IN ('lpc-rotterdam', 'lucrato');
  ALTER TABLE "trajectories" ALTER COLUMN "policy" SET DATA TYPE "public"."enum_trajectories_policy" USING "policy"::"public"."enum_trajectories_policy";
  ALTER TABLE "trajectories_events" ADD COLUMN "decision" "enum_trajectories_events_decision";
  ALTER TABLE "trajectories_events" ADD COLUMN "months" numeric;
  ALTER TABLE "trajectories_events" ADD COLUMN "lasting" boolean;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "trajectories_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_trajectories_events_type";
  CREATE TYPE "public"."enum_trajectories_events_type" AS ENUM('intake', 'review', 'trial-start', 'trial-decision', 'placement', 'refusal', 'extension', 'return', 'note');
  ALTER TABLE "trajectories_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_trajectories_events_type" USING "type"::"public"."enum_trajectories_events_type";
  ALTER TABLE "trajectories" ALTER COLUMN "exit_type" SET DATA TYPE text;
  DROP TYPE "public"."enum_trajectories_exit_type";
  CREATE TYPE "public"."enum_trajectories_exit_type" AS ENUM('paid-work', 'paid-work-supported', 'education', 'volunteering', 'other-programme', 'stopped', 'cap-reached');
  ALTER TABLE "trajectories" ALTER COLUMN "exit_type" SET DATA TYPE "public"."enum_trajectories_exit_type" USING "exit_type"::"public"."enum_trajectories_exit_type";
  ALTER TABLE "trajectories" ALTER COLUMN "policy" SET DATA TYPE varchar;
  ALTER TABLE "trajectories" ALTER COLUMN "policy" SET DEFAULT 'standard-12-months';
  ALTER TABLE "trajectories" ALTER COLUMN "policy" SET NOT NULL;
  ALTER TABLE "trajectories_events" DROP COLUMN "decision";
  ALTER TABLE "trajectories_events" DROP COLUMN "months";
  ALTER TABLE "trajectories_events" DROP COLUMN "lasting";
  DROP TYPE "public"."enum_trajectories_events_decision";
  DROP TYPE "public"."enum_trajectories_policy";`)
}
