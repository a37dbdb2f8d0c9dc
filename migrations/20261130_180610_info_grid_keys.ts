import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tenancies_assignments_entry" AS ENUM('coResident', 'guarantor', 'deliveryAgent', 'legalRepresentative', 'contactPerson', 'heir');
  CREATE TABLE "keys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"unit_id" integer NOT NULL,
  	"tenancy_id" integer,
  	"kind" varchar NOT NULL,
  	"number" varchar,
  	"count" numeric DEFAULT 1 NOT NULL,
  	"handed_over_on" timestamp(3) with time zone,
  	"returned_on" timestamp(3) with time zone,
  	"remark" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  -- The keys handed over under a tenancy become records of the tenancy's unit (ADR 0065).
  INSERT INTO "keys" ("unit_id", "tenancy_id", "kind", "count", "handed_over_on", "returned_on")
    SELECT "tenancies"."unit_id", "tenancies_keys"."_parent_id", "tenancies_keys"."kind", "tenancies_keys"."count",
           "tenancies_keys"."handed_over_on", "tenancies_keys"."returned_on"
    FROM "tenancies_keys" JOIN "tenancies" ON "tenancies"."id" = "tenancies_keys"."_parent_id"
    ORDER BY "tenancies_keys"."_parent_id", "tenancies_keys"."_order";
  ALTER TABLE "tenancies_keys" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "tenancies_keys" CASCADE;
  ALTER TABLE "settings_person_assignment_entries" ALTER COLUMN "key" SET DATA TYPE text;
  -- Table 1580 lists the info grid's entries, not the assignment roles it held so far.
  DELETE FROM "settings_person_assignment_entries";
  DROP TYPE "public"."enum_settings_person_assignment_entries_key";
  CREATE TYPE "public"."enum_settings_person_assignment_entries_key" AS ENUM('tenancies', 'functions', 'postings', 'requests', 'notes', 'documents', 'keys');
  ALTER TABLE "settings_person_assignment_entries" ALTER COLUMN "key" SET DATA TYPE "public"."enum_settings_person_assignment_entries_key" USING "key"::"public"."enum_settings_person_assignment_entries_key";
  INSERT INTO "settings_person_assignment_entries" ("_order", "_parent_id", "id", "key", "label", "active")
    SELECT "entry"."position", "settings"."id", substr(md5(random()::text || "settings"."id" || "entry"."key"), 1, 24),
           "entry"."key"::"public"."enum_settings_person_assignment_entries_key", "entry"."label", true
    FROM "settings" CROSS JOIN (VALUES
      (1, 'tenancies', 'Bestandsverhältnisse'), (2, 'functions', 'Funktionen'), (3, 'postings', 'Buchungen'),
      (4, 'requests', 'Anliegen'), (5, 'notes', 'Notizen'), (6, 'documents', 'Dokumente'), (7, 'keys', 'Schlüssel')
    ) AS "entry"("position", "key", "label");
  ALTER TABLE "tenancies_assignments" ALTER COLUMN "entry" SET DATA TYPE "public"."enum_tenancies_assignments_entry" USING "entry"::"public"."enum_tenancies_assignments_entry";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "keys_id" integer;
  ALTER TABLE "keys" ADD CONSTRAINT "keys_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "keys" ADD CONSTRAINT "keys_tenancy_id_tenancies_id_fk" FOREIGN KEY ("tenancy_id") REFERENCES "public"."tenancies"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "keys_unit_idx" ON "keys" USING btree ("unit_id");
  CREATE INDEX "keys_tenancy_idx" ON "keys" USING btree ("tenancy_id");
  CREATE INDEX "keys_handed_over_on_idx" ON "keys" USING btree ("handed_over_on");
  CREATE INDEX "keys_updated_at_idx" ON "keys" USING btree ("updated_at");
  CREATE INDEX "keys_created_at_idx" ON "keys" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_keys_fk" FOREIGN KEY ("keys_id") REFERENCES "public"."keys"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("keys_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "tenancies_keys" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" varchar NOT NULL,
  	"count" numeric DEFAULT 1 NOT NULL,
  	"handed_over_on" timestamp(3) with time zone,
  	"returned_on" timestamp(3) with time zone
  );
  
  -- Keys handed over under a tenancy go back into it; keys of a unit alone have no place there.
  INSERT INTO "tenancies_keys" ("_order", "_parent_id", "id", "kind", "count", "handed_over_on", "returned_on")
    SELECT row_number() OVER (PARTITION BY "tenancy_id" ORDER BY "id"), "tenancy_id", substr(md5(random()::text || "id"), 1, 24),
           "kind", "count", "handed_over_on", "returned_on"
    FROM "keys" WHERE "tenancy_id" IS NOT NULL;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_keys_fk";
  ALTER TABLE "keys" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "keys" CASCADE;
  
  ALTER TABLE "settings_person_assignment_entries" ALTER COLUMN "key" SET DATA TYPE text;
  DELETE FROM "settings_person_assignment_entries";
  DROP TYPE "public"."enum_settings_person_assignment_entries_key";
  CREATE TYPE "public"."enum_settings_person_assignment_entries_key" AS ENUM('coResident', 'guarantor', 'deliveryAgent', 'legalRepresentative', 'contactPerson', 'heir');
  ALTER TABLE "settings_person_assignment_entries" ALTER COLUMN "key" SET DATA TYPE "public"."enum_settings_person_assignment_entries_key" USING "key"::"public"."enum_settings_person_assignment_entries_key";
  INSERT INTO "settings_person_assignment_entries" ("_order", "_parent_id", "id", "key", "label", "active")
    SELECT "entry"."position", "settings"."id", substr(md5(random()::text || "settings"."id" || "entry"."key"), 1, 24),
           "entry"."key"::"public"."enum_settings_person_assignment_entries_key", "entry"."label", true
    FROM "settings" CROSS JOIN (VALUES
      (1, 'coResident', 'Mitbewohner:in'), (2, 'guarantor', 'Bürge'), (3, 'deliveryAgent', 'Zustellbevollmächtigte:r'),
      (4, 'legalRepresentative', 'Erwachsenenvertreter:in'), (5, 'contactPerson', 'Ansprechperson'), (6, 'heir', 'Erbe / Erbin')
    ) AS "entry"("position", "key", "label");
  DROP INDEX "payload_locked_documents_rels_keys_id_idx";
  ALTER TABLE "tenancies_assignments" ALTER COLUMN "entry" SET DATA TYPE varchar;
  ALTER TABLE "tenancies_keys" ADD CONSTRAINT "tenancies_keys_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenancies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tenancies_keys_order_idx" ON "tenancies_keys" USING btree ("_order");
  CREATE INDEX "tenancies_keys_parent_id_idx" ON "tenancies_keys" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "keys_id";
  DROP TYPE "public"."enum_tenancies_assignments_entry";`)
}
