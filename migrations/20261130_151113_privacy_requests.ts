import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_document_access_log_subject" AS ENUM('documents', 'person');
  CREATE TYPE "public"."enum_privacy_requests_kind" AS ENUM('export', 'erasure');
  CREATE TYPE "public"."enum_privacy_requests_status" AS ENUM('queued', 'ready', 'downloaded', 'failed', 'open', 'done', 'refused');
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE '900188';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE '900189';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'hauswerkPrivacyExport' BEFORE 'createCollectionExport';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'hauswerkPrivacyExport' BEFORE 'createCollectionExport';
  CREATE TABLE "privacy_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_privacy_requests_kind" NOT NULL,
  	"person_id" integer NOT NULL,
  	"status" "enum_privacy_requests_status",
  	"message" varchar,
  	"requested_by_portal_user" numeric,
  	"requested_by_staff_user_id" integer,
  	"archive_filename" varchar,
  	"archive_size" numeric,
  	"archive_expires_at" timestamp(3) with time zone,
  	"archive_downloaded_at" timestamp(3) with time zone,
  	"archive_error" varchar,
  	"decision_decided_by_id" integer,
  	"decision_decided_at" timestamp(3) with time zone,
  	"decision_outcome" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "document_access_log" ADD COLUMN "subject" "enum_document_access_log_subject" DEFAULT 'documents' NOT NULL;
  ALTER TABLE "document_access_log" ADD COLUMN "staff_user_id" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "privacy_requests_id" integer;
  ALTER TABLE "settings" ADD COLUMN "privacy_export_valid_hours" numeric DEFAULT 72 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "privacy_accounting_years" numeric DEFAULT 7 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "privacy_contracts_years" numeric DEFAULT 7 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "privacy_documents_years" numeric DEFAULT 7 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "privacy_access_log_years" numeric DEFAULT 3 NOT NULL;
  ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_requested_by_staff_user_id_users_id_fk" FOREIGN KEY ("requested_by_staff_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_decision_decided_by_id_users_id_fk" FOREIGN KEY ("decision_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "privacy_requests_person_idx" ON "privacy_requests" USING btree ("person_id");
  CREATE INDEX "privacy_requests_status_idx" ON "privacy_requests" USING btree ("status");
  CREATE INDEX "privacy_requests_requested_by_requested_by_staff_user_idx" ON "privacy_requests" USING btree ("requested_by_staff_user_id");
  CREATE INDEX "privacy_requests_decision_decision_decided_by_idx" ON "privacy_requests" USING btree ("decision_decided_by_id");
  CREATE INDEX "privacy_requests_updated_at_idx" ON "privacy_requests" USING btree ("updated_at");
  CREATE INDEX "privacy_requests_created_at_idx" ON "privacy_requests" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_privacy_requests_fk" FOREIGN KEY ("privacy_requests_id") REFERENCES "public"."privacy_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "document_access_log_staff_user_id_idx" ON "document_access_log" USING btree ("staff_user_id");
  CREATE INDEX "payload_locked_documents_rels_privacy_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("privacy_requests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "privacy_requests" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "privacy_requests" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_privacy_requests_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions";
  CREATE TYPE "public"."enum_roles_permissions" AS ENUM('53009', '195100', '195101', '195102', '150040', '150042', '101042', '101008', '270212', '270213', '53040', '53031', '270218', '195103', '270228', '270233', '53032', '270251', '270226', '348001', '50333', '50334', '50335', '50336', '900100', '900101', '900102', '900103', '900104', '900110', '900111', '900112', '900113', '900114', '900115', '900120', '900121', '900122', '900123', '900130', '900131', '900132', '900133', '900140', '900141', '900150', '900151', '900152', '900153', '900160', '900161', '900170', '900171', '900300', '900174', '900175', '900180', '900181', '900182', '900183', '900184', '900185', '900186', '900187');
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE "public"."enum_roles_permissions" USING "value"::"public"."enum_roles_permissions";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'hauswerkImport', 'createCollectionExport', 'createCollectionImport');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'hauswerkImport', 'createCollectionExport', 'createCollectionImport');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "document_access_log_staff_user_id_idx";
  DROP INDEX "payload_locked_documents_rels_privacy_requests_id_idx";
  ALTER TABLE "document_access_log" DROP COLUMN "subject";
  ALTER TABLE "document_access_log" DROP COLUMN "staff_user_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "privacy_requests_id";
  ALTER TABLE "settings" DROP COLUMN "privacy_export_valid_hours";
  ALTER TABLE "settings" DROP COLUMN "privacy_accounting_years";
  ALTER TABLE "settings" DROP COLUMN "privacy_contracts_years";
  ALTER TABLE "settings" DROP COLUMN "privacy_documents_years";
  ALTER TABLE "settings" DROP COLUMN "privacy_access_log_years";
  DROP TYPE "public"."enum_document_access_log_subject";
  DROP TYPE "public"."enum_privacy_requests_kind";
  DROP TYPE "public"."enum_privacy_requests_status";`)
}
