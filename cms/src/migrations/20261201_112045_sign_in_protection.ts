import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";
  -- Sign-in protection shared by every app server (hand-written; cms/src/auth/signInThrottle.ts).
  -- Buckets are 'address:<ip>', 'pair:<account>|<ip>', 'account:<account>', 'mail:<account>';
  -- accounts are keyed hashes of the e-mail address, never the address itself.
  CREATE TABLE "doorstart_auth_throttle" (
    "bucket" text PRIMARY KEY,
    "failures" integer NOT NULL DEFAULT 0,
    "last_failure_at" timestamp(3) with time zone NOT NULL DEFAULT now(),
    "blocked_until" timestamp(3) with time zone
  );
  CREATE INDEX "doorstart_auth_throttle_last_failure_idx" ON "doorstart_auth_throttle" ("last_failure_at");
  CREATE TABLE "doorstart_auth_known_addresses" (
    "account" text NOT NULL,
    "address" text NOT NULL,
    "last_success_at" timestamp(3) with time zone NOT NULL DEFAULT now(),
    PRIMARY KEY ("account", "address")
  );
  -- Counts one attempt and answers the seconds to wait first (0: go ahead). Every attempt past
  -- p_free makes the next one wait twice as long (1 s, 2 s, 4 s … p_max_delay); a quiet window
  -- starts the bucket afresh. The row lock serialises parallel attempts on one bucket.
  CREATE FUNCTION doorstart_auth_attempt(p_bucket text, p_free integer, p_max_delay integer, p_window integer)
  RETURNS double precision LANGUAGE plpgsql AS $fn$
  DECLARE
    r doorstart_auth_throttle%ROWTYPE;
    n integer;
  BEGIN
    INSERT INTO doorstart_auth_throttle (bucket) VALUES (p_bucket) ON CONFLICT (bucket) DO NOTHING;
    SELECT * INTO r FROM doorstart_auth_throttle WHERE bucket = p_bucket FOR UPDATE;
    IF r.blocked_until IS NOT NULL AND r.blocked_until > now() THEN
      RETURN extract(epoch FROM r.blocked_until - now());
    END IF;
    n := CASE WHEN r.last_failure_at < now() - make_interval(secs => p_window) THEN 1 ELSE r.failures + 1 END;
    UPDATE doorstart_auth_throttle SET
      failures = n,
      last_failure_at = now(),
      blocked_until = CASE WHEN n >= p_free THEN now() + make_interval(secs => least(p_max_delay, power(2, least(n - p_free, 30))::integer)) END
    WHERE bucket = p_bucket;
    -- Old buckets go now and then, so the table stays small.
    IF random() < 0.01 THEN
      DELETE FROM doorstart_auth_throttle WHERE last_failure_at < now() - interval '1 day' AND (blocked_until IS NULL OR blocked_until < now());
    END IF;
    RETURN 0;
  END $fn$;
  -- A correct password: the account's failures are forgotten (from this address and overall),
  -- the address gives back the attempt it was charged, and becomes one the account signs in from.
  CREATE FUNCTION doorstart_auth_success(p_account text, p_address text, p_address_free integer)
  RETURNS void LANGUAGE plpgsql AS $fn$
  BEGIN
    DELETE FROM doorstart_auth_throttle WHERE bucket IN ('account:' || p_account, 'pair:' || p_account || '|' || p_address);
    UPDATE doorstart_auth_throttle SET
      failures = greatest(failures - 1, 0),
      blocked_until = CASE WHEN failures - 1 >= p_address_free THEN blocked_until END
    WHERE bucket = 'address:' || p_address;
    INSERT INTO doorstart_auth_known_addresses (account, address) VALUES (p_account, p_address)
      ON CONFLICT (account, address) DO UPDATE SET last_success_at = now();
  END $fn$;
`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  DROP FUNCTION IF EXISTS doorstart_auth_success(text, text, integer);
  DROP FUNCTION IF EXISTS doorstart_auth_attempt(text, integer, integer, integer);
  DROP TABLE IF EXISTS "doorstart_auth_known_addresses";
  DROP TABLE IF EXISTS "doorstart_auth_throttle";
`)
}
