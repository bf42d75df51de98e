import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_trajectories_policy" ADD VALUE 'pluspunt';
  ALTER TYPE "public"."enum_trajectories_policy" ADD VALUE 'verbindingskamer';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Trajectories under the new policies lose their policy rather than block the way back.
  await db.execute(sql`
   UPDATE "trajectories" SET "policy" = NULL WHERE "policy" IN ('pluspunt', 'verbindingskamer');
  ALTER TABLE "trajectories" ALTER COLUMN "policy" SET DATA TYPE text;
  DROP TYPE "public"."enum_trajectories_policy";
  CREATE TYPE "public"."enum_trajectories_policy" AS ENUM('lpc-rotterdam', 'lucrato');
  ALTER TABLE "trajectories" ALTER COLUMN "policy" SET DATA TYPE "public"."enum_trajectories_policy" USING "policy"::"public"."enum_trajectories_policy";`)
}
