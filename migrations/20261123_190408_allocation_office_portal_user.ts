import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "allocation_offices" ADD COLUMN "portal_user_id" integer;
  ALTER TABLE "allocation_offices" ADD CONSTRAINT "allocation_offices_portal_user_id_portal_users_id_fk" FOREIGN KEY ("portal_user_id") REFERENCES "public"."portal_users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "allocation_offices_portal_user_idx" ON "allocation_offices" USING btree ("portal_user_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "allocation_offices" DROP CONSTRAINT "allocation_offices_portal_user_id_portal_users_id_fk";
  
  DROP INDEX "allocation_offices_portal_user_idx";
  ALTER TABLE "allocation_offices" DROP COLUMN "portal_user_id";`)
}
