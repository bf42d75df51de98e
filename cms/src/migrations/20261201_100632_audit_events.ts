import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_audit_events_type" AS ENUM('assessment.created', 'assessment.voided', 'review.recorded', 'referral.refused', 'award.proposed', 'award.approved', 'award.issued', 'award.revoked', 'special-notes.read', 'participant.coach-changed', 'participant.bsn-erased', 'participant.exported', 'participant.erased', 'retention.anonymised', 'user.role-changed', 'user.centre-changed', 'user.unlocked', 'auth.sign-in-failed', 'centre.key-rotated');
  CREATE TABLE "audit_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" "enum_audit_events_type" NOT NULL,
  	"actor_id" integer,
  	"centre_id" integer,
  	"record_collection" varchar,
  	"record_id" varchar,
  	"detail" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_events_id" integer;
  CREATE INDEX "audit_events_type_idx" ON "audit_events" USING btree ("type");
  CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id");
  CREATE INDEX "audit_events_centre_idx" ON "audit_events" USING btree ("centre_id");
  CREATE INDEX "audit_events_record_id_idx" ON "audit_events" USING btree ("record_id");
  CREATE INDEX "audit_events_updated_at_idx" ON "audit_events" USING btree ("updated_at");
  CREATE INDEX "audit_events_created_at_idx" ON "audit_events" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_events_fk" FOREIGN KEY ("audit_events_id") REFERENCES "public"."audit_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_audit_events_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_events_id");`)

  // Written by hand. The audit trail is append-only in PostgreSQL itself: a row trigger refuses
  // every UPDATE and DELETE and a statement trigger TRUNCATE, for every role, the owner the app
  // connects as included (only a superuser disabling triggers gets past it). No foreign keys on
  // actor_id and centre_id (the generated ON DELETE SET NULL would be an UPDATE of the event):
  // deleting a user or centre leaves the events and their ids as they were.
  await db.execute(sql`
  CREATE FUNCTION "audit_events_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
  END
  $$;
  CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "audit_events"
    FOR EACH ROW EXECUTE FUNCTION "audit_events_refuse_change"();
  CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "audit_events"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_refuse_change"();`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_events" CASCADE;
  DROP FUNCTION "audit_events_refuse_change"();
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_audit_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_events_id";
  DROP TYPE "public"."enum_audit_events_type";`)
}
