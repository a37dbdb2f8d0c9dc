import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "requests" ADD COLUMN "object_id" integer;
  ALTER TABLE "requests" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "requests" ADD COLUMN "form_submission_id" integer;
  ALTER TABLE "portal_users" ADD COLUMN "disabled" boolean DEFAULT false;
  ALTER TABLE "forms_blocks_checkbox" ADD COLUMN "help_text" varchar;
  ALTER TABLE "forms_blocks_email" ADD COLUMN "help_text" varchar;
  ALTER TABLE "forms_blocks_number" ADD COLUMN "help_text" varchar;
  ALTER TABLE "forms_blocks_select" ADD COLUMN "help_text" varchar;
  ALTER TABLE "forms_blocks_text" ADD COLUMN "help_text" varchar;
  ALTER TABLE "forms_blocks_textarea" ADD COLUMN "help_text" varchar;
  ALTER TABLE "requests" ADD CONSTRAINT "requests_object_id_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."objects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "requests" ADD CONSTRAINT "requests_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "requests" ADD CONSTRAINT "requests_form_submission_id_form_submissions_id_fk" FOREIGN KEY ("form_submission_id") REFERENCES "public"."form_submissions"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "requests_object_idx" ON "requests" USING btree ("object_id");
  CREATE INDEX "requests_assignee_idx" ON "requests" USING btree ("assignee_id");
  CREATE INDEX "requests_form_submission_idx" ON "requests" USING btree ("form_submission_id");
  CREATE INDEX "portal_users_disabled_idx" ON "portal_users" USING btree ("disabled");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "requests" DROP CONSTRAINT "requests_object_id_objects_id_fk";
  
  ALTER TABLE "requests" DROP CONSTRAINT "requests_assignee_id_users_id_fk";
  
  ALTER TABLE "requests" DROP CONSTRAINT "requests_form_submission_id_form_submissions_id_fk";
  
  DROP INDEX "requests_object_idx";
  DROP INDEX "requests_assignee_idx";
  DROP INDEX "requests_form_submission_idx";
  DROP INDEX "portal_users_disabled_idx";
  ALTER TABLE "requests" DROP COLUMN "object_id";
  ALTER TABLE "requests" DROP COLUMN "assignee_id";
  ALTER TABLE "requests" DROP COLUMN "form_submission_id";
  ALTER TABLE "portal_users" DROP COLUMN "disabled";
  ALTER TABLE "forms_blocks_checkbox" DROP COLUMN "help_text";
  ALTER TABLE "forms_blocks_email" DROP COLUMN "help_text";
  ALTER TABLE "forms_blocks_number" DROP COLUMN "help_text";
  ALTER TABLE "forms_blocks_select" DROP COLUMN "help_text";
  ALTER TABLE "forms_blocks_text" DROP COLUMN "help_text";
  ALTER TABLE "forms_blocks_textarea" DROP COLUMN "help_text";`)
}
