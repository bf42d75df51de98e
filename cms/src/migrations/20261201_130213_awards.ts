import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_awards_kind" AS ENUM('getuigschrift', 'certificaat', 'praktijkverklaring');
  CREATE TYPE "public"."enum_awards_locale" AS ENUM('nl', 'en');
  CREATE TYPE "public"."enum_awards_qualification_area" AS ENUM('social', 'educational', 'work');
  CREATE TYPE "public"."enum_awards_status" AS ENUM('proposed', 'approved', 'issued', 'revoked');
  CREATE TYPE "public"."enum_award_batches_kind" AS ENUM('getuigschrift', 'certificaat', 'praktijkverklaring');
  CREATE TYPE "public"."enum_award_batches_locale" AS ENUM('nl', 'en');
  CREATE TYPE "public"."enum_award_batches_qualification_area" AS ENUM('social', 'educational', 'work');
  CREATE TYPE "public"."enum_award_batches_status" AS ENUM('proposed', 'approved');
  CREATE TYPE "public"."enum_issuer_keys_algorithm" AS ENUM('Ed25519', 'ES256');
  CREATE TYPE "public"."enum_issuer_keys_status" AS ENUM('active', 'retired');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'issueAward');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'issueAward');
  CREATE TABLE "awards_signatories" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" varchar NOT NULL
  );
  
  CREATE TABLE "awards_work_processes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"title" varchar
  );
  
  CREATE TABLE "awards" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"participant_id" integer NOT NULL,
  	"learning_goal_id" integer,
  	"kind" "enum_awards_kind" DEFAULT 'getuigschrift' NOT NULL,
  	"locale" "enum_awards_locale" DEFAULT 'nl' NOT NULL,
  	"recipient_name" varchar NOT NULL,
  	"achievement_title" varchar NOT NULL,
  	"achievement_description" varchar,
  	"certificate_number" varchar,
  	"workplace" varchar,
  	"period_from" varchar,
  	"period_to" varchar,
  	"qualification_title" varchar,
  	"qualification_crebo" varchar,
  	"qualification_area" "enum_awards_qualification_area",
  	"hours" numeric,
  	"company_name" varchar,
  	"company_recognition_number" varchar,
  	"practice_trainer_name" varchar,
  	"title" varchar,
  	"status" "enum_awards_status" DEFAULT 'proposed' NOT NULL,
  	"proposed_by_id" integer,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"issued_on" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"credential_id" varchar,
  	"verify_url" varchar,
  	"issuer_did" varchar,
  	"status_list_index" numeric,
  	"revoked_at" timestamp(3) with time zone,
  	"revoked_by_id" integer,
  	"revocation_reason" varchar,
  	"issue_error" varchar,
  	"share_token" varchar,
  	"recipient_identifier" varchar,
  	"recipient_salt" varchar,
  	"batch_id" integer,
  	"at_workplace_id" integer,
  	"coach_id" integer,
  	"centre_id" integer NOT NULL,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "awards_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "award_batches_signatories" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" varchar NOT NULL
  );
  
  CREATE TABLE "award_batches_work_processes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"title" varchar
  );
  
  CREATE TABLE "award_batches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_award_batches_kind" DEFAULT 'getuigschrift' NOT NULL,
  	"locale" "enum_award_batches_locale" DEFAULT 'nl' NOT NULL,
  	"achievement_title" varchar NOT NULL,
  	"achievement_description" varchar,
  	"certificate_number" varchar,
  	"workplace" varchar,
  	"period_from" varchar,
  	"period_to" varchar,
  	"qualification_title" varchar,
  	"qualification_crebo" varchar,
  	"qualification_area" "enum_award_batches_qualification_area",
  	"hours" numeric,
  	"company_name" varchar,
  	"company_recognition_number" varchar,
  	"practice_trainer_name" varchar,
  	"csv" varchar NOT NULL,
  	"row_count" numeric,
  	"status" "enum_award_batches_status" DEFAULT 'proposed',
  	"proposed_by_id" integer,
  	"approved_by_id" integer,
  	"centre_id" integer NOT NULL,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "award_batches_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "award_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"award_id" integer NOT NULL,
  	"centre_id" integer NOT NULL,
  	"pdf" varchar NOT NULL,
  	"pdf_sha256" varchar NOT NULL,
  	"jwt" varchar NOT NULL,
  	"credential" jsonb NOT NULL,
  	"salt" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "issuer_keys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kid" varchar NOT NULL,
  	"algorithm" "enum_issuer_keys_algorithm" NOT NULL,
  	"status" "enum_issuer_keys_status" DEFAULT 'active' NOT NULL,
  	"public_jwk" jsonb NOT NULL,
  	"private_key_encrypted" varchar NOT NULL,
  	"retired_at" timestamp(3) with time zone,
  	"centre_id" integer NOT NULL,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "awards_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "award_batches_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "award_files_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "issuer_keys_id" integer;
  ALTER TABLE "awards_signatories" ADD CONSTRAINT "awards_signatories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "awards_work_processes" ADD CONSTRAINT "awards_work_processes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_learning_goal_id_learning_goals_id_fk" FOREIGN KEY ("learning_goal_id") REFERENCES "public"."learning_goals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_proposed_by_id_users_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_revoked_by_id_users_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_batch_id_award_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."award_batches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_at_workplace_id_workplaces_id_fk" FOREIGN KEY ("at_workplace_id") REFERENCES "public"."workplaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_coach_id_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards_texts" ADD CONSTRAINT "awards_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "award_batches_signatories" ADD CONSTRAINT "award_batches_signatories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."award_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "award_batches_work_processes" ADD CONSTRAINT "award_batches_work_processes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."award_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "award_batches" ADD CONSTRAINT "award_batches_proposed_by_id_users_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "award_batches" ADD CONSTRAINT "award_batches_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "award_batches" ADD CONSTRAINT "award_batches_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "award_batches" ADD CONSTRAINT "award_batches_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "award_batches" ADD CONSTRAINT "award_batches_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "award_batches_texts" ADD CONSTRAINT "award_batches_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."award_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "award_files" ADD CONSTRAINT "award_files_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "award_files" ADD CONSTRAINT "award_files_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "issuer_keys" ADD CONSTRAINT "issuer_keys_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "issuer_keys" ADD CONSTRAINT "issuer_keys_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "issuer_keys" ADD CONSTRAINT "issuer_keys_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "awards_signatories_order_idx" ON "awards_signatories" USING btree ("_order");
  CREATE INDEX "awards_signatories_parent_id_idx" ON "awards_signatories" USING btree ("_parent_id");
  CREATE INDEX "awards_work_processes_order_idx" ON "awards_work_processes" USING btree ("_order");
  CREATE INDEX "awards_work_processes_parent_id_idx" ON "awards_work_processes" USING btree ("_parent_id");
  CREATE INDEX "awards_participant_idx" ON "awards" USING btree ("participant_id");
  CREATE INDEX "awards_learning_goal_idx" ON "awards" USING btree ("learning_goal_id");
  CREATE INDEX "awards_status_idx" ON "awards" USING btree ("status");
  CREATE INDEX "awards_proposed_by_idx" ON "awards" USING btree ("proposed_by_id");
  CREATE INDEX "awards_approved_by_idx" ON "awards" USING btree ("approved_by_id");
  CREATE UNIQUE INDEX "awards_credential_id_idx" ON "awards" USING btree ("credential_id");
  CREATE INDEX "awards_revoked_by_idx" ON "awards" USING btree ("revoked_by_id");
  CREATE INDEX "awards_share_token_idx" ON "awards" USING btree ("share_token");
  CREATE INDEX "awards_batch_idx" ON "awards" USING btree ("batch_id");
  CREATE INDEX "awards_at_workplace_idx" ON "awards" USING btree ("at_workplace_id");
  CREATE INDEX "awards_coach_idx" ON "awards" USING btree ("coach_id");
  CREATE INDEX "awards_centre_idx" ON "awards" USING btree ("centre_id");
  CREATE INDEX "awards_created_by_idx" ON "awards" USING btree ("created_by_id");
  CREATE INDEX "awards_updated_by_idx" ON "awards" USING btree ("updated_by_id");
  CREATE INDEX "awards_updated_at_idx" ON "awards" USING btree ("updated_at");
  CREATE INDEX "awards_created_at_idx" ON "awards" USING btree ("created_at");
  CREATE UNIQUE INDEX "centre_statusListIndex_idx" ON "awards" USING btree ("centre_id","status_list_index");
  CREATE INDEX "awards_texts_order_parent" ON "awards_texts" USING btree ("order","parent_id");
  CREATE INDEX "award_batches_signatories_order_idx" ON "award_batches_signatories" USING btree ("_order");
  CREATE INDEX "award_batches_signatories_parent_id_idx" ON "award_batches_signatories" USING btree ("_parent_id");
  CREATE INDEX "award_batches_work_processes_order_idx" ON "award_batches_work_processes" USING btree ("_order");
  CREATE INDEX "award_batches_work_processes_parent_id_idx" ON "award_batches_work_processes" USING btree ("_parent_id");
  CREATE INDEX "award_batches_proposed_by_idx" ON "award_batches" USING btree ("proposed_by_id");
  CREATE INDEX "award_batches_approved_by_idx" ON "award_batches" USING btree ("approved_by_id");
  CREATE INDEX "award_batches_centre_idx" ON "award_batches" USING btree ("centre_id");
  CREATE INDEX "award_batches_created_by_idx" ON "award_batches" USING btree ("created_by_id");
  CREATE INDEX "award_batches_updated_by_idx" ON "award_batches" USING btree ("updated_by_id");
  CREATE INDEX "award_batches_updated_at_idx" ON "award_batches" USING btree ("updated_at");
  CREATE INDEX "award_batches_created_at_idx" ON "award_batches" USING btree ("created_at");
  CREATE INDEX "award_batches_texts_order_parent" ON "award_batches_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "award_files_award_idx" ON "award_files" USING btree ("award_id");
  CREATE INDEX "award_files_centre_idx" ON "award_files" USING btree ("centre_id");
  CREATE INDEX "award_files_updated_at_idx" ON "award_files" USING btree ("updated_at");
  CREATE INDEX "award_files_created_at_idx" ON "award_files" USING btree ("created_at");
  CREATE INDEX "issuer_keys_kid_idx" ON "issuer_keys" USING btree ("kid");
  CREATE INDEX "issuer_keys_centre_idx" ON "issuer_keys" USING btree ("centre_id");
  CREATE INDEX "issuer_keys_created_by_idx" ON "issuer_keys" USING btree ("created_by_id");
  CREATE INDEX "issuer_keys_updated_by_idx" ON "issuer_keys" USING btree ("updated_by_id");
  CREATE INDEX "issuer_keys_updated_at_idx" ON "issuer_keys" USING btree ("updated_at");
  CREATE INDEX "issuer_keys_created_at_idx" ON "issuer_keys" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_awards_fk" FOREIGN KEY ("awards_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_award_batches_fk" FOREIGN KEY ("award_batches_id") REFERENCES "public"."award_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_award_files_fk" FOREIGN KEY ("award_files_id") REFERENCES "public"."award_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_issuer_keys_fk" FOREIGN KEY ("issuer_keys_id") REFERENCES "public"."issuer_keys"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_awards_id_idx" ON "payload_locked_documents_rels" USING btree ("awards_id");
  CREATE INDEX "payload_locked_documents_rels_award_batches_id_idx" ON "payload_locked_documents_rels" USING btree ("award_batches_id");
  CREATE INDEX "payload_locked_documents_rels_award_files_id_idx" ON "payload_locked_documents_rels" USING btree ("award_files_id");
  CREATE INDEX "payload_locked_documents_rels_issuer_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("issuer_keys_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "awards_signatories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "awards_work_processes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "awards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "awards_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "award_batches_signatories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "award_batches_work_processes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "award_batches" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "award_batches_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "award_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "issuer_keys" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "awards_signatories" CASCADE;
  DROP TABLE "awards_work_processes" CASCADE;
  DROP TABLE "awards" CASCADE;
  DROP TABLE "awards_texts" CASCADE;
  DROP TABLE "award_batches_signatories" CASCADE;
  DROP TABLE "award_batches_work_processes" CASCADE;
  DROP TABLE "award_batches" CASCADE;
  DROP TABLE "award_batches_texts" CASCADE;
  DROP TABLE "award_files" CASCADE;
  DROP TABLE "issuer_keys" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_awards_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_award_batches_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_award_files_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_issuer_keys_fk";
  
  DROP INDEX "payload_locked_documents_rels_awards_id_idx";
  DROP INDEX "payload_locked_documents_rels_award_batches_id_idx";
  DROP INDEX "payload_locked_documents_rels_award_files_id_idx";
  DROP INDEX "payload_locked_documents_rels_issuer_keys_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "awards_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "award_batches_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "award_files_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "issuer_keys_id";
  DROP TYPE "public"."enum_awards_kind";
  DROP TYPE "public"."enum_awards_locale";
  DROP TYPE "public"."enum_awards_qualification_area";
  DROP TYPE "public"."enum_awards_status";
  DROP TYPE "public"."enum_award_batches_kind";
  DROP TYPE "public"."enum_award_batches_locale";
  DROP TYPE "public"."enum_award_batches_qualification_area";
  DROP TYPE "public"."enum_award_batches_status";
  DROP TYPE "public"."enum_issuer_keys_algorithm";
  DROP TYPE "public"."enum_issuer_keys_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
