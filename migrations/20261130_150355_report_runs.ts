import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_report_runs_format" AS ENUM('html', 'pdf', 'csv');
  CREATE TYPE "public"."enum_report_runs_status" AS ENUM('queued', 'running', 'done', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'hauswerkReport' BEFORE 'createCollectionExport';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'hauswerkReport' BEFORE 'createCollectionExport';
  CREATE TABLE "report_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"report" varchar NOT NULL,
  	"title" varchar,
  	"format" "enum_report_runs_format" NOT NULL,
  	"parameters" jsonb,
  	"delivery" jsonb,
  	"status" "enum_report_runs_status" DEFAULT 'queued' NOT NULL,
  	"rows_total" numeric,
  	"rows_done" numeric,
  	"error" varchar,
  	"file_name" varchar,
  	"file_size" numeric,
  	"result" jsonb,
  	"requested_by_id" integer NOT NULL,
  	"started_at" timestamp(3) with time zone,
  	"heartbeat_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_runs_id" integer;
  ALTER TABLE "settings" ADD COLUMN "reports_template_folder" varchar;
  ALTER TABLE "settings" ADD COLUMN "reports_job_threshold" numeric DEFAULT 5000;
  ALTER TABLE "report_runs" ADD CONSTRAINT "report_runs_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "report_runs_report_idx" ON "report_runs" USING btree ("report");
  CREATE INDEX "report_runs_status_idx" ON "report_runs" USING btree ("status");
  CREATE INDEX "report_runs_requested_by_idx" ON "report_runs" USING btree ("requested_by_id");
  CREATE INDEX "report_runs_updated_at_idx" ON "report_runs" USING btree ("updated_at");
  CREATE INDEX "report_runs_created_at_idx" ON "report_runs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_runs_fk" FOREIGN KEY ("report_runs_id") REFERENCES "public"."report_runs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_report_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("report_runs_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "report_runs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "report_runs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_report_runs_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'hauswerkImport', 'createCollectionExport', 'createCollectionImport');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'hauswerkImport', 'createCollectionExport', 'createCollectionImport');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_report_runs_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_runs_id";
  ALTER TABLE "settings" DROP COLUMN "reports_template_folder";
  ALTER TABLE "settings" DROP COLUMN "reports_job_threshold";
  DROP TYPE "public"."enum_report_runs_format";
  DROP TYPE "public"."enum_report_runs_status";`)
}
