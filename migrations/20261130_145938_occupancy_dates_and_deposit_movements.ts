import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tenancies_securities_deposit_movements_direction" AS ENUM('in', 'out');
  CREATE TABLE "tenancies_securities_deposit_movements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"direction" "enum_tenancies_securities_deposit_movements_direction" DEFAULT 'out' NOT NULL,
  	"amount" numeric NOT NULL
  );
  
  ALTER TABLE "objects" ADD COLUMN "occupancy_permit_date" timestamp(3) with time zone;
  ALTER TABLE "objects" ADD COLUMN "first_occupancy_date" timestamp(3) with time zone;
  ALTER TABLE "building_parts" ADD COLUMN "occupancy_permit_date" timestamp(3) with time zone;
  ALTER TABLE "building_parts" ADD COLUMN "first_occupancy_date" timestamp(3) with time zone;
  ALTER TABLE "tenancies_securities_deposit_movements" ADD CONSTRAINT "tenancies_securities_deposit_movements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenancies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tenancies_securities_deposit_movements_order_idx" ON "tenancies_securities_deposit_movements" USING btree ("_order");
  CREATE INDEX "tenancies_securities_deposit_movements_parent_id_idx" ON "tenancies_securities_deposit_movements" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "tenancies_securities_deposit_movements" CASCADE;
  ALTER TABLE "objects" DROP COLUMN "occupancy_permit_date";
  ALTER TABLE "objects" DROP COLUMN "first_occupancy_date";
  ALTER TABLE "building_parts" DROP COLUMN "occupancy_permit_date";
  ALTER TABLE "building_parts" DROP COLUMN "first_occupancy_date";
  DROP TYPE "public"."enum_tenancies_securities_deposit_movements_direction";`)
}
