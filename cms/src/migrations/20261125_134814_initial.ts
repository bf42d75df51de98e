import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'centre-admin', 'coach', 'work-supervisor', 'policy-viewer');
  CREATE TYPE "public"."enum_workplaces_sector" AS ENUM('general', 'cleaning', 'kitchen', 'service', 'bar', 'barista', 'reception', 'garden', 'wood', 'textile', 'events', 'school-meals', 'entrepreneurship', 'hospitality', 'green', 'paving', 'bike-repair', 'crafts');
  CREATE TYPE "public"."enum_ladders_placement" AS ENUM('cumulative', 'first-match');
  CREATE TYPE "public"."enum_learning_goals_competence" AS ENUM('employee-skills', 'language', 'digital', 'safety', 'hygiene', 'vocational');
  CREATE TYPE "public"."enum_trajectories_events_type" AS ENUM('intake', 'review', 'trial-start', 'trial-decision', 'placement', 'refusal', 'extension', 'return', 'note');
  CREATE TYPE "public"."enum_trajectories_exit_type" AS ENUM('paid-work', 'paid-work-supported', 'education', 'volunteering', 'other-programme', 'stopped', 'cap-reached');
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'coach' NOT NULL,
  	"centre_id" integer,
  	"workplace_id" integer,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "centres" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"city" varchar,
  	"hours_per_week" numeric DEFAULT 32,
  	"max_trajectory_months" numeric DEFAULT 12,
  	"caseload_only" boolean DEFAULT false,
  	"bsn_enabled" boolean DEFAULT false,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workplaces" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"sector" "enum_workplaces_sector" NOT NULL,
  	"location" varchar,
  	"operator" varchar,
  	"centre_id" integer NOT NULL,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ladders_rungs_criteria" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"criterion_id" varchar NOT NULL,
  	"title_nl" varchar,
  	"title_en" varchar,
  	"description_nl" varchar,
  	"description_en" varchar,
  	"rule" jsonb
  );
  
  CREATE TABLE "ladders_rungs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"rung_id" varchar NOT NULL,
  	"title_nl" varchar,
  	"title_en" varchar,
  	"description_nl" varchar,
  	"description_en" varchar
  );
  
  CREATE TABLE "ladders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"ladder_id" varchar NOT NULL,
  	"version" varchar NOT NULL,
  	"effective_from" varchar,
  	"placement" "enum_ladders_placement" DEFAULT 'cumulative' NOT NULL,
  	"title_nl" varchar,
  	"title_en" varchar,
  	"description_nl" varchar,
  	"description_en" varchar,
  	"centre_id" integer,
  	"in_use" boolean DEFAULT false,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "learning_goals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"goal_id" varchar NOT NULL,
  	"title_nl" varchar,
  	"title_en" varchar,
  	"description_nl" varchar,
  	"description_en" varchar,
  	"competence" "enum_learning_goals_competence" NOT NULL,
  	"evidence_title_nl" varchar,
  	"evidence_title_en" varchar,
  	"evidence_rule" jsonb,
  	"evidence_observations" jsonb,
  	"contributes_to" jsonb,
  	"centre_id" integer,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "learning_goals_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "curricula_modules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"hours" numeric,
  	"content" jsonb
  );
  
  CREATE TABLE "curricula" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"introduction" jsonb,
  	"centre_id" integer NOT NULL,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "curricula_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"learning_goals_id" integer
  );
  
  CREATE TABLE "participants" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"workplace_id" integer,
  	"start_date" timestamp(3) with time zone,
  	"hours_per_week" numeric,
  	"work_notes" varchar,
  	"coach_id" integer,
  	"display_name" varchar,
  	"contact_notes" varchar,
  	"bsn" varchar,
  	"special_category_notes" varchar,
  	"centre_id" integer NOT NULL,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "trajectories_events" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"type" "enum_trajectories_events_type" NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "trajectories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"participant_id" integer NOT NULL,
  	"policy" varchar DEFAULT 'standard-12-months' NOT NULL,
  	"ladder_id" integer,
  	"start_date" timestamp(3) with time zone NOT NULL,
  	"coach_id" integer,
  	"exit_date" timestamp(3) with time zone,
  	"exit_type" "enum_trajectories_exit_type",
  	"exit_follow_up_date" timestamp(3) with time zone,
  	"centre_id" integer NOT NULL,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"centre_id" integer NOT NULL,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"centres_id" integer,
  	"workplaces_id" integer,
  	"ladders_id" integer,
  	"learning_goals_id" integer,
  	"curricula_id" integer,
  	"participants_id" integer,
  	"trajectories_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_workplace_id_workplaces_id_fk" FOREIGN KEY ("workplace_id") REFERENCES "public"."workplaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "centres" ADD CONSTRAINT "centres_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "centres" ADD CONSTRAINT "centres_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workplaces" ADD CONSTRAINT "workplaces_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workplaces" ADD CONSTRAINT "workplaces_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workplaces" ADD CONSTRAINT "workplaces_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ladders_rungs_criteria" ADD CONSTRAINT "ladders_rungs_criteria_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ladders_rungs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ladders_rungs" ADD CONSTRAINT "ladders_rungs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ladders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ladders" ADD CONSTRAINT "ladders_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ladders" ADD CONSTRAINT "ladders_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ladders" ADD CONSTRAINT "ladders_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "learning_goals" ADD CONSTRAINT "learning_goals_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "learning_goals" ADD CONSTRAINT "learning_goals_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "learning_goals" ADD CONSTRAINT "learning_goals_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "learning_goals_texts" ADD CONSTRAINT "learning_goals_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."learning_goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "curricula_modules" ADD CONSTRAINT "curricula_modules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."curricula"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "curricula" ADD CONSTRAINT "curricula_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "curricula" ADD CONSTRAINT "curricula_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "curricula" ADD CONSTRAINT "curricula_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "curricula_rels" ADD CONSTRAINT "curricula_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."curricula"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "curricula_rels" ADD CONSTRAINT "curricula_rels_learning_goals_fk" FOREIGN KEY ("learning_goals_id") REFERENCES "public"."learning_goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "participants" ADD CONSTRAINT "participants_workplace_id_workplaces_id_fk" FOREIGN KEY ("workplace_id") REFERENCES "public"."workplaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "participants" ADD CONSTRAINT "participants_coach_id_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "participants" ADD CONSTRAINT "participants_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "participants" ADD CONSTRAINT "participants_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "participants" ADD CONSTRAINT "participants_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trajectories_events" ADD CONSTRAINT "trajectories_events_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_ladder_id_ladders_id_fk" FOREIGN KEY ("ladder_id") REFERENCES "public"."ladders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_coach_id_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_centres_fk" FOREIGN KEY ("centres_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workplaces_fk" FOREIGN KEY ("workplaces_id") REFERENCES "public"."workplaces"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ladders_fk" FOREIGN KEY ("ladders_id") REFERENCES "public"."ladders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_learning_goals_fk" FOREIGN KEY ("learning_goals_id") REFERENCES "public"."learning_goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_curricula_fk" FOREIGN KEY ("curricula_id") REFERENCES "public"."curricula"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_participants_fk" FOREIGN KEY ("participants_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_trajectories_fk" FOREIGN KEY ("trajectories_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_centre_idx" ON "users" USING btree ("centre_id");
  CREATE INDEX "users_workplace_idx" ON "users" USING btree ("workplace_id");
  CREATE INDEX "users_created_by_idx" ON "users" USING btree ("created_by_id");
  CREATE INDEX "users_updated_by_idx" ON "users" USING btree ("updated_by_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "centres_slug_idx" ON "centres" USING btree ("slug");
  CREATE INDEX "centres_created_by_idx" ON "centres" USING btree ("created_by_id");
  CREATE INDEX "centres_updated_by_idx" ON "centres" USING btree ("updated_by_id");
  CREATE INDEX "centres_updated_at_idx" ON "centres" USING btree ("updated_at");
  CREATE INDEX "centres_created_at_idx" ON "centres" USING btree ("created_at");
  CREATE INDEX "workplaces_centre_idx" ON "workplaces" USING btree ("centre_id");
  CREATE INDEX "workplaces_created_by_idx" ON "workplaces" USING btree ("created_by_id");
  CREATE INDEX "workplaces_updated_by_idx" ON "workplaces" USING btree ("updated_by_id");
  CREATE INDEX "workplaces_updated_at_idx" ON "workplaces" USING btree ("updated_at");
  CREATE INDEX "workplaces_created_at_idx" ON "workplaces" USING btree ("created_at");
  CREATE INDEX "ladders_rungs_criteria_order_idx" ON "ladders_rungs_criteria" USING btree ("_order");
  CREATE INDEX "ladders_rungs_criteria_parent_id_idx" ON "ladders_rungs_criteria" USING btree ("_parent_id");
  CREATE INDEX "ladders_rungs_order_idx" ON "ladders_rungs" USING btree ("_order");
  CREATE INDEX "ladders_rungs_parent_id_idx" ON "ladders_rungs" USING btree ("_parent_id");
  CREATE INDEX "ladders_centre_idx" ON "ladders" USING btree ("centre_id");
  CREATE INDEX "ladders_created_by_idx" ON "ladders" USING btree ("created_by_id");
  CREATE INDEX "ladders_updated_by_idx" ON "ladders" USING btree ("updated_by_id");
  CREATE INDEX "ladders_updated_at_idx" ON "ladders" USING btree ("updated_at");
  CREATE INDEX "ladders_created_at_idx" ON "ladders" USING btree ("created_at");
  CREATE UNIQUE INDEX "ladderId_version_idx" ON "ladders" USING btree ("ladder_id","version");
  CREATE INDEX "learning_goals_goal_id_idx" ON "learning_goals" USING btree ("goal_id");
  CREATE INDEX "learning_goals_centre_idx" ON "learning_goals" USING btree ("centre_id");
  CREATE INDEX "learning_goals_created_by_idx" ON "learning_goals" USING btree ("created_by_id");
  CREATE INDEX "learning_goals_updated_by_idx" ON "learning_goals" USING btree ("updated_by_id");
  CREATE INDEX "learning_goals_updated_at_idx" ON "learning_goals" USING btree ("updated_at");
  CREATE INDEX "learning_goals_created_at_idx" ON "learning_goals" USING btree ("created_at");
  CREATE UNIQUE INDEX "goalId_centre_idx" ON "learning_goals" USING btree ("goal_id","centre_id");
  CREATE INDEX "learning_goals_texts_order_parent" ON "learning_goals_texts" USING btree ("order","parent_id");
  CREATE INDEX "curricula_modules_order_idx" ON "curricula_modules" USING btree ("_order");
  CREATE INDEX "curricula_modules_parent_id_idx" ON "curricula_modules" USING btree ("_parent_id");
  CREATE INDEX "curricula_centre_idx" ON "curricula" USING btree ("centre_id");
  CREATE INDEX "curricula_created_by_idx" ON "curricula" USING btree ("created_by_id");
  CREATE INDEX "curricula_updated_by_idx" ON "curricula" USING btree ("updated_by_id");
  CREATE INDEX "curricula_updated_at_idx" ON "curricula" USING btree ("updated_at");
  CREATE INDEX "curricula_created_at_idx" ON "curricula" USING btree ("created_at");
  CREATE INDEX "curricula_rels_order_idx" ON "curricula_rels" USING btree ("order");
  CREATE INDEX "curricula_rels_parent_idx" ON "curricula_rels" USING btree ("parent_id");
  CREATE INDEX "curricula_rels_path_idx" ON "curricula_rels" USING btree ("path");
  CREATE INDEX "curricula_rels_learning_goals_id_idx" ON "curricula_rels" USING btree ("learning_goals_id");
  CREATE UNIQUE INDEX "participants_code_idx" ON "participants" USING btree ("code");
  CREATE INDEX "participants_workplace_idx" ON "participants" USING btree ("workplace_id");
  CREATE INDEX "participants_coach_idx" ON "participants" USING btree ("coach_id");
  CREATE INDEX "participants_centre_idx" ON "participants" USING btree ("centre_id");
  CREATE INDEX "participants_created_by_idx" ON "participants" USING btree ("created_by_id");
  CREATE INDEX "participants_updated_by_idx" ON "participants" USING btree ("updated_by_id");
  CREATE INDEX "participants_updated_at_idx" ON "participants" USING btree ("updated_at");
  CREATE INDEX "participants_created_at_idx" ON "participants" USING btree ("created_at");
  CREATE INDEX "trajectories_events_order_idx" ON "trajectories_events" USING btree ("_order");
  CREATE INDEX "trajectories_events_parent_id_idx" ON "trajectories_events" USING btree ("_parent_id");
  CREATE INDEX "trajectories_participant_idx" ON "trajectories" USING btree ("participant_id");
  CREATE INDEX "trajectories_ladder_idx" ON "trajectories" USING btree ("ladder_id");
  CREATE INDEX "trajectories_coach_idx" ON "trajectories" USING btree ("coach_id");
  CREATE INDEX "trajectories_centre_idx" ON "trajectories" USING btree ("centre_id");
  CREATE INDEX "trajectories_created_by_idx" ON "trajectories" USING btree ("created_by_id");
  CREATE INDEX "trajectories_updated_by_idx" ON "trajectories" USING btree ("updated_by_id");
  CREATE INDEX "trajectories_updated_at_idx" ON "trajectories" USING btree ("updated_at");
  CREATE INDEX "trajectories_created_at_idx" ON "trajectories" USING btree ("created_at");
  CREATE INDEX "media_centre_idx" ON "media" USING btree ("centre_id");
  CREATE INDEX "media_created_by_idx" ON "media" USING btree ("created_by_id");
  CREATE INDEX "media_updated_by_idx" ON "media" USING btree ("updated_by_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_centres_id_idx" ON "payload_locked_documents_rels" USING btree ("centres_id");
  CREATE INDEX "payload_locked_documents_rels_workplaces_id_idx" ON "payload_locked_documents_rels" USING btree ("workplaces_id");
  CREATE INDEX "payload_locked_documents_rels_ladders_id_idx" ON "payload_locked_documents_rels" USING btree ("ladders_id");
  CREATE INDEX "payload_locked_documents_rels_learning_goals_id_idx" ON "payload_locked_documents_rels" USING btree ("learning_goals_id");
  CREATE INDEX "payload_locked_documents_rels_curricula_id_idx" ON "payload_locked_documents_rels" USING btree ("curricula_id");
  CREATE INDEX "payload_locked_documents_rels_participants_id_idx" ON "payload_locked_documents_rels" USING btree ("participants_id");
  CREATE INDEX "payload_locked_documents_rels_trajectories_id_idx" ON "payload_locked_documents_rels" USING btree ("trajectories_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "centres" CASCADE;
  DROP TABLE "workplaces" CASCADE;
  DROP TABLE "ladders_rungs_criteria" CASCADE;
  DROP TABLE "ladders_rungs" CASCADE;
  DROP TABLE "ladders" CASCADE;
  DROP TABLE "learning_goals" CASCADE;
  DROP TABLE "learning_goals_texts" CASCADE;
  DROP TABLE "curricula_modules" CASCADE;
  DROP TABLE "curricula" CASCADE;
  DROP TABLE "curricula_rels" CASCADE;
  DROP TABLE "participants" CASCADE;
  DROP TABLE "trajectories_events" CASCADE;
  DROP TABLE "trajectories" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_workplaces_sector";
  DROP TYPE "public"."enum_ladders_placement";
  DROP TYPE "public"."enum_learning_goals_competence";
  DROP TYPE "public"."enum_trajectories_events_type";
  DROP TYPE "public"."enum_trajectories_exit_type";`)
}
