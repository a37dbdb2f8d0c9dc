import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_objects_portal_contacts_audiences" AS ENUM('tenants', 'owners', 'providers');
  CREATE TYPE "public"."enum_documents_category" AS ENUM('operatingCosts', 'condominium', 'heatingCosts', 'plan', 'resolution', 'contract', 'letter', 'other');
  CREATE TYPE "public"."enum_document_receipts_via" AS ENUM('open', 'download');
  CREATE TYPE "public"."enum_document_access_log_action" AS ENUM('list', 'read', 'download');
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
  
  ALTER TABLE "objects_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_releases_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "release_batches_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_receipts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_folders_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_access_log_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "portal_users_id" integer;
  ALTER TABLE "payload_preferences_rels" ADD COLUMN "portal_users_id" integer;
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
  ALTER TABLE "objects_rels" ADD CONSTRAINT "objects_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_releases_fk" FOREIGN KEY ("document_releases_id") REFERENCES "public"."document_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_release_batches_fk" FOREIGN KEY ("release_batches_id") REFERENCES "public"."release_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_receipts_fk" FOREIGN KEY ("document_receipts_id") REFERENCES "public"."document_receipts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_folders_fk" FOREIGN KEY ("document_folders_id") REFERENCES "public"."document_folders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_access_log_fk" FOREIGN KEY ("document_access_log_id") REFERENCES "public"."document_access_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_portal_users_fk" FOREIGN KEY ("portal_users_id") REFERENCES "public"."portal_users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_portal_users_fk" FOREIGN KEY ("portal_users_id") REFERENCES "public"."portal_users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "objects_rels_documents_id_idx" ON "objects_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_document_releases_id_idx" ON "payload_locked_documents_rels" USING btree ("document_releases_id");
  CREATE INDEX "payload_locked_documents_rels_release_batches_id_idx" ON "payload_locked_documents_rels" USING btree ("release_batches_id");
  CREATE INDEX "payload_locked_documents_rels_document_receipts_id_idx" ON "payload_locked_documents_rels" USING btree ("document_receipts_id");
  CREATE INDEX "payload_locked_documents_rels_document_folders_id_idx" ON "payload_locked_documents_rels" USING btree ("document_folders_id");
  CREATE INDEX "payload_locked_documents_rels_document_access_log_id_idx" ON "payload_locked_documents_rels" USING btree ("document_access_log_id");
  CREATE INDEX "payload_locked_documents_rels_portal_users_id_idx" ON "payload_locked_documents_rels" USING btree ("portal_users_id");
  CREATE INDEX "payload_preferences_rels_portal_users_id_idx" ON "payload_preferences_rels" USING btree ("portal_users_id");`)
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
  ALTER TABLE "objects_rels" DROP CONSTRAINT "objects_rels_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_releases_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_release_batches_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_receipts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_folders_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_access_log_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_portal_users_fk";
  
  ALTER TABLE "payload_preferences_rels" DROP CONSTRAINT "payload_preferences_rels_portal_users_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions";
  CREATE TYPE "public"."enum_roles_permissions" AS ENUM('53009', '195100', '195101', '195102', '150040', '150042', '101042', '101008', '270212', '270213', '53040', '53031', '270218', '195103', '270228', '270233', '53032', '270251', '270226', '348001', '50333', '50334', '50335', '50336', '900100', '900101', '900102', '900103', '900110', '900111', '900112', '900113', '900114', '900120', '900121', '900122', '900123', '900130', '900131', '900132', '900133', '900140', '900141', '900150', '900151', '900152', '900160', '900161', '900170', '900171');
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE "public"."enum_roles_permissions" USING "value"::"public"."enum_roles_permissions";
  DROP INDEX "objects_rels_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_releases_id_idx";
  DROP INDEX "payload_locked_documents_rels_release_batches_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_receipts_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_folders_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_access_log_id_idx";
  DROP INDEX "payload_locked_documents_rels_portal_users_id_idx";
  DROP INDEX "payload_preferences_rels_portal_users_id_idx";
  ALTER TABLE "objects_rels" DROP COLUMN "documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_releases_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "release_batches_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_receipts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_folders_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_access_log_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "portal_users_id";
  ALTER TABLE "payload_preferences_rels" DROP COLUMN "portal_users_id";
  ALTER TABLE "settings" DROP COLUMN "document_max_size_mb";
  DROP TYPE "public"."enum_objects_portal_contacts_audiences";
  DROP TYPE "public"."enum_documents_category";
  DROP TYPE "public"."enum_document_receipts_via";
  DROP TYPE "public"."enum_document_access_log_action";`)
}
