import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_import_runs_kind" AS ENUM('allocation-offices', 'objects', 'persons', 'units', 'tenancies', 'functions', 'postings');
  CREATE TYPE "public"."enum_import_runs_trigger" AS ENUM('cli', 'admin', 'job');
  CREATE TYPE "public"."enum_import_runs_status" AS ENUM('waiting', 'running', 'imported', 'rejected', 'interrupted');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'hauswerkImport');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'hauswerkImport');
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE '900300';
  CREATE TABLE "import_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_name" varchar NOT NULL,
  	"kind" "enum_import_runs_kind",
  	"trigger" "enum_import_runs_trigger",
  	"status" "enum_import_runs_status",
  	"phase" varchar,
  	"rows_read" numeric,
  	"problem_count" numeric,
  	"full_export" boolean,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"started_by_id" integer,
  	"report" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  DROP INDEX "objects_external_key_idx";
  DROP INDEX "units_external_key_idx";
  DROP INDEX "persons_external_key_idx";
  DROP INDEX "tenancies_external_key_idx";
  DROP INDEX "functions_external_key_idx";
  DROP INDEX "postings_external_key_idx";
  ALTER TABLE "units" ADD COLUMN "vacant_since" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "import_runs_id" integer;
  ALTER TABLE "settings" ADD COLUMN "import_ended_unit_status_code" numeric DEFAULT 110;
  ALTER TABLE "import_runs" ADD CONSTRAINT "import_runs_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "import_runs_kind_idx" ON "import_runs" USING btree ("kind");
  CREATE INDEX "import_runs_status_idx" ON "import_runs" USING btree ("status");
  CREATE INDEX "import_runs_started_by_idx" ON "import_runs" USING btree ("started_by_id");
  CREATE INDEX "import_runs_updated_at_idx" ON "import_runs" USING btree ("updated_at");
  CREATE INDEX "import_runs_created_at_idx" ON "import_runs" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_import_runs_fk" FOREIGN KEY ("import_runs_id") REFERENCES "public"."import_runs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_import_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("import_runs_id");
  CREATE UNIQUE INDEX "objects_external_key_idx" ON "objects" USING btree ("external_key");
  CREATE UNIQUE INDEX "units_external_key_idx" ON "units" USING btree ("external_key");
  CREATE UNIQUE INDEX "persons_external_key_idx" ON "persons" USING btree ("external_key");
  CREATE UNIQUE INDEX "tenancies_external_key_idx" ON "tenancies" USING btree ("external_key");
  CREATE UNIQUE INDEX "functions_external_key_idx" ON "functions" USING btree ("external_key");
  CREATE UNIQUE INDEX "postings_external_key_idx" ON "postings" USING btree ("external_key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "import_runs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "import_runs" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_import_runs_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions";
  CREATE TYPE "public"."enum_roles_permissions" AS ENUM('53009', '195100', '195101', '195102', '150040', '150042', '101042', '101008', '270212', '270213', '53040', '53031', '270218', '195103', '270228', '270233', '53032', '270251', '270226', '348001', '50333', '50334', '50335', '50336', '900100', '900101', '900102', '900103', '900110', '900111', '900112', '900113', '900114', '900120', '900121', '900122', '900123', '900130', '900131', '900132', '900133', '900140', '900141', '900150', '900151', '900152', '900160', '900161', '900170', '900171');
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE "public"."enum_roles_permissions" USING "value"::"public"."enum_roles_permissions";
  DROP INDEX "payload_locked_documents_rels_import_runs_id_idx";
  DROP INDEX "objects_external_key_idx";
  DROP INDEX "units_external_key_idx";
  DROP INDEX "persons_external_key_idx";
  DROP INDEX "tenancies_external_key_idx";
  DROP INDEX "functions_external_key_idx";
  DROP INDEX "postings_external_key_idx";
  CREATE INDEX "objects_external_key_idx" ON "objects" USING btree ("external_key");
  CREATE INDEX "units_external_key_idx" ON "units" USING btree ("external_key");
  CREATE INDEX "persons_external_key_idx" ON "persons" USING btree ("external_key");
  CREATE INDEX "tenancies_external_key_idx" ON "tenancies" USING btree ("external_key");
  CREATE INDEX "functions_external_key_idx" ON "functions" USING btree ("external_key");
  CREATE INDEX "postings_external_key_idx" ON "postings" USING btree ("external_key");
  ALTER TABLE "units" DROP COLUMN "vacant_since";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "import_runs_id";
  ALTER TABLE "settings" DROP COLUMN "import_ended_unit_status_code";
  DROP TYPE "public"."enum_import_runs_kind";
  DROP TYPE "public"."enum_import_runs_trigger";
  DROP TYPE "public"."enum_import_runs_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
