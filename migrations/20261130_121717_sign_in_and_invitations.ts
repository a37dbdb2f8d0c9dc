import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Sign-in hardening and invitations (ADR 0053): Payload's per-account lock columns go (the
 * throttle counts failures per client in auth_sign_in_failures, a table outside Payload's
 * collections that no API exposes); portal users get their pending invitation (their language comes with the portal layer);
 * settings the invitation links' validity.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "portal_users" ADD COLUMN "invitation_token_hash" varchar;
  ALTER TABLE "portal_users" ADD COLUMN "invitation_expires_at" timestamp(3) with time zone;
  ALTER TABLE "settings" ADD COLUMN "invitation_valid_days" numeric DEFAULT 14 NOT NULL;
  CREATE INDEX "portal_users_invitation_token_hash_idx" ON "portal_users" USING btree ("invitation_token_hash");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";
  ALTER TABLE "portal_users" DROP COLUMN "login_attempts";
  ALTER TABLE "portal_users" DROP COLUMN "lock_until";
  CREATE TABLE "auth_sign_in_failures" (
    "address" varchar NOT NULL,
    "client" varchar NOT NULL,
    "failed_at" timestamp(3) with time zone NOT NULL DEFAULT now()
  );
  CREATE INDEX "auth_sign_in_failures_client_idx" ON "auth_sign_in_failures" USING btree ("client", "failed_at");
  CREATE INDEX "auth_sign_in_failures_failed_at_idx" ON "auth_sign_in_failures" USING btree ("failed_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "auth_sign_in_failures";
  DROP INDEX "portal_users_invitation_token_hash_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "portal_users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "portal_users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "portal_users" DROP COLUMN "invitation_token_hash";
  ALTER TABLE "portal_users" DROP COLUMN "invitation_expires_at";
  ALTER TABLE "settings" DROP COLUMN "invitation_valid_days";`)
}
