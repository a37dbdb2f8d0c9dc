import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_objects_portal_contacts_audiences" AS ENUM('tenants', 'owners', 'providers');
  CREATE TYPE "public"."enum_documents_category" AS ENUM('operatingCosts', 'condominium', 'heatingCosts', 'plan', 'resolution', 'contract', 'letter', 'other');
  CREATE TYPE "public"."enum_document_receipts_via" AS ENUM('open', 'download');
  CREATE TYPE "public"."enum_document_access_log_action" AS ENUM('list', 'read', 'download');
  CREATE TYPE "public"."enum_import_runs_kind" AS ENUM('allocation-offices', 'objects', 'persons', 'units', 'tenancies', 'functions', 'postings');
  CREATE TYPE "public"."enum_import_runs_trigger" AS ENUM('cli', 'admin', 'job');
  CREATE TYPE "public"."enum_import_runs_status" AS ENUM('waiting', 'running', 'imported', 'rejected', 'interrupted');
  CREATE TYPE "public"."enum_individual_field_definitions_module" AS ENUM('units', 'tenancies', 'persons', 'objects');
  CREATE TYPE "public"."enum_individual_field_definitions_type" AS ENUM('text', 'longText', 'number', 'date', 'yesNo', 'choice', 'choices');
  CREATE TYPE "public"."enum_exports_format" AS ENUM('csv', 'json');
  CREATE TYPE "public"."enum_exports_sort_order" AS ENUM('asc', 'desc');
  CREATE TYPE "public"."enum_exports_drafts" AS ENUM('yes', 'no');
  CREATE TYPE "public"."enum_imports_import_mode" AS ENUM('create', 'update', 'upsert');
  CREATE TYPE "public"."enum_imports_status" AS ENUM('pending', 'completed', 'partial', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'hauswerkImport', 'createCollectionExport', 'createCollectionImport');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'hauswerkImport', 'createCollectionExport', 'createCollectionImport');
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE '900104' BEFORE '900110';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE '900115' BEFORE '900120';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE '900300';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE '900174';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE '900175';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE '900180';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE '900181';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE '900182';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE '900183';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE '900184';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE '900185';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE '900186';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE '900187';
  CREATE TABLE "objects_portal_contacts_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_objects_portal_contacts_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "objects_portal_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"person_id" integer
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"category" "enum_documents_category" DEFAULT 'other' NOT NULL,
  	"year" numeric,
  	"object_id" integer,
  	"unit_id" integer,
  	"tenancy_id" integer,
  	"folder_id" integer,
  	"remark" varchar,
  	"file_version" numeric DEFAULT 1,
  	"uploaded_by_id" integer,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"persons_id" integer
  );
  
  CREATE TABLE "document_releases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_id" integer NOT NULL,
  	"person_id" integer NOT NULL,
  	"valid_from" timestamp(3) with time zone,
  	"valid_until" timestamp(3) with time zone,
  	"tenancy_id" integer,
  	"batch_id" integer,
  	"released_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "release_batches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"deadline" timestamp(3) with time zone,
  	"recipient_count" numeric,
  	"document_count" numeric,
  	"released_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "document_receipts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_id" integer NOT NULL,
  	"person_id" integer NOT NULL,
  	"batch_id" integer,
  	"opened_at" timestamp(3) with time zone NOT NULL,
  	"via" "enum_document_receipts_via",
  	"file_version" numeric,
  	"filename" varchar,
  	"release_id" numeric,
  	"portal_user_id" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "document_folders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"object_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "document_access_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_document_access_log_action" NOT NULL,
  	"person_id" numeric NOT NULL,
  	"portal_user_id" numeric,
  	"see_as_staff_user_id" numeric,
  	"document_ids" jsonb NOT NULL,
  	"document_count" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "portal_users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "portal_users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"person_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
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
  
  CREATE TABLE "individual_field_definitions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"label_de" varchar,
  	"label_en" varchar
  );
  
  CREATE TABLE "individual_field_definitions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"module" "enum_individual_field_definitions_module" NOT NULL,
  	"key" varchar NOT NULL,
  	"type" "enum_individual_field_definitions_type" DEFAULT 'text' NOT NULL,
  	"label_de" varchar NOT NULL,
  	"label_en" varchar,
  	"decimals" numeric DEFAULT 0,
  	"unit" varchar,
  	"group" varchar,
  	"order" numeric DEFAULT 0,
  	"default_value" varchar,
  	"help_text" varchar,
  	"required" boolean DEFAULT false,
  	"portal_visible" boolean DEFAULT false,
  	"in_exports" boolean DEFAULT true,
  	"archived" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "exports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"format" "enum_exports_format" DEFAULT 'csv' NOT NULL,
  	"limit" numeric,
  	"page" numeric DEFAULT 1,
  	"sort" varchar,
  	"sort_order" "enum_exports_sort_order",
  	"drafts" "enum_exports_drafts" DEFAULT 'yes',
  	"collection_slug" varchar DEFAULT 'units' NOT NULL,
  	"where" jsonb DEFAULT '{}'::jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "exports_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"import_mode" "enum_imports_import_mode",
  	"match_field" varchar DEFAULT 'id',
  	"status" "enum_imports_status" DEFAULT 'pending',
  	"summary_imported" numeric,
  	"summary_updated" numeric,
  	"summary_total" numeric,
  	"summary_issues" numeric,
  	"summary_issue_details" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
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
  ALTER TABLE "objects" ADD COLUMN "individual_fields" jsonb;
  ALTER TABLE "objects_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "units" ADD COLUMN "vacant_since" timestamp(3) with time zone;
  ALTER TABLE "units" ADD COLUMN "individual_fields" jsonb;
  ALTER TABLE "persons" ADD COLUMN "individual_fields" jsonb;
  ALTER TABLE "tenancies" ADD COLUMN "individual_fields" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_releases_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "release_batches_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_receipts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_folders_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_access_log_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "portal_users_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "import_runs_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "individual_field_definitions_id" integer;
  ALTER TABLE "payload_preferences_rels" ADD COLUMN "portal_users_id" integer;
  ALTER TABLE "settings" ADD COLUMN "import_ended_unit_status_code" numeric DEFAULT 110;
  ALTER TABLE "settings" ADD COLUMN "document_max_size_mb" numeric DEFAULT 25;
  ALTER TABLE "objects_portal_contacts_audiences" ADD CONSTRAINT "objects_portal_contacts_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."objects_portal_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "objects_portal_contacts" ADD CONSTRAINT "objects_portal_contacts_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "objects_portal_contacts" ADD CONSTRAINT "objects_portal_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."objects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_object_id_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."objects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_tenancy_id_tenancies_id_fk" FOREIGN KEY ("tenancy_id") REFERENCES "public"."tenancies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_folder_id_document_folders_id_fk" FOREIGN KEY ("folder_id") REFERENCES "public"."document_folders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_persons_fk" FOREIGN KEY ("persons_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_releases" ADD CONSTRAINT "document_releases_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_releases" ADD CONSTRAINT "document_releases_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_releases" ADD CONSTRAINT "document_releases_tenancy_id_tenancies_id_fk" FOREIGN KEY ("tenancy_id") REFERENCES "public"."tenancies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_releases" ADD CONSTRAINT "document_releases_batch_id_release_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."release_batches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_releases" ADD CONSTRAINT "document_releases_released_by_id_users_id_fk" FOREIGN KEY ("released_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "release_batches" ADD CONSTRAINT "release_batches_released_by_id_users_id_fk" FOREIGN KEY ("released_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_receipts" ADD CONSTRAINT "document_receipts_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_receipts" ADD CONSTRAINT "document_receipts_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_receipts" ADD CONSTRAINT "document_receipts_batch_id_release_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."release_batches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_folders" ADD CONSTRAINT "document_folders_object_id_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."objects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_folders" ADD CONSTRAINT "document_folders_parent_id_document_folders_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."document_folders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "portal_users_sessions" ADD CONSTRAINT "portal_users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."portal_users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "portal_users" ADD CONSTRAINT "portal_users_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_runs" ADD CONSTRAINT "import_runs_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "individual_field_definitions_options" ADD CONSTRAINT "individual_field_definitions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."individual_field_definitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exports_texts" ADD CONSTRAINT "exports_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."exports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "objects_portal_contacts_audiences_order_idx" ON "objects_portal_contacts_audiences" USING btree ("order");
  CREATE INDEX "objects_portal_contacts_audiences_parent_idx" ON "objects_portal_contacts_audiences" USING btree ("parent_id");
  CREATE INDEX "objects_portal_contacts_order_idx" ON "objects_portal_contacts" USING btree ("_order");
  CREATE INDEX "objects_portal_contacts_parent_id_idx" ON "objects_portal_contacts" USING btree ("_parent_id");
  CREATE INDEX "objects_portal_contacts_person_idx" ON "objects_portal_contacts" USING btree ("person_id");
  CREATE INDEX "documents_title_idx" ON "documents" USING btree ("title");
  CREATE INDEX "documents_category_idx" ON "documents" USING btree ("category");
  CREATE INDEX "documents_year_idx" ON "documents" USING btree ("year");
  CREATE INDEX "documents_object_idx" ON "documents" USING btree ("object_id");
  CREATE INDEX "documents_unit_idx" ON "documents" USING btree ("unit_id");
  CREATE INDEX "documents_tenancy_idx" ON "documents" USING btree ("tenancy_id");
  CREATE INDEX "documents_folder_idx" ON "documents" USING btree ("folder_id");
  CREATE INDEX "documents_uploaded_by_idx" ON "documents" USING btree ("uploaded_by_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  CREATE INDEX "documents_rels_order_idx" ON "documents_rels" USING btree ("order");
  CREATE INDEX "documents_rels_parent_idx" ON "documents_rels" USING btree ("parent_id");
  CREATE INDEX "documents_rels_path_idx" ON "documents_rels" USING btree ("path");
  CREATE INDEX "documents_rels_persons_id_idx" ON "documents_rels" USING btree ("persons_id");
  CREATE INDEX "document_releases_document_idx" ON "document_releases" USING btree ("document_id");
  CREATE INDEX "document_releases_person_idx" ON "document_releases" USING btree ("person_id");
  CREATE INDEX "document_releases_tenancy_idx" ON "document_releases" USING btree ("tenancy_id");
  CREATE INDEX "document_releases_batch_idx" ON "document_releases" USING btree ("batch_id");
  CREATE INDEX "document_releases_released_by_idx" ON "document_releases" USING btree ("released_by_id");
  CREATE INDEX "document_releases_updated_at_idx" ON "document_releases" USING btree ("updated_at");
  CREATE INDEX "document_releases_created_at_idx" ON "document_releases" USING btree ("created_at");
  CREATE INDEX "person_document_idx" ON "document_releases" USING btree ("person_id","document_id");
  CREATE INDEX "release_batches_released_by_idx" ON "release_batches" USING btree ("released_by_id");
  CREATE INDEX "release_batches_updated_at_idx" ON "release_batches" USING btree ("updated_at");
  CREATE INDEX "release_batches_created_at_idx" ON "release_batches" USING btree ("created_at");
  CREATE INDEX "document_receipts_document_idx" ON "document_receipts" USING btree ("document_id");
  CREATE INDEX "document_receipts_person_idx" ON "document_receipts" USING btree ("person_id");
  CREATE INDEX "document_receipts_batch_idx" ON "document_receipts" USING btree ("batch_id");
  CREATE INDEX "document_receipts_opened_at_idx" ON "document_receipts" USING btree ("opened_at");
  CREATE INDEX "document_receipts_updated_at_idx" ON "document_receipts" USING btree ("updated_at");
  CREATE INDEX "document_receipts_created_at_idx" ON "document_receipts" USING btree ("created_at");
  CREATE UNIQUE INDEX "document_person_idx" ON "document_receipts" USING btree ("document_id","person_id");
  CREATE INDEX "document_folders_object_idx" ON "document_folders" USING btree ("object_id");
  CREATE INDEX "document_folders_parent_idx" ON "document_folders" USING btree ("parent_id");
  CREATE INDEX "document_folders_updated_at_idx" ON "document_folders" USING btree ("updated_at");
  CREATE INDEX "document_folders_created_at_idx" ON "document_folders" USING btree ("created_at");
  CREATE INDEX "document_access_log_person_id_idx" ON "document_access_log" USING btree ("person_id");
  CREATE INDEX "document_access_log_portal_user_id_idx" ON "document_access_log" USING btree ("portal_user_id");
  CREATE INDEX "document_access_log_updated_at_idx" ON "document_access_log" USING btree ("updated_at");
  CREATE INDEX "document_access_log_created_at_idx" ON "document_access_log" USING btree ("created_at");
  CREATE INDEX "portal_users_sessions_order_idx" ON "portal_users_sessions" USING btree ("_order");
  CREATE INDEX "portal_users_sessions_parent_id_idx" ON "portal_users_sessions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "portal_users_person_idx" ON "portal_users" USING btree ("person_id");
  CREATE INDEX "portal_users_updated_at_idx" ON "portal_users" USING btree ("updated_at");
  CREATE INDEX "portal_users_created_at_idx" ON "portal_users" USING btree ("created_at");
  CREATE UNIQUE INDEX "portal_users_email_idx" ON "portal_users" USING btree ("email");
  CREATE INDEX "import_runs_kind_idx" ON "import_runs" USING btree ("kind");
  CREATE INDEX "import_runs_status_idx" ON "import_runs" USING btree ("status");
  CREATE INDEX "import_runs_started_by_idx" ON "import_runs" USING btree ("started_by_id");
  CREATE INDEX "import_runs_updated_at_idx" ON "import_runs" USING btree ("updated_at");
  CREATE INDEX "import_runs_created_at_idx" ON "import_runs" USING btree ("created_at");
  CREATE INDEX "individual_field_definitions_options_order_idx" ON "individual_field_definitions_options" USING btree ("_order");
  CREATE INDEX "individual_field_definitions_options_parent_id_idx" ON "individual_field_definitions_options" USING btree ("_parent_id");
  CREATE INDEX "individual_field_definitions_module_idx" ON "individual_field_definitions" USING btree ("module");
  CREATE INDEX "individual_field_definitions_key_idx" ON "individual_field_definitions" USING btree ("key");
  CREATE INDEX "individual_field_definitions_archived_idx" ON "individual_field_definitions" USING btree ("archived");
  CREATE INDEX "individual_field_definitions_updated_at_idx" ON "individual_field_definitions" USING btree ("updated_at");
  CREATE INDEX "individual_field_definitions_created_at_idx" ON "individual_field_definitions" USING btree ("created_at");
  CREATE UNIQUE INDEX "module_key_idx" ON "individual_field_definitions" USING btree ("module","key");
  CREATE INDEX "exports_updated_at_idx" ON "exports" USING btree ("updated_at");
  CREATE INDEX "exports_created_at_idx" ON "exports" USING btree ("created_at");
  CREATE UNIQUE INDEX "exports_filename_idx" ON "exports" USING btree ("filename");
  CREATE INDEX "exports_texts_order_parent" ON "exports_texts" USING btree ("order","parent_id");
  CREATE INDEX "imports_updated_at_idx" ON "imports" USING btree ("updated_at");
  CREATE INDEX "imports_created_at_idx" ON "imports" USING btree ("created_at");
  CREATE UNIQUE INDEX "imports_filename_idx" ON "imports" USING btree ("filename");
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
  ALTER TABLE "objects_rels" ADD CONSTRAINT "objects_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_releases_fk" FOREIGN KEY ("document_releases_id") REFERENCES "public"."document_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_release_batches_fk" FOREIGN KEY ("release_batches_id") REFERENCES "public"."release_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_receipts_fk" FOREIGN KEY ("document_receipts_id") REFERENCES "public"."document_receipts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_folders_fk" FOREIGN KEY ("document_folders_id") REFERENCES "public"."document_folders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_access_log_fk" FOREIGN KEY ("document_access_log_id") REFERENCES "public"."document_access_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_portal_users_fk" FOREIGN KEY ("portal_users_id") REFERENCES "public"."portal_users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_import_runs_fk" FOREIGN KEY ("import_runs_id") REFERENCES "public"."import_runs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_individual_field_definition_fk" FOREIGN KEY ("individual_field_definitions_id") REFERENCES "public"."individual_field_definitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_portal_users_fk" FOREIGN KEY ("portal_users_id") REFERENCES "public"."portal_users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "objects_individual_fields_gin_idx" ON "objects" USING gin ("individual_fields" jsonb_path_ops);
  CREATE INDEX "objects_rels_documents_id_idx" ON "objects_rels" USING btree ("documents_id");
  CREATE INDEX "units_individual_fields_gin_idx" ON "units" USING gin ("individual_fields" jsonb_path_ops);
  CREATE INDEX "persons_individual_fields_gin_idx" ON "persons" USING gin ("individual_fields" jsonb_path_ops);
  CREATE INDEX "tenancies_individual_fields_gin_idx" ON "tenancies" USING gin ("individual_fields" jsonb_path_ops);
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_document_releases_id_idx" ON "payload_locked_documents_rels" USING btree ("document_releases_id");
  CREATE INDEX "payload_locked_documents_rels_release_batches_id_idx" ON "payload_locked_documents_rels" USING btree ("release_batches_id");
  CREATE INDEX "payload_locked_documents_rels_document_receipts_id_idx" ON "payload_locked_documents_rels" USING btree ("document_receipts_id");
  CREATE INDEX "payload_locked_documents_rels_document_folders_id_idx" ON "payload_locked_documents_rels" USING btree ("document_folders_id");
  CREATE INDEX "payload_locked_documents_rels_document_access_log_id_idx" ON "payload_locked_documents_rels" USING btree ("document_access_log_id");
  CREATE INDEX "payload_locked_documents_rels_portal_users_id_idx" ON "payload_locked_documents_rels" USING btree ("portal_users_id");
  CREATE INDEX "payload_locked_documents_rels_import_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("import_runs_id");
  CREATE INDEX "payload_locked_documents_rels_individual_field_definitio_idx" ON "payload_locked_documents_rels" USING btree ("individual_field_definitions_id");
  CREATE INDEX "payload_preferences_rels_portal_users_id_idx" ON "payload_preferences_rels" USING btree ("portal_users_id");
  CREATE UNIQUE INDEX "objects_external_key_idx" ON "objects" USING btree ("external_key");
  CREATE UNIQUE INDEX "units_external_key_idx" ON "units" USING btree ("external_key");
  CREATE UNIQUE INDEX "persons_external_key_idx" ON "persons" USING btree ("external_key");
  CREATE UNIQUE INDEX "tenancies_external_key_idx" ON "tenancies" USING btree ("external_key");
  CREATE UNIQUE INDEX "functions_external_key_idx" ON "functions" USING btree ("external_key");
  CREATE UNIQUE INDEX "postings_external_key_idx" ON "postings" USING btree ("external_key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "objects_portal_contacts_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "objects_portal_contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_releases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "release_batches" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_receipts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_folders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_access_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "portal_users_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "portal_users" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_runs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "individual_field_definitions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "individual_field_definitions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exports_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "imports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "objects_portal_contacts_audiences" CASCADE;
  DROP TABLE "objects_portal_contacts" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "documents_rels" CASCADE;
  DROP TABLE "document_releases" CASCADE;
  DROP TABLE "release_batches" CASCADE;
  DROP TABLE "document_receipts" CASCADE;
  DROP TABLE "document_folders" CASCADE;
  DROP TABLE "document_access_log" CASCADE;
  DROP TABLE "portal_users_sessions" CASCADE;
  DROP TABLE "portal_users" CASCADE;
  DROP TABLE "import_runs" CASCADE;
  DROP TABLE "individual_field_definitions_options" CASCADE;
  DROP TABLE "individual_field_definitions" CASCADE;
  DROP TABLE "exports" CASCADE;
  DROP TABLE "exports_texts" CASCADE;
  DROP TABLE "imports" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "objects_rels" DROP CONSTRAINT "objects_rels_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_releases_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_release_batches_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_receipts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_folders_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_access_log_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_portal_users_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_import_runs_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_individual_field_definition_fk";
  
  ALTER TABLE "payload_preferences_rels" DROP CONSTRAINT "payload_preferences_rels_portal_users_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions";
  CREATE TYPE "public"."enum_roles_permissions" AS ENUM('53009', '195100', '195101', '195102', '150040', '150042', '101042', '101008', '270212', '270213', '53040', '53031', '270218', '195103', '270228', '270233', '53032', '270251', '270226', '348001', '50333', '50334', '50335', '50336', '900100', '900101', '900102', '900103', '900110', '900111', '900112', '900113', '900114', '900120', '900121', '900122', '900123', '900130', '900131', '900132', '900133', '900140', '900141', '900150', '900151', '900152', '900160', '900161', '900170', '900171');
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE "public"."enum_roles_permissions" USING "value"::"public"."enum_roles_permissions";
  DROP INDEX "objects_individual_fields_gin_idx";
  DROP INDEX "objects_rels_documents_id_idx";
  DROP INDEX "units_individual_fields_gin_idx";
  DROP INDEX "persons_individual_fields_gin_idx";
  DROP INDEX "tenancies_individual_fields_gin_idx";
  DROP INDEX "payload_locked_documents_rels_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_releases_id_idx";
  DROP INDEX "payload_locked_documents_rels_release_batches_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_receipts_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_folders_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_access_log_id_idx";
  DROP INDEX "payload_locked_documents_rels_portal_users_id_idx";
  DROP INDEX "payload_locked_documents_rels_import_runs_id_idx";
  DROP INDEX "payload_locked_documents_rels_individual_field_definitio_idx";
  DROP INDEX "payload_preferences_rels_portal_users_id_idx";
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
  ALTER TABLE "objects" DROP COLUMN "individual_fields";
  ALTER TABLE "objects_rels" DROP COLUMN "documents_id";
  ALTER TABLE "units" DROP COLUMN "vacant_since";
  ALTER TABLE "units" DROP COLUMN "individual_fields";
  ALTER TABLE "persons" DROP COLUMN "individual_fields";
  ALTER TABLE "tenancies" DROP COLUMN "individual_fields";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_releases_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "release_batches_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_receipts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_folders_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_access_log_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "portal_users_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "import_runs_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "individual_field_definitions_id";
  ALTER TABLE "payload_preferences_rels" DROP COLUMN "portal_users_id";
  ALTER TABLE "settings" DROP COLUMN "import_ended_unit_status_code";
  ALTER TABLE "settings" DROP COLUMN "document_max_size_mb";
  DROP TYPE "public"."enum_objects_portal_contacts_audiences";
  DROP TYPE "public"."enum_documents_category";
  DROP TYPE "public"."enum_document_receipts_via";
  DROP TYPE "public"."enum_document_access_log_action";
  DROP TYPE "public"."enum_import_runs_kind";
  DROP TYPE "public"."enum_import_runs_trigger";
  DROP TYPE "public"."enum_import_runs_status";
  DROP TYPE "public"."enum_individual_field_definitions_module";
  DROP TYPE "public"."enum_individual_field_definitions_type";
  DROP TYPE "public"."enum_exports_format";
  DROP TYPE "public"."enum_exports_sort_order";
  DROP TYPE "public"."enum_exports_drafts";
  DROP TYPE "public"."enum_imports_import_mode";
  DROP TYPE "public"."enum_imports_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
