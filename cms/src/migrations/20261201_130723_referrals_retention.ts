import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_referrals_source" AS ENUM('municipality', 'self', 'partner');
  CREATE TYPE "public"."enum_referrals_status" AS ENUM('received', 'intake', 'admitted', 'refused');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'anonymise-expired-trajectories';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'anonymise-expired-trajectories';
  CREATE TABLE "referrals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"source" "enum_referrals_source" NOT NULL,
  	"referrer_organisation" varchar,
  	"person_reference" varchar,
  	"received_on" timestamp(3) with time zone NOT NULL,
  	"status" "enum_referrals_status" DEFAULT 'received' NOT NULL,
  	"intake_on" timestamp(3) with time zone,
  	"decided_on" timestamp(3) with time zone,
  	"participant_id" integer,
  	"refusal_reason_id" integer,
  	"refusal_note" varchar,
  	"note" varchar,
  	"centre_id" integer NOT NULL,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "refusal_reasons" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"label_nl" varchar,
  	"label_en" varchar,
  	"title" varchar,
  	"centre_id" integer,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "centres" ADD COLUMN "admission_criteria" varchar;
  ALTER TABLE "centres" ADD COLUMN "retention_months" numeric DEFAULT 24;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "referrals_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "refusal_reasons_id" integer;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_refusal_reason_id_refusal_reasons_id_fk" FOREIGN KEY ("refusal_reason_id") REFERENCES "public"."refusal_reasons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "refusal_reasons" ADD CONSTRAINT "refusal_reasons_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "refusal_reasons" ADD CONSTRAINT "refusal_reasons_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "refusal_reasons" ADD CONSTRAINT "refusal_reasons_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "referrals_received_on_idx" ON "referrals" USING btree ("received_on");
  CREATE INDEX "referrals_status_idx" ON "referrals" USING btree ("status");
  CREATE INDEX "referrals_decided_on_idx" ON "referrals" USING btree ("decided_on");
  CREATE INDEX "referrals_participant_idx" ON "referrals" USING btree ("participant_id");
  CREATE INDEX "referrals_refusal_reason_idx" ON "referrals" USING btree ("refusal_reason_id");
  CREATE INDEX "referrals_centre_idx" ON "referrals" USING btree ("centre_id");
  CREATE INDEX "referrals_created_by_idx" ON "referrals" USING btree ("created_by_id");
  CREATE INDEX "referrals_updated_by_idx" ON "referrals" USING btree ("updated_by_id");
  CREATE INDEX "referrals_updated_at_idx" ON "referrals" USING btree ("updated_at");
  CREATE INDEX "referrals_created_at_idx" ON "referrals" USING btree ("created_at");
  CREATE INDEX "refusal_reasons_code_idx" ON "refusal_reasons" USING btree ("code");
  CREATE INDEX "refusal_reasons_centre_idx" ON "refusal_reasons" USING btree ("centre_id");
  CREATE INDEX "refusal_reasons_created_by_idx" ON "refusal_reasons" USING btree ("created_by_id");
  CREATE INDEX "refusal_reasons_updated_by_idx" ON "refusal_reasons" USING btree ("updated_by_id");
  CREATE INDEX "refusal_reasons_updated_at_idx" ON "refusal_reasons" USING btree ("updated_at");
  CREATE INDEX "refusal_reasons_created_at_idx" ON "refusal_reasons" USING btree ("created_at");
  CREATE UNIQUE INDEX "code_centre_idx" ON "refusal_reasons" USING btree ("code","centre_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_referrals_fk" FOREIGN KEY ("referrals_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_refusal_reasons_fk" FOREIGN KEY ("refusal_reasons_id") REFERENCES "public"."refusal_reasons"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_referrals_id_idx" ON "payload_locked_documents_rels" USING btree ("referrals_id");
  CREATE INDEX "payload_locked_documents_rels_refusal_reasons_id_idx" ON "payload_locked_documents_rels" USING btree ("refusal_reasons_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "referrals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "refusal_reasons" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "referrals" CASCADE;
  DROP TABLE "refusal_reasons" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_referrals_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_refusal_reasons_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'issueAward');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'issueAward');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_referrals_id_idx";
  DROP INDEX "payload_locked_documents_rels_refusal_reasons_id_idx";
  ALTER TABLE "centres" DROP COLUMN "admission_criteria";
  ALTER TABLE "centres" DROP COLUMN "retention_months";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "referrals_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "refusal_reasons_id";
  DROP TYPE "public"."enum_referrals_source";
  DROP TYPE "public"."enum_referrals_status";`)
}
