import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Written by hand; the schema is unchanged (the snapshot is the previous one). Every new
// assessment gets its `assessment.created` event from PostgreSQL itself, in the statement that
// inserts it: the same transaction, no second round trip, and no insert path that skips it. The
// event holds ids and codes only (who assessed, the centre, the ladder id and version, whether
// the placement is provisional), like every event of the audit trail.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE FUNCTION "assessments_record_created"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO "audit_events" ("type", "actor_id", "centre_id", "record_collection", "record_id", "detail")
    VALUES (
      'assessment.created', NEW."assessed_by_id", NEW."centre_id", 'assessments', NEW."id"::text,
      jsonb_build_object('ladder', coalesce(NEW."ladder_key", ''), 'version', coalesce(NEW."ladder_version", ''), 'provisional', coalesce(NEW."provisional", false))
    );
    RETURN NULL;
  END
  $$;
  CREATE TRIGGER "assessments_record_created" AFTER INSERT ON "assessments"
    FOR EACH ROW EXECUTE FUNCTION "assessments_record_created"();`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER "assessments_record_created" ON "assessments";
  DROP FUNCTION "assessments_record_created"();`)
}
