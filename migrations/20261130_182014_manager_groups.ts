import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "manager_groups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "objects" ADD COLUMN "manager_group_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "manager_groups_id" integer;
  CREATE UNIQUE INDEX "manager_groups_code_idx" ON "manager_groups" USING btree ("code");
  CREATE INDEX "manager_groups_updated_at_idx" ON "manager_groups" USING btree ("updated_at");
  CREATE INDEX "manager_groups_created_at_idx" ON "manager_groups" USING btree ("created_at");
  ALTER TABLE "objects" ADD CONSTRAINT "objects_manager_group_id_manager_groups_id_fk" FOREIGN KEY ("manager_group_id") REFERENCES "public"."manager_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_manager_groups_fk" FOREIGN KEY ("manager_groups_id") REFERENCES "public"."manager_groups"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "objects_manager_group_idx" ON "objects" USING btree ("manager_group_id");
  CREATE INDEX "payload_locked_documents_rels_manager_groups_id_idx" ON "payload_locked_documents_rels" USING btree ("manager_groups_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "manager_groups" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "manager_groups" CASCADE;
  ALTER TABLE "objects" DROP CONSTRAINT "objects_manager_group_id_manager_groups_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_manager_groups_fk";
  
  DROP INDEX "objects_manager_group_idx";
  DROP INDEX "payload_locked_documents_rels_manager_groups_id_idx";
  ALTER TABLE "objects" DROP COLUMN "manager_group_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "manager_groups_id";`)
}
