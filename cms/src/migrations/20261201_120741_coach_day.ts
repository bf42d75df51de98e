import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_centres_policy" AS ENUM('lpc-rotterdam', 'lucrato', 'pluspunt', 'verbindingskamer');
  CREATE TYPE "public"."enum_workplaces_kind" AS ENUM('protected', 'societal', 'csr-employer');
  CREATE TYPE "public"."enum_participants_learning_goals_status" AS ENUM('active', 'achieved', 'stopped');
  CREATE TYPE "public"."enum_observations_observer_role" AS ENUM('supervisor', 'master-trainer', 'coach', 'jobcoach', 'teacher', 'participant');
  CREATE TYPE "public"."enum_reviews_decision" AS ENUM('continue', 'adjust', 'exit', 'stop');
  CREATE TYPE "public"."enum_activities_kind" AS ENUM('work', 'course', 'coaching', 'other');
  CREATE TABLE "participants_learning_goals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"goal_id" integer NOT NULL,
  	"status" "enum_participants_learning_goals_status" DEFAULT 'active' NOT NULL,
  	"started_on" timestamp(3) with time zone,
  	"achieved_on" timestamp(3) with time zone
  );
  
  CREATE TABLE "assessments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"participant_id" integer NOT NULL,
  	"trajectory_id" integer,
  	"ladder_id" integer NOT NULL,
  	"ladder_key" varchar,
  	"ladder_version" varchar,
  	"as_of" timestamp(3) with time zone NOT NULL,
  	"facts" jsonb,
  	"rung" varchar,
  	"rung_label_nl" varchar,
  	"rung_label_en" varchar,
  	"provisional" boolean,
  	"result" jsonb,
  	"growth_potential" varchar,
  	"growth_potential_label_nl" varchar,
  	"growth_potential_label_en" varchar,
  	"assessed_by_id" integer,
  	"voided" boolean DEFAULT false,
  	"void_reason" varchar,
  	"voided_by_id" integer,
  	"voided_at" timestamp(3) with time zone,
  	"centre_id" integer NOT NULL,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "observations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"participant_id" integer NOT NULL,
  	"workplace_id" integer,
  	"learning_goal_id" integer NOT NULL,
  	"positive" boolean,
  	"level" numeric,
  	"note" varchar,
  	"observed_on" timestamp(3) with time zone NOT NULL,
  	"observer_id" integer,
  	"observer_role" "enum_observations_observer_role",
  	"centre_id" integer NOT NULL,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reviews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"trajectory_id" integer NOT NULL,
  	"participant_id" integer,
  	"decision" "enum_reviews_decision" NOT NULL,
  	"coach_id" integer,
  	"supervisor_id" integer,
  	"reviewed_on" timestamp(3) with time zone NOT NULL,
  	"note" varchar,
  	"centre_id" integer NOT NULL,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "activities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name_nl" varchar,
  	"name_en" varchar,
  	"kind" "enum_activities_kind" DEFAULT 'work' NOT NULL,
  	"workplace_id" integer,
  	"weekday" numeric NOT NULL,
  	"start_time" varchar NOT NULL,
  	"hours" numeric NOT NULL,
  	"required" boolean DEFAULT false,
  	"location" varchar,
  	"centre_id" integer NOT NULL,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "activities_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"learning_goals_id" integer
  );
  
  ALTER TABLE "centres" ADD COLUMN "policy" "enum_centres_policy";
  ALTER TABLE "centres" ADD COLUMN "default_ladder" varchar DEFAULT 'participatieladder';
  ALTER TABLE "workplaces" ADD COLUMN "kind" "enum_workplaces_kind";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "assessments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "observations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reviews_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "activities_id" integer;
  ALTER TABLE "participants_learning_goals" ADD CONSTRAINT "participants_learning_goals_goal_id_learning_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."learning_goals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "participants_learning_goals" ADD CONSTRAINT "participants_learning_goals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments" ADD CONSTRAINT "assessments_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessments" ADD CONSTRAINT "assessments_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessments" ADD CONSTRAINT "assessments_ladder_id_ladders_id_fk" FOREIGN KEY ("ladder_id") REFERENCES "public"."ladders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessments" ADD CONSTRAINT "assessments_assessed_by_id_users_id_fk" FOREIGN KEY ("assessed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessments" ADD CONSTRAINT "assessments_voided_by_id_users_id_fk" FOREIGN KEY ("voided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessments" ADD CONSTRAINT "assessments_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessments" ADD CONSTRAINT "assessments_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessments" ADD CONSTRAINT "assessments_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "observations" ADD CONSTRAINT "observations_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "observations" ADD CONSTRAINT "observations_workplace_id_workplaces_id_fk" FOREIGN KEY ("workplace_id") REFERENCES "public"."workplaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "observations" ADD CONSTRAINT "observations_learning_goal_id_learning_goals_id_fk" FOREIGN KEY ("learning_goal_id") REFERENCES "public"."learning_goals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "observations" ADD CONSTRAINT "observations_observer_id_users_id_fk" FOREIGN KEY ("observer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "observations" ADD CONSTRAINT "observations_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "observations" ADD CONSTRAINT "observations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "observations" ADD CONSTRAINT "observations_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_coach_id_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_supervisor_id_users_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_workplace_id_workplaces_id_fk" FOREIGN KEY ("workplace_id") REFERENCES "public"."workplaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_learning_goals_fk" FOREIGN KEY ("learning_goals_id") REFERENCES "public"."learning_goals"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "participants_learning_goals_order_idx" ON "participants_learning_goals" USING btree ("_order");
  CREATE INDEX "participants_learning_goals_parent_id_idx" ON "participants_learning_goals" USING btree ("_parent_id");
  CREATE INDEX "participants_learning_goals_goal_idx" ON "participants_learning_goals" USING btree ("goal_id");
  CREATE INDEX "assessments_participant_idx" ON "assessments" USING btree ("participant_id");
  CREATE INDEX "assessments_trajectory_idx" ON "assessments" USING btree ("trajectory_id");
  CREATE INDEX "assessments_ladder_idx" ON "assessments" USING btree ("ladder_id");
  CREATE INDEX "assessments_ladder_key_idx" ON "assessments" USING btree ("ladder_key");
  CREATE INDEX "assessments_assessed_by_idx" ON "assessments" USING btree ("assessed_by_id");
  CREATE INDEX "assessments_voided_by_idx" ON "assessments" USING btree ("voided_by_id");
  CREATE INDEX "assessments_centre_idx" ON "assessments" USING btree ("centre_id");
  CREATE INDEX "assessments_created_by_idx" ON "assessments" USING btree ("created_by_id");
  CREATE INDEX "assessments_updated_by_idx" ON "assessments" USING btree ("updated_by_id");
  CREATE INDEX "assessments_updated_at_idx" ON "assessments" USING btree ("updated_at");
  CREATE INDEX "assessments_created_at_idx" ON "assessments" USING btree ("created_at");
  CREATE INDEX "observations_participant_idx" ON "observations" USING btree ("participant_id");
  CREATE INDEX "observations_workplace_idx" ON "observations" USING btree ("workplace_id");
  CREATE INDEX "observations_learning_goal_idx" ON "observations" USING btree ("learning_goal_id");
  CREATE INDEX "observations_observer_idx" ON "observations" USING btree ("observer_id");
  CREATE INDEX "observations_centre_idx" ON "observations" USING btree ("centre_id");
  CREATE INDEX "observations_created_by_idx" ON "observations" USING btree ("created_by_id");
  CREATE INDEX "observations_updated_by_idx" ON "observations" USING btree ("updated_by_id");
  CREATE INDEX "observations_updated_at_idx" ON "observations" USING btree ("updated_at");
  CREATE INDEX "observations_created_at_idx" ON "observations" USING btree ("created_at");
  CREATE INDEX "reviews_trajectory_idx" ON "reviews" USING btree ("trajectory_id");
  CREATE INDEX "reviews_participant_idx" ON "reviews" USING btree ("participant_id");
  CREATE INDEX "reviews_coach_idx" ON "reviews" USING btree ("coach_id");
  CREATE INDEX "reviews_supervisor_idx" ON "reviews" USING btree ("supervisor_id");
  CREATE INDEX "reviews_centre_idx" ON "reviews" USING btree ("centre_id");
  CREATE INDEX "reviews_created_by_idx" ON "reviews" USING btree ("created_by_id");
  CREATE INDEX "reviews_updated_by_idx" ON "reviews" USING btree ("updated_by_id");
  CREATE INDEX "reviews_updated_at_idx" ON "reviews" USING btree ("updated_at");
  CREATE INDEX "reviews_created_at_idx" ON "reviews" USING btree ("created_at");
  CREATE INDEX "activities_workplace_idx" ON "activities" USING btree ("workplace_id");
  CREATE INDEX "activities_centre_idx" ON "activities" USING btree ("centre_id");
  CREATE INDEX "activities_created_by_idx" ON "activities" USING btree ("created_by_id");
  CREATE INDEX "activities_updated_by_idx" ON "activities" USING btree ("updated_by_id");
  CREATE INDEX "activities_updated_at_idx" ON "activities" USING btree ("updated_at");
  CREATE INDEX "activities_created_at_idx" ON "activities" USING btree ("created_at");
  CREATE INDEX "activities_rels_order_idx" ON "activities_rels" USING btree ("order");
  CREATE INDEX "activities_rels_parent_idx" ON "activities_rels" USING btree ("parent_id");
  CREATE INDEX "activities_rels_path_idx" ON "activities_rels" USING btree ("path");
  CREATE INDEX "activities_rels_learning_goals_id_idx" ON "activities_rels" USING btree ("learning_goals_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assessments_fk" FOREIGN KEY ("assessments_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_observations_fk" FOREIGN KEY ("observations_id") REFERENCES "public"."observations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reviews_fk" FOREIGN KEY ("reviews_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activities_fk" FOREIGN KEY ("activities_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_assessments_id_idx" ON "payload_locked_documents_rels" USING btree ("assessments_id");
  CREATE INDEX "payload_locked_documents_rels_observations_id_idx" ON "payload_locked_documents_rels" USING btree ("observations_id");
  CREATE INDEX "payload_locked_documents_rels_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("reviews_id");
  CREATE INDEX "payload_locked_documents_rels_activities_id_idx" ON "payload_locked_documents_rels" USING btree ("activities_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "participants_learning_goals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "assessments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "observations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reviews" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activities_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "participants_learning_goals" CASCADE;
  DROP TABLE "assessments" CASCADE;
  DROP TABLE "observations" CASCADE;
  DROP TABLE "reviews" CASCADE;
  DROP TABLE "activities" CASCADE;
  DROP TABLE "activities_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_assessments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_observations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reviews_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_activities_fk";
  
  DROP INDEX "payload_locked_documents_rels_assessments_id_idx";
  DROP INDEX "payload_locked_documents_rels_observations_id_idx";
  DROP INDEX "payload_locked_documents_rels_reviews_id_idx";
  DROP INDEX "payload_locked_documents_rels_activities_id_idx";
  ALTER TABLE "centres" DROP COLUMN "policy";
  ALTER TABLE "centres" DROP COLUMN "default_ladder";
  ALTER TABLE "workplaces" DROP COLUMN "kind";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "assessments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "observations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reviews_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "activities_id";
  DROP TYPE "public"."enum_centres_policy";
  DROP TYPE "public"."enum_workplaces_kind";
  DROP TYPE "public"."enum_participants_learning_goals_status";
  DROP TYPE "public"."enum_observations_observer_role";
  DROP TYPE "public"."enum_reviews_decision";
  DROP TYPE "public"."enum_activities_kind";`)
}
