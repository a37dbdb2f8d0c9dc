import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_objects_type" AS ENUM('rental', 'condominium', 'mixed');
  CREATE TYPE "public"."enum_objects_address_country" AS ENUM('AT', 'DE', 'CH', 'IT', 'XX');
  CREATE TYPE "public"."enum_objects_source" AS ENUM('manual', 'accounting');
  CREATE TYPE "public"."enum_units_equipment_floor_coverings" AS ENUM('parquet', 'laminate', 'tiles', 'carpet', 'vinyl', 'screed');
  CREATE TYPE "public"."enum_units_equipment_compartments_kind" AS ENUM('cellar', 'attic', 'bicycle');
  CREATE TYPE "public"."enum_units_tenure" AS ENUM('rental', 'owned');
  CREATE TYPE "public"."enum_units_category" AS ENUM('A', 'B', 'C', 'D');
  CREATE TYPE "public"."enum_units_financing" AS ENUM('private', 'subsidised', 'municipal');
  CREATE TYPE "public"."enum_units_address_country" AS ENUM('AT', 'DE', 'CH', 'IT', 'XX');
  CREATE TYPE "public"."enum_units_equipment_balcony" AS ENUM('balcony', 'loggia', 'terrace', 'garden');
  CREATE TYPE "public"."enum_units_equipment_heating" AS ENUM('central', 'district', 'gas', 'heatPump', 'electric', 'none');
  CREATE TYPE "public"."enum_units_source" AS ENUM('manual', 'accounting');
  CREATE TYPE "public"."enum_persons_contacts_labels" AS ENUM('public', 'private', 'business', 'emergency', 'hotline');
  CREATE TYPE "public"."enum_persons_contacts_kind" AS ENUM('phone', 'mobile', 'email', 'fax', 'web');
  CREATE TYPE "public"."enum_persons_kind" AS ENUM('natural', 'legal');
  CREATE TYPE "public"."enum_persons_salutation" AS ENUM('ms', 'mr', 'none', 'company');
  CREATE TYPE "public"."enum_persons_address_country" AS ENUM('AT', 'DE', 'CH', 'IT', 'XX');
  CREATE TYPE "public"."enum_persons_source" AS ENUM('manual', 'accounting');
  CREATE TYPE "public"."enum_tenancies_agreed_payments_kind" AS ENUM('rent', 'operatingCosts', 'heating', 'maintenance', 'reserve', 'parking', 'vat', 'other');
  CREATE TYPE "public"."enum_tenancies_kind" AS ENUM('tenant', 'owner', 'vacancy');
  CREATE TYPE "public"."enum_tenancies_termination_notice_by" AS ENUM('tenant', 'landlord', 'mutual');
  CREATE TYPE "public"."enum_tenancies_securities_financing_contribution_assignment" AS ENUM('land', 'construction', 'both');
  CREATE TYPE "public"."enum_tenancies_payment_method" AS ENUM('transfer', 'sepa', 'cash');
  CREATE TYPE "public"."enum_tenancies_subsidy_check_result" AS ENUM('eligible', 'notEligible', 'pending');
  CREATE TYPE "public"."enum_tenancies_source" AS ENUM('manual', 'accounting');
  CREATE TYPE "public"."enum_functions_source" AS ENUM('manual', 'accounting');
  CREATE TYPE "public"."enum_allocation_offices_address_country" AS ENUM('AT', 'DE', 'CH', 'IT', 'XX');
  CREATE TYPE "public"."enum_postings_kind" AS ENUM('charge', 'payment', 'reversal');
  CREATE TYPE "public"."enum_postings_category" AS ENUM('rent', 'operatingCosts', 'heating', 'maintenance', 'reserve', 'parking', 'vat', 'other');
  CREATE TYPE "public"."enum_postings_source" AS ENUM('manual', 'accounting');
  CREATE TYPE "public"."enum_requests_kind" AS ENUM('damage', 'installment', 'other');
  CREATE TYPE "public"."enum_requests_status" AS ENUM('new', 'inProgress', 'answered', 'closed');
  CREATE TYPE "public"."enum_function_types_applies_to" AS ENUM('unit', 'object', 'tenancy', 'allocationOffice');
  CREATE TYPE "public"."enum_municipalities_country" AS ENUM('AT', 'DE', 'CH', 'IT', 'XX');
  CREATE TYPE "public"."enum_roles_permissions" AS ENUM('53009', '195100', '195101', '195102', '150040', '150042', '101042', '101008', '270212', '270213', '53040', '53031', '270218', '195103', '270228', '270233', '53032', '270251', '270226', '348001', '50333', '50334', '50335', '50336', '900100', '900101', '900102', '900103', '900110', '900111', '900112', '900113', '900114', '900120', '900121', '900122', '900123', '900130', '900131', '900132', '900133', '900140', '900141', '900150', '900151', '900152', '900160', '900161', '900170', '900171');
  CREATE TYPE "public"."enum_settings_unit_report_menu_entries_key" AS ENUM('vacancyList', 'unitList', 'statusHistory', 'functionList', 'handoverList', 'securities');
  CREATE TYPE "public"."enum_settings_person_assignment_entries_key" AS ENUM('coResident', 'guarantor', 'deliveryAgent', 'legalRepresentative', 'contactPerson', 'heir');
  CREATE TYPE "public"."enum_settings_iban_check_modules" AS ENUM('company', 'person', 'prospect', 'member', 'holder');
  CREATE TYPE "public"."enum_settings_time_zone" AS ENUM('Europe/Vienna', 'Europe/Berlin', 'Europe/Zurich');
  CREATE TYPE "public"."enum_settings_company_address_country" AS ENUM('AT', 'DE', 'CH', 'IT', 'XX');
  CREATE TABLE "objects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"type" "enum_objects_type" DEFAULT 'rental' NOT NULL,
  	"address_street" varchar,
  	"address_house_number" varchar,
  	"address_door" varchar,
  	"address_postcode" varchar,
  	"address_city" varchar,
  	"address_country" "enum_objects_address_country" DEFAULT 'AT',
  	"municipality_id" integer,
  	"take_over_date" timestamp(3) with time zone,
  	"property_manager_id" integer,
  	"source" "enum_objects_source" DEFAULT 'manual',
  	"external_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "objects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"object_groups_id" integer
  );
  
  CREATE TABLE "building_parts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"object_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"sort_order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "staircases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"object_id" integer NOT NULL,
  	"building_part_id" integer,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "units_areas" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"cost_sector_id" integer NOT NULL,
  	"billing_unit" varchar NOT NULL,
  	"area" numeric NOT NULL
  );
  
  CREATE TABLE "units_equipment_floor_coverings" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_units_equipment_floor_coverings",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "units_equipment_compartments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_units_equipment_compartments_kind" NOT NULL,
  	"number" varchar,
  	"area" numeric
  );
  
  CREATE TABLE "units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"object_id" integer NOT NULL,
  	"unit_number" varchar NOT NULL,
  	"top_number" varchar,
  	"building_part_id" integer,
  	"staircase_id" integer,
  	"tenure" "enum_units_tenure" DEFAULT 'rental' NOT NULL,
  	"holding_type_id" integer NOT NULL,
  	"holding_sub_type_id" integer,
  	"status_id" integer NOT NULL,
  	"category" "enum_units_category",
  	"rent_category_id" integer,
  	"rooms" numeric,
  	"floor" varchar,
  	"position" varchar,
  	"unit_code" varchar,
  	"net_area" numeric,
  	"useful_value" numeric,
  	"financing" "enum_units_financing",
  	"first_letting_date" timestamp(3) with time zone,
  	"allocation_office_id" integer,
  	"barrier_free" boolean,
  	"age_appropriate" boolean,
  	"group1" varchar,
  	"group2" varchar,
  	"group3" varchar,
  	"group4" varchar,
  	"address_street" varchar,
  	"address_house_number" varchar,
  	"address_door" varchar,
  	"address_postcode" varchar,
  	"address_city" varchar,
  	"address_country" "enum_units_address_country" DEFAULT 'AT',
  	"equipment_balcony" "enum_units_equipment_balcony",
  	"equipment_heating" "enum_units_equipment_heating",
  	"heating_cost_key" varchar,
  	"heating_cost_company_id" integer,
  	"remark" jsonb,
  	"accounting_remark" varchar,
  	"source" "enum_units_source" DEFAULT 'manual',
  	"external_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "persons_contacts_labels" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_persons_contacts_labels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "persons_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_persons_contacts_kind" NOT NULL,
  	"value" varchar NOT NULL
  );
  
  CREATE TABLE "persons_bank_accounts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"iban" varchar,
  	"bic" varchar,
  	"account_holder" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "persons" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"display_name" varchar,
  	"kind" "enum_persons_kind" DEFAULT 'natural' NOT NULL,
  	"salutation" "enum_persons_salutation",
  	"title" varchar,
  	"birth_date" timestamp(3) with time zone,
  	"first_name" varchar,
  	"last_name" varchar,
  	"company_name" varchar,
  	"address_street" varchar,
  	"address_house_number" varchar,
  	"address_door" varchar,
  	"address_postcode" varchar,
  	"address_city" varchar,
  	"address_country" "enum_persons_address_country" DEFAULT 'AT',
  	"portal_email" varchar,
  	"source" "enum_persons_source" DEFAULT 'manual',
  	"external_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tenancies_assignments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"entry" varchar,
  	"person_id" integer
  );
  
  CREATE TABLE "tenancies_securities_bank_guarantees" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"bank" varchar NOT NULL,
  	"number" varchar,
  	"amount" numeric NOT NULL,
  	"valid_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "tenancies_securities_savings_books" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"bank" varchar NOT NULL,
  	"number" varchar,
  	"amount" numeric NOT NULL,
  	"deposited_on" timestamp(3) with time zone
  );
  
  CREATE TABLE "tenancies_agreed_payments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_tenancies_agreed_payments_kind" NOT NULL,
  	"amount" numeric NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "tenancies_keys" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" varchar NOT NULL,
  	"count" numeric DEFAULT 1 NOT NULL,
  	"handed_over_on" timestamp(3) with time zone,
  	"returned_on" timestamp(3) with time zone
  );
  
  CREATE TABLE "tenancies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"unit_id" integer NOT NULL,
  	"kind" "enum_tenancies_kind" DEFAULT 'tenant' NOT NULL,
  	"reference" varchar,
  	"move_in" timestamp(3) with time zone,
  	"move_out" timestamp(3) with time zone,
  	"contract_end" timestamp(3) with time zone,
  	"fixed_term_end" timestamp(3) with time zone,
  	"fixed_term_from_contract" boolean,
  	"vacancy_reason_id" integer,
  	"vacancy_comment" varchar,
  	"main_tenancy_id" integer,
  	"termination_notice_given_on" timestamp(3) with time zone,
  	"termination_notice_by" "enum_tenancies_termination_notice_by",
  	"termination_effective_on" timestamp(3) with time zone,
  	"termination_reason" varchar,
  	"securities_deposit_amount" numeric,
  	"securities_deposit_paid_in_on" timestamp(3) with time zone,
  	"securities_deposit_paid_out_on" timestamp(3) with time zone,
  	"securities_deposit_account_iban" varchar,
  	"securities_deposit_account_bic" varchar,
  	"securities_deposit_account_account_holder" varchar,
  	"securities_deposit_account_bank" varchar,
  	"securities_financing_contribution_amount" numeric,
  	"securities_financing_contribution_paid_on" timestamp(3) with time zone,
  	"securities_financing_contribution_assignment" "enum_tenancies_securities_financing_contribution_assignment",
  	"securities_surety_guarantor_id" integer,
  	"securities_surety_amount" numeric,
  	"securities_surety_valid_until" timestamp(3) with time zone,
  	"securities_stamp_duty_amount" numeric,
  	"securities_stamp_duty_paid_on" timestamp(3) with time zone,
  	"payment_method" "enum_tenancies_payment_method" DEFAULT 'transfer',
  	"payment_sepa_mandate_reference" varchar,
  	"payment_sepa_mandate_signed_on" timestamp(3) with time zone,
  	"payment_sepa_mandate_iban" varchar,
  	"payment_sepa_mandate_bic" varchar,
  	"payment_sepa_mandate_account_holder" varchar,
  	"subsidy_check_checked_on" timestamp(3) with time zone,
  	"subsidy_check_household_size" numeric,
  	"subsidy_check_result" "enum_tenancies_subsidy_check_result",
  	"subsidy_check_next_check_on" timestamp(3) with time zone,
  	"subsidy_check_remark" varchar,
  	"source" "enum_tenancies_source" DEFAULT 'manual',
  	"external_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tenancies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"persons_id" integer
  );
  
  CREATE TABLE "functions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"function_type_id" integer NOT NULL,
  	"person_id" integer NOT NULL,
  	"unit_id" integer,
  	"object_id" integer,
  	"tenancy_id" integer,
  	"allocation_office_id" integer,
  	"from" timestamp(3) with time zone NOT NULL,
  	"until" timestamp(3) with time zone,
  	"remark" varchar,
  	"source" "enum_functions_source" DEFAULT 'manual',
  	"external_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "allocation_offices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"workflow_name" varchar,
  	"municipality_id" integer,
  	"contact_person_id" integer,
  	"email" varchar,
  	"phone" varchar,
  	"colour" varchar DEFAULT '#4a7bd0',
  	"address_street" varchar,
  	"address_house_number" varchar,
  	"address_door" varchar,
  	"address_postcode" varchar,
  	"address_city" varchar,
  	"address_country" "enum_allocation_offices_address_country" DEFAULT 'AT',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "postings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenancy_id" integer NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"kind" "enum_postings_kind" NOT NULL,
  	"category" "enum_postings_category" NOT NULL,
  	"amount" numeric NOT NULL,
  	"period" varchar,
  	"reverses_id" integer,
  	"text" varchar,
  	"source" "enum_postings_source" DEFAULT 'manual',
  	"external_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "requests_answers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" jsonb NOT NULL
  );
  
  CREATE TABLE "requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject" varchar NOT NULL,
  	"kind" "enum_requests_kind" DEFAULT 'other' NOT NULL,
  	"status" "enum_requests_status" DEFAULT 'new' NOT NULL,
  	"person_id" integer,
  	"unit_id" integer,
  	"tenancy_id" integer,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "notes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject" varchar NOT NULL,
  	"text" varchar,
  	"object_id" integer,
  	"unit_id" integer,
  	"tenancy_id" integer,
  	"person_id" integer,
  	"author_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "unit_statuses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" numeric NOT NULL,
  	"text" varchar NOT NULL,
  	"active" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "holding_types" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" numeric NOT NULL,
  	"text" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "holding_sub_types" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"holding_type_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"sort_order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rent_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"text" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "vacancy_reasons" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"text" varchar NOT NULL,
  	"refurbishment" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "object_groups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "interest_rates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"rate" numeric NOT NULL,
  	"remark" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cost_sectors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "function_types_applies_to" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_function_types_applies_to",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "function_types" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" numeric NOT NULL,
  	"name" varchar NOT NULL,
  	"name_en" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "municipalities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"state" varchar,
  	"country" "enum_municipalities_country" DEFAULT 'AT',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
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
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"roles_id" integer
  );
  
  CREATE TABLE "roles_permissions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_roles_permissions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "roles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"read_only" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
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
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"objects_id" integer,
  	"building_parts_id" integer,
  	"staircases_id" integer,
  	"units_id" integer,
  	"persons_id" integer,
  	"tenancies_id" integer,
  	"functions_id" integer,
  	"allocation_offices_id" integer,
  	"postings_id" integer,
  	"requests_id" integer,
  	"notes_id" integer,
  	"unit_statuses_id" integer,
  	"holding_types_id" integer,
  	"holding_sub_types_id" integer,
  	"rent_categories_id" integer,
  	"vacancy_reasons_id" integer,
  	"object_groups_id" integer,
  	"interest_rates_id" integer,
  	"cost_sectors_id" integer,
  	"function_types_id" integer,
  	"municipalities_id" integer,
  	"users_id" integer,
  	"roles_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "settings_unit_report_menu_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" "enum_settings_unit_report_menu_entries_key" NOT NULL,
  	"label" varchar NOT NULL,
  	"active" boolean DEFAULT true
  );
  
  CREATE TABLE "settings_person_assignment_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" "enum_settings_person_assignment_entries_key" NOT NULL,
  	"label" varchar NOT NULL,
  	"active" boolean DEFAULT true
  );
  
  CREATE TABLE "settings_iban_check_modules" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_settings_iban_check_modules",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"unit_group_labels_group1" varchar,
  	"unit_group_labels_group2" varchar,
  	"unit_group_labels_group3" varchar,
  	"unit_group_labels_group4" varchar,
  	"allocating_function_code" numeric,
  	"contract_data_view_enabled" boolean DEFAULT true,
  	"time_zone" "enum_settings_time_zone" DEFAULT 'Europe/Vienna',
  	"company_name" varchar,
  	"company_address_street" varchar,
  	"company_address_house_number" varchar,
  	"company_address_door" varchar,
  	"company_address_postcode" varchar,
  	"company_address_city" varchar,
  	"company_address_country" "enum_settings_company_address_country" DEFAULT 'AT',
  	"company_iban" varchar,
  	"company_bic" varchar,
  	"company_letterhead" varchar,
  	"company_logo_id" integer,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "objects" ADD CONSTRAINT "objects_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "objects" ADD CONSTRAINT "objects_property_manager_id_users_id_fk" FOREIGN KEY ("property_manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "objects_rels" ADD CONSTRAINT "objects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."objects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "objects_rels" ADD CONSTRAINT "objects_rels_object_groups_fk" FOREIGN KEY ("object_groups_id") REFERENCES "public"."object_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "building_parts" ADD CONSTRAINT "building_parts_object_id_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."objects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staircases" ADD CONSTRAINT "staircases_object_id_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."objects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staircases" ADD CONSTRAINT "staircases_building_part_id_building_parts_id_fk" FOREIGN KEY ("building_part_id") REFERENCES "public"."building_parts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units_areas" ADD CONSTRAINT "units_areas_cost_sector_id_cost_sectors_id_fk" FOREIGN KEY ("cost_sector_id") REFERENCES "public"."cost_sectors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units_areas" ADD CONSTRAINT "units_areas_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units_equipment_floor_coverings" ADD CONSTRAINT "units_equipment_floor_coverings_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units_equipment_compartments" ADD CONSTRAINT "units_equipment_compartments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_object_id_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."objects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_building_part_id_building_parts_id_fk" FOREIGN KEY ("building_part_id") REFERENCES "public"."building_parts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_staircase_id_staircases_id_fk" FOREIGN KEY ("staircase_id") REFERENCES "public"."staircases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_holding_type_id_holding_types_id_fk" FOREIGN KEY ("holding_type_id") REFERENCES "public"."holding_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_holding_sub_type_id_holding_sub_types_id_fk" FOREIGN KEY ("holding_sub_type_id") REFERENCES "public"."holding_sub_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_status_id_unit_statuses_id_fk" FOREIGN KEY ("status_id") REFERENCES "public"."unit_statuses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_rent_category_id_rent_categories_id_fk" FOREIGN KEY ("rent_category_id") REFERENCES "public"."rent_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_allocation_office_id_allocation_offices_id_fk" FOREIGN KEY ("allocation_office_id") REFERENCES "public"."allocation_offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_heating_cost_company_id_persons_id_fk" FOREIGN KEY ("heating_cost_company_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "persons_contacts_labels" ADD CONSTRAINT "persons_contacts_labels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."persons_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "persons_contacts" ADD CONSTRAINT "persons_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "persons_bank_accounts" ADD CONSTRAINT "persons_bank_accounts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenancies_assignments" ADD CONSTRAINT "tenancies_assignments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tenancies_assignments" ADD CONSTRAINT "tenancies_assignments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenancies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenancies_securities_bank_guarantees" ADD CONSTRAINT "tenancies_securities_bank_guarantees_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenancies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenancies_securities_savings_books" ADD CONSTRAINT "tenancies_securities_savings_books_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenancies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenancies_agreed_payments" ADD CONSTRAINT "tenancies_agreed_payments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenancies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenancies_keys" ADD CONSTRAINT "tenancies_keys_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenancies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenancies" ADD CONSTRAINT "tenancies_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tenancies" ADD CONSTRAINT "tenancies_vacancy_reason_id_vacancy_reasons_id_fk" FOREIGN KEY ("vacancy_reason_id") REFERENCES "public"."vacancy_reasons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tenancies" ADD CONSTRAINT "tenancies_main_tenancy_id_tenancies_id_fk" FOREIGN KEY ("main_tenancy_id") REFERENCES "public"."tenancies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tenancies" ADD CONSTRAINT "tenancies_securities_surety_guarantor_id_persons_id_fk" FOREIGN KEY ("securities_surety_guarantor_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tenancies_rels" ADD CONSTRAINT "tenancies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tenancies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenancies_rels" ADD CONSTRAINT "tenancies_rels_persons_fk" FOREIGN KEY ("persons_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "functions" ADD CONSTRAINT "functions_function_type_id_function_types_id_fk" FOREIGN KEY ("function_type_id") REFERENCES "public"."function_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "functions" ADD CONSTRAINT "functions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "functions" ADD CONSTRAINT "functions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "functions" ADD CONSTRAINT "functions_object_id_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."objects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "functions" ADD CONSTRAINT "functions_tenancy_id_tenancies_id_fk" FOREIGN KEY ("tenancy_id") REFERENCES "public"."tenancies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "functions" ADD CONSTRAINT "functions_allocation_office_id_allocation_offices_id_fk" FOREIGN KEY ("allocation_office_id") REFERENCES "public"."allocation_offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "allocation_offices" ADD CONSTRAINT "allocation_offices_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "allocation_offices" ADD CONSTRAINT "allocation_offices_contact_person_id_persons_id_fk" FOREIGN KEY ("contact_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "postings" ADD CONSTRAINT "postings_tenancy_id_tenancies_id_fk" FOREIGN KEY ("tenancy_id") REFERENCES "public"."tenancies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "postings" ADD CONSTRAINT "postings_reverses_id_postings_id_fk" FOREIGN KEY ("reverses_id") REFERENCES "public"."postings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "requests_answers" ADD CONSTRAINT "requests_answers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "requests" ADD CONSTRAINT "requests_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "requests" ADD CONSTRAINT "requests_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "requests" ADD CONSTRAINT "requests_tenancy_id_tenancies_id_fk" FOREIGN KEY ("tenancy_id") REFERENCES "public"."tenancies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notes" ADD CONSTRAINT "notes_object_id_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."objects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notes" ADD CONSTRAINT "notes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notes" ADD CONSTRAINT "notes_tenancy_id_tenancies_id_fk" FOREIGN KEY ("tenancy_id") REFERENCES "public"."tenancies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notes" ADD CONSTRAINT "notes_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notes" ADD CONSTRAINT "notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "holding_sub_types" ADD CONSTRAINT "holding_sub_types_holding_type_id_holding_types_id_fk" FOREIGN KEY ("holding_type_id") REFERENCES "public"."holding_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "function_types_applies_to" ADD CONSTRAINT "function_types_applies_to_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."function_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roles_permissions" ADD CONSTRAINT "roles_permissions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_objects_fk" FOREIGN KEY ("objects_id") REFERENCES "public"."objects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_building_parts_fk" FOREIGN KEY ("building_parts_id") REFERENCES "public"."building_parts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_staircases_fk" FOREIGN KEY ("staircases_id") REFERENCES "public"."staircases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_persons_fk" FOREIGN KEY ("persons_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tenancies_fk" FOREIGN KEY ("tenancies_id") REFERENCES "public"."tenancies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_functions_fk" FOREIGN KEY ("functions_id") REFERENCES "public"."functions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_allocation_offices_fk" FOREIGN KEY ("allocation_offices_id") REFERENCES "public"."allocation_offices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_postings_fk" FOREIGN KEY ("postings_id") REFERENCES "public"."postings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_requests_fk" FOREIGN KEY ("requests_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notes_fk" FOREIGN KEY ("notes_id") REFERENCES "public"."notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_unit_statuses_fk" FOREIGN KEY ("unit_statuses_id") REFERENCES "public"."unit_statuses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_holding_types_fk" FOREIGN KEY ("holding_types_id") REFERENCES "public"."holding_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_holding_sub_types_fk" FOREIGN KEY ("holding_sub_types_id") REFERENCES "public"."holding_sub_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rent_categories_fk" FOREIGN KEY ("rent_categories_id") REFERENCES "public"."rent_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_vacancy_reasons_fk" FOREIGN KEY ("vacancy_reasons_id") REFERENCES "public"."vacancy_reasons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_object_groups_fk" FOREIGN KEY ("object_groups_id") REFERENCES "public"."object_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_interest_rates_fk" FOREIGN KEY ("interest_rates_id") REFERENCES "public"."interest_rates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cost_sectors_fk" FOREIGN KEY ("cost_sectors_id") REFERENCES "public"."cost_sectors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_function_types_fk" FOREIGN KEY ("function_types_id") REFERENCES "public"."function_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_municipalities_fk" FOREIGN KEY ("municipalities_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_unit_report_menu_entries" ADD CONSTRAINT "settings_unit_report_menu_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_person_assignment_entries" ADD CONSTRAINT "settings_person_assignment_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_iban_check_modules" ADD CONSTRAINT "settings_iban_check_modules_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings" ADD CONSTRAINT "settings_company_logo_id_media_id_fk" FOREIGN KEY ("company_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "objects_number_idx" ON "objects" USING btree ("number");
  CREATE INDEX "objects_type_idx" ON "objects" USING btree ("type");
  CREATE INDEX "objects_address_address_postcode_idx" ON "objects" USING btree ("address_postcode");
  CREATE INDEX "objects_address_address_city_idx" ON "objects" USING btree ("address_city");
  CREATE INDEX "objects_municipality_idx" ON "objects" USING btree ("municipality_id");
  CREATE INDEX "objects_property_manager_idx" ON "objects" USING btree ("property_manager_id");
  CREATE INDEX "objects_source_idx" ON "objects" USING btree ("source");
  CREATE INDEX "objects_external_key_idx" ON "objects" USING btree ("external_key");
  CREATE INDEX "objects_updated_at_idx" ON "objects" USING btree ("updated_at");
  CREATE INDEX "objects_created_at_idx" ON "objects" USING btree ("created_at");
  CREATE INDEX "objects_rels_order_idx" ON "objects_rels" USING btree ("order");
  CREATE INDEX "objects_rels_parent_idx" ON "objects_rels" USING btree ("parent_id");
  CREATE INDEX "objects_rels_path_idx" ON "objects_rels" USING btree ("path");
  CREATE INDEX "objects_rels_object_groups_id_idx" ON "objects_rels" USING btree ("object_groups_id");
  CREATE INDEX "building_parts_object_idx" ON "building_parts" USING btree ("object_id");
  CREATE INDEX "building_parts_updated_at_idx" ON "building_parts" USING btree ("updated_at");
  CREATE INDEX "building_parts_created_at_idx" ON "building_parts" USING btree ("created_at");
  CREATE UNIQUE INDEX "object_name_idx" ON "building_parts" USING btree ("object_id","name");
  CREATE INDEX "staircases_object_idx" ON "staircases" USING btree ("object_id");
  CREATE INDEX "staircases_building_part_idx" ON "staircases" USING btree ("building_part_id");
  CREATE INDEX "staircases_updated_at_idx" ON "staircases" USING btree ("updated_at");
  CREATE INDEX "staircases_created_at_idx" ON "staircases" USING btree ("created_at");
  CREATE UNIQUE INDEX "object_name_1_idx" ON "staircases" USING btree ("object_id","name");
  CREATE INDEX "units_areas_order_idx" ON "units_areas" USING btree ("_order");
  CREATE INDEX "units_areas_parent_id_idx" ON "units_areas" USING btree ("_parent_id");
  CREATE INDEX "units_areas_cost_sector_idx" ON "units_areas" USING btree ("cost_sector_id");
  CREATE INDEX "units_areas_billing_unit_idx" ON "units_areas" USING btree ("billing_unit");
  CREATE INDEX "units_equipment_floor_coverings_order_idx" ON "units_equipment_floor_coverings" USING btree ("order");
  CREATE INDEX "units_equipment_floor_coverings_parent_idx" ON "units_equipment_floor_coverings" USING btree ("parent_id");
  CREATE INDEX "units_equipment_compartments_order_idx" ON "units_equipment_compartments" USING btree ("_order");
  CREATE INDEX "units_equipment_compartments_parent_id_idx" ON "units_equipment_compartments" USING btree ("_parent_id");
  CREATE INDEX "units_object_idx" ON "units" USING btree ("object_id");
  CREATE INDEX "units_unit_number_idx" ON "units" USING btree ("unit_number");
  CREATE INDEX "units_top_number_idx" ON "units" USING btree ("top_number");
  CREATE INDEX "units_building_part_idx" ON "units" USING btree ("building_part_id");
  CREATE INDEX "units_staircase_idx" ON "units" USING btree ("staircase_id");
  CREATE INDEX "units_tenure_idx" ON "units" USING btree ("tenure");
  CREATE INDEX "units_holding_type_idx" ON "units" USING btree ("holding_type_id");
  CREATE INDEX "units_holding_sub_type_idx" ON "units" USING btree ("holding_sub_type_id");
  CREATE INDEX "units_status_idx" ON "units" USING btree ("status_id");
  CREATE INDEX "units_rent_category_idx" ON "units" USING btree ("rent_category_id");
  CREATE INDEX "units_unit_code_idx" ON "units" USING btree ("unit_code");
  CREATE INDEX "units_allocation_office_idx" ON "units" USING btree ("allocation_office_id");
  CREATE INDEX "units_group1_idx" ON "units" USING btree ("group1");
  CREATE INDEX "units_group2_idx" ON "units" USING btree ("group2");
  CREATE INDEX "units_group3_idx" ON "units" USING btree ("group3");
  CREATE INDEX "units_group4_idx" ON "units" USING btree ("group4");
  CREATE INDEX "units_address_address_postcode_idx" ON "units" USING btree ("address_postcode");
  CREATE INDEX "units_address_address_city_idx" ON "units" USING btree ("address_city");
  CREATE INDEX "units_heating_cost_company_idx" ON "units" USING btree ("heating_cost_company_id");
  CREATE INDEX "units_source_idx" ON "units" USING btree ("source");
  CREATE INDEX "units_external_key_idx" ON "units" USING btree ("external_key");
  CREATE INDEX "units_updated_at_idx" ON "units" USING btree ("updated_at");
  CREATE INDEX "units_created_at_idx" ON "units" USING btree ("created_at");
  CREATE UNIQUE INDEX "object_unitNumber_idx" ON "units" USING btree ("object_id","unit_number");
  CREATE INDEX "persons_contacts_labels_order_idx" ON "persons_contacts_labels" USING btree ("order");
  CREATE INDEX "persons_contacts_labels_parent_idx" ON "persons_contacts_labels" USING btree ("parent_id");
  CREATE INDEX "persons_contacts_order_idx" ON "persons_contacts" USING btree ("_order");
  CREATE INDEX "persons_contacts_parent_id_idx" ON "persons_contacts" USING btree ("_parent_id");
  CREATE INDEX "persons_bank_accounts_order_idx" ON "persons_bank_accounts" USING btree ("_order");
  CREATE INDEX "persons_bank_accounts_parent_id_idx" ON "persons_bank_accounts" USING btree ("_parent_id");
  CREATE INDEX "persons_bank_accounts_iban_idx" ON "persons_bank_accounts" USING btree ("iban");
  CREATE INDEX "persons_display_name_idx" ON "persons" USING btree ("display_name");
  CREATE INDEX "persons_last_name_idx" ON "persons" USING btree ("last_name");
  CREATE INDEX "persons_company_name_idx" ON "persons" USING btree ("company_name");
  CREATE INDEX "persons_address_address_postcode_idx" ON "persons" USING btree ("address_postcode");
  CREATE INDEX "persons_address_address_city_idx" ON "persons" USING btree ("address_city");
  CREATE INDEX "persons_portal_email_idx" ON "persons" USING btree ("portal_email");
  CREATE INDEX "persons_source_idx" ON "persons" USING btree ("source");
  CREATE INDEX "persons_external_key_idx" ON "persons" USING btree ("external_key");
  CREATE INDEX "persons_updated_at_idx" ON "persons" USING btree ("updated_at");
  CREATE INDEX "persons_created_at_idx" ON "persons" USING btree ("created_at");
  CREATE INDEX "tenancies_assignments_order_idx" ON "tenancies_assignments" USING btree ("_order");
  CREATE INDEX "tenancies_assignments_parent_id_idx" ON "tenancies_assignments" USING btree ("_parent_id");
  CREATE INDEX "tenancies_assignments_person_idx" ON "tenancies_assignments" USING btree ("person_id");
  CREATE INDEX "tenancies_securities_bank_guarantees_order_idx" ON "tenancies_securities_bank_guarantees" USING btree ("_order");
  CREATE INDEX "tenancies_securities_bank_guarantees_parent_id_idx" ON "tenancies_securities_bank_guarantees" USING btree ("_parent_id");
  CREATE INDEX "tenancies_securities_savings_books_order_idx" ON "tenancies_securities_savings_books" USING btree ("_order");
  CREATE INDEX "tenancies_securities_savings_books_parent_id_idx" ON "tenancies_securities_savings_books" USING btree ("_parent_id");
  CREATE INDEX "tenancies_agreed_payments_order_idx" ON "tenancies_agreed_payments" USING btree ("_order");
  CREATE INDEX "tenancies_agreed_payments_parent_id_idx" ON "tenancies_agreed_payments" USING btree ("_parent_id");
  CREATE INDEX "tenancies_keys_order_idx" ON "tenancies_keys" USING btree ("_order");
  CREATE INDEX "tenancies_keys_parent_id_idx" ON "tenancies_keys" USING btree ("_parent_id");
  CREATE INDEX "tenancies_unit_idx" ON "tenancies" USING btree ("unit_id");
  CREATE INDEX "tenancies_kind_idx" ON "tenancies" USING btree ("kind");
  CREATE INDEX "tenancies_reference_idx" ON "tenancies" USING btree ("reference");
  CREATE INDEX "tenancies_move_in_idx" ON "tenancies" USING btree ("move_in");
  CREATE INDEX "tenancies_move_out_idx" ON "tenancies" USING btree ("move_out");
  CREATE INDEX "tenancies_fixed_term_end_idx" ON "tenancies" USING btree ("fixed_term_end");
  CREATE INDEX "tenancies_vacancy_reason_idx" ON "tenancies" USING btree ("vacancy_reason_id");
  CREATE INDEX "tenancies_main_tenancy_idx" ON "tenancies" USING btree ("main_tenancy_id");
  CREATE INDEX "tenancies_termination_termination_effective_on_idx" ON "tenancies" USING btree ("termination_effective_on");
  CREATE INDEX "tenancies_securities_deposit_account_securities_deposit__idx" ON "tenancies" USING btree ("securities_deposit_account_iban");
  CREATE INDEX "tenancies_securities_surety_securities_surety_guarantor_idx" ON "tenancies" USING btree ("securities_surety_guarantor_id");
  CREATE INDEX "tenancies_payment_sepa_mandate_payment_sepa_mandate_iban_idx" ON "tenancies" USING btree ("payment_sepa_mandate_iban");
  CREATE INDEX "tenancies_source_idx" ON "tenancies" USING btree ("source");
  CREATE INDEX "tenancies_external_key_idx" ON "tenancies" USING btree ("external_key");
  CREATE INDEX "tenancies_updated_at_idx" ON "tenancies" USING btree ("updated_at");
  CREATE INDEX "tenancies_created_at_idx" ON "tenancies" USING btree ("created_at");
  CREATE INDEX "tenancies_rels_order_idx" ON "tenancies_rels" USING btree ("order");
  CREATE INDEX "tenancies_rels_parent_idx" ON "tenancies_rels" USING btree ("parent_id");
  CREATE INDEX "tenancies_rels_path_idx" ON "tenancies_rels" USING btree ("path");
  CREATE INDEX "tenancies_rels_persons_id_idx" ON "tenancies_rels" USING btree ("persons_id");
  CREATE INDEX "functions_function_type_idx" ON "functions" USING btree ("function_type_id");
  CREATE INDEX "functions_person_idx" ON "functions" USING btree ("person_id");
  CREATE INDEX "functions_unit_idx" ON "functions" USING btree ("unit_id");
  CREATE INDEX "functions_object_idx" ON "functions" USING btree ("object_id");
  CREATE INDEX "functions_tenancy_idx" ON "functions" USING btree ("tenancy_id");
  CREATE INDEX "functions_allocation_office_idx" ON "functions" USING btree ("allocation_office_id");
  CREATE INDEX "functions_from_idx" ON "functions" USING btree ("from");
  CREATE INDEX "functions_until_idx" ON "functions" USING btree ("until");
  CREATE INDEX "functions_source_idx" ON "functions" USING btree ("source");
  CREATE INDEX "functions_external_key_idx" ON "functions" USING btree ("external_key");
  CREATE INDEX "functions_updated_at_idx" ON "functions" USING btree ("updated_at");
  CREATE INDEX "functions_created_at_idx" ON "functions" USING btree ("created_at");
  CREATE UNIQUE INDEX "allocation_offices_name_idx" ON "allocation_offices" USING btree ("name");
  CREATE UNIQUE INDEX "allocation_offices_municipality_idx" ON "allocation_offices" USING btree ("municipality_id");
  CREATE INDEX "allocation_offices_contact_person_idx" ON "allocation_offices" USING btree ("contact_person_id");
  CREATE INDEX "allocation_offices_address_address_postcode_idx" ON "allocation_offices" USING btree ("address_postcode");
  CREATE INDEX "allocation_offices_address_address_city_idx" ON "allocation_offices" USING btree ("address_city");
  CREATE INDEX "allocation_offices_updated_at_idx" ON "allocation_offices" USING btree ("updated_at");
  CREATE INDEX "allocation_offices_created_at_idx" ON "allocation_offices" USING btree ("created_at");
  CREATE INDEX "postings_tenancy_idx" ON "postings" USING btree ("tenancy_id");
  CREATE INDEX "postings_date_idx" ON "postings" USING btree ("date");
  CREATE INDEX "postings_kind_idx" ON "postings" USING btree ("kind");
  CREATE INDEX "postings_period_idx" ON "postings" USING btree ("period");
  CREATE INDEX "postings_reverses_idx" ON "postings" USING btree ("reverses_id");
  CREATE INDEX "postings_source_idx" ON "postings" USING btree ("source");
  CREATE INDEX "postings_external_key_idx" ON "postings" USING btree ("external_key");
  CREATE INDEX "postings_updated_at_idx" ON "postings" USING btree ("updated_at");
  CREATE INDEX "postings_created_at_idx" ON "postings" USING btree ("created_at");
  CREATE INDEX "tenancy_date_idx" ON "postings" USING btree ("tenancy_id","date");
  CREATE INDEX "requests_answers_order_idx" ON "requests_answers" USING btree ("_order");
  CREATE INDEX "requests_answers_parent_id_idx" ON "requests_answers" USING btree ("_parent_id");
  CREATE INDEX "requests_status_idx" ON "requests" USING btree ("status");
  CREATE INDEX "requests_person_idx" ON "requests" USING btree ("person_id");
  CREATE INDEX "requests_unit_idx" ON "requests" USING btree ("unit_id");
  CREATE INDEX "requests_tenancy_idx" ON "requests" USING btree ("tenancy_id");
  CREATE INDEX "requests_updated_at_idx" ON "requests" USING btree ("updated_at");
  CREATE INDEX "requests_created_at_idx" ON "requests" USING btree ("created_at");
  CREATE INDEX "notes_object_idx" ON "notes" USING btree ("object_id");
  CREATE INDEX "notes_unit_idx" ON "notes" USING btree ("unit_id");
  CREATE INDEX "notes_tenancy_idx" ON "notes" USING btree ("tenancy_id");
  CREATE INDEX "notes_person_idx" ON "notes" USING btree ("person_id");
  CREATE INDEX "notes_author_idx" ON "notes" USING btree ("author_id");
  CREATE INDEX "notes_updated_at_idx" ON "notes" USING btree ("updated_at");
  CREATE INDEX "notes_created_at_idx" ON "notes" USING btree ("created_at");
  CREATE UNIQUE INDEX "unit_statuses_code_idx" ON "unit_statuses" USING btree ("code");
  CREATE INDEX "unit_statuses_active_idx" ON "unit_statuses" USING btree ("active");
  CREATE INDEX "unit_statuses_updated_at_idx" ON "unit_statuses" USING btree ("updated_at");
  CREATE INDEX "unit_statuses_created_at_idx" ON "unit_statuses" USING btree ("created_at");
  CREATE UNIQUE INDEX "holding_types_code_idx" ON "holding_types" USING btree ("code");
  CREATE INDEX "holding_types_updated_at_idx" ON "holding_types" USING btree ("updated_at");
  CREATE INDEX "holding_types_created_at_idx" ON "holding_types" USING btree ("created_at");
  CREATE INDEX "holding_sub_types_holding_type_idx" ON "holding_sub_types" USING btree ("holding_type_id");
  CREATE INDEX "holding_sub_types_updated_at_idx" ON "holding_sub_types" USING btree ("updated_at");
  CREATE INDEX "holding_sub_types_created_at_idx" ON "holding_sub_types" USING btree ("created_at");
  CREATE UNIQUE INDEX "rent_categories_code_idx" ON "rent_categories" USING btree ("code");
  CREATE INDEX "rent_categories_updated_at_idx" ON "rent_categories" USING btree ("updated_at");
  CREATE INDEX "rent_categories_created_at_idx" ON "rent_categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "vacancy_reasons_code_idx" ON "vacancy_reasons" USING btree ("code");
  CREATE INDEX "vacancy_reasons_updated_at_idx" ON "vacancy_reasons" USING btree ("updated_at");
  CREATE INDEX "vacancy_reasons_created_at_idx" ON "vacancy_reasons" USING btree ("created_at");
  CREATE UNIQUE INDEX "object_groups_code_idx" ON "object_groups" USING btree ("code");
  CREATE INDEX "object_groups_updated_at_idx" ON "object_groups" USING btree ("updated_at");
  CREATE INDEX "object_groups_created_at_idx" ON "object_groups" USING btree ("created_at");
  CREATE UNIQUE INDEX "interest_rates_valid_from_idx" ON "interest_rates" USING btree ("valid_from");
  CREATE INDEX "interest_rates_updated_at_idx" ON "interest_rates" USING btree ("updated_at");
  CREATE INDEX "interest_rates_created_at_idx" ON "interest_rates" USING btree ("created_at");
  CREATE UNIQUE INDEX "cost_sectors_code_idx" ON "cost_sectors" USING btree ("code");
  CREATE INDEX "cost_sectors_updated_at_idx" ON "cost_sectors" USING btree ("updated_at");
  CREATE INDEX "cost_sectors_created_at_idx" ON "cost_sectors" USING btree ("created_at");
  CREATE INDEX "function_types_applies_to_order_idx" ON "function_types_applies_to" USING btree ("order");
  CREATE INDEX "function_types_applies_to_parent_idx" ON "function_types_applies_to" USING btree ("parent_id");
  CREATE UNIQUE INDEX "function_types_code_idx" ON "function_types" USING btree ("code");
  CREATE INDEX "function_types_updated_at_idx" ON "function_types" USING btree ("updated_at");
  CREATE INDEX "function_types_created_at_idx" ON "function_types" USING btree ("created_at");
  CREATE UNIQUE INDEX "municipalities_code_idx" ON "municipalities" USING btree ("code");
  CREATE INDEX "municipalities_updated_at_idx" ON "municipalities" USING btree ("updated_at");
  CREATE INDEX "municipalities_created_at_idx" ON "municipalities" USING btree ("created_at");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_roles_id_idx" ON "users_rels" USING btree ("roles_id");
  CREATE INDEX "roles_permissions_order_idx" ON "roles_permissions" USING btree ("order");
  CREATE INDEX "roles_permissions_parent_idx" ON "roles_permissions" USING btree ("parent_id");
  CREATE UNIQUE INDEX "roles_name_idx" ON "roles" USING btree ("name");
  CREATE INDEX "roles_updated_at_idx" ON "roles" USING btree ("updated_at");
  CREATE INDEX "roles_created_at_idx" ON "roles" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_objects_id_idx" ON "payload_locked_documents_rels" USING btree ("objects_id");
  CREATE INDEX "payload_locked_documents_rels_building_parts_id_idx" ON "payload_locked_documents_rels" USING btree ("building_parts_id");
  CREATE INDEX "payload_locked_documents_rels_staircases_id_idx" ON "payload_locked_documents_rels" USING btree ("staircases_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");
  CREATE INDEX "payload_locked_documents_rels_persons_id_idx" ON "payload_locked_documents_rels" USING btree ("persons_id");
  CREATE INDEX "payload_locked_documents_rels_tenancies_id_idx" ON "payload_locked_documents_rels" USING btree ("tenancies_id");
  CREATE INDEX "payload_locked_documents_rels_functions_id_idx" ON "payload_locked_documents_rels" USING btree ("functions_id");
  CREATE INDEX "payload_locked_documents_rels_allocation_offices_id_idx" ON "payload_locked_documents_rels" USING btree ("allocation_offices_id");
  CREATE INDEX "payload_locked_documents_rels_postings_id_idx" ON "payload_locked_documents_rels" USING btree ("postings_id");
  CREATE INDEX "payload_locked_documents_rels_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("requests_id");
  CREATE INDEX "payload_locked_documents_rels_notes_id_idx" ON "payload_locked_documents_rels" USING btree ("notes_id");
  CREATE INDEX "payload_locked_documents_rels_unit_statuses_id_idx" ON "payload_locked_documents_rels" USING btree ("unit_statuses_id");
  CREATE INDEX "payload_locked_documents_rels_holding_types_id_idx" ON "payload_locked_documents_rels" USING btree ("holding_types_id");
  CREATE INDEX "payload_locked_documents_rels_holding_sub_types_id_idx" ON "payload_locked_documents_rels" USING btree ("holding_sub_types_id");
  CREATE INDEX "payload_locked_documents_rels_rent_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("rent_categories_id");
  CREATE INDEX "payload_locked_documents_rels_vacancy_reasons_id_idx" ON "payload_locked_documents_rels" USING btree ("vacancy_reasons_id");
  CREATE INDEX "payload_locked_documents_rels_object_groups_id_idx" ON "payload_locked_documents_rels" USING btree ("object_groups_id");
  CREATE INDEX "payload_locked_documents_rels_interest_rates_id_idx" ON "payload_locked_documents_rels" USING btree ("interest_rates_id");
  CREATE INDEX "payload_locked_documents_rels_cost_sectors_id_idx" ON "payload_locked_documents_rels" USING btree ("cost_sectors_id");
  CREATE INDEX "payload_locked_documents_rels_function_types_id_idx" ON "payload_locked_documents_rels" USING btree ("function_types_id");
  CREATE INDEX "payload_locked_documents_rels_municipalities_id_idx" ON "payload_locked_documents_rels" USING btree ("municipalities_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_roles_id_idx" ON "payload_locked_documents_rels" USING btree ("roles_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "settings_unit_report_menu_entries_order_idx" ON "settings_unit_report_menu_entries" USING btree ("_order");
  CREATE INDEX "settings_unit_report_menu_entries_parent_id_idx" ON "settings_unit_report_menu_entries" USING btree ("_parent_id");
  CREATE INDEX "settings_person_assignment_entries_order_idx" ON "settings_person_assignment_entries" USING btree ("_order");
  CREATE INDEX "settings_person_assignment_entries_parent_id_idx" ON "settings_person_assignment_entries" USING btree ("_parent_id");
  CREATE INDEX "settings_iban_check_modules_order_idx" ON "settings_iban_check_modules" USING btree ("order");
  CREATE INDEX "settings_iban_check_modules_parent_idx" ON "settings_iban_check_modules" USING btree ("parent_id");
  CREATE INDEX "settings_company_address_company_address_postcode_idx" ON "settings" USING btree ("company_address_postcode");
  CREATE INDEX "settings_company_address_company_address_city_idx" ON "settings" USING btree ("company_address_city");
  CREATE INDEX "settings_company_company_iban_idx" ON "settings" USING btree ("company_iban");
  CREATE INDEX "settings_company_company_logo_idx" ON "settings" USING btree ("company_logo_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "objects" CASCADE;
  DROP TABLE "objects_rels" CASCADE;
  DROP TABLE "building_parts" CASCADE;
  DROP TABLE "staircases" CASCADE;
  DROP TABLE "units_areas" CASCADE;
  DROP TABLE "units_equipment_floor_coverings" CASCADE;
  DROP TABLE "units_equipment_compartments" CASCADE;
  DROP TABLE "units" CASCADE;
  DROP TABLE "persons_contacts_labels" CASCADE;
  DROP TABLE "persons_contacts" CASCADE;
  DROP TABLE "persons_bank_accounts" CASCADE;
  DROP TABLE "persons" CASCADE;
  DROP TABLE "tenancies_assignments" CASCADE;
  DROP TABLE "tenancies_securities_bank_guarantees" CASCADE;
  DROP TABLE "tenancies_securities_savings_books" CASCADE;
  DROP TABLE "tenancies_agreed_payments" CASCADE;
  DROP TABLE "tenancies_keys" CASCADE;
  DROP TABLE "tenancies" CASCADE;
  DROP TABLE "tenancies_rels" CASCADE;
  DROP TABLE "functions" CASCADE;
  DROP TABLE "allocation_offices" CASCADE;
  DROP TABLE "postings" CASCADE;
  DROP TABLE "requests_answers" CASCADE;
  DROP TABLE "requests" CASCADE;
  DROP TABLE "notes" CASCADE;
  DROP TABLE "unit_statuses" CASCADE;
  DROP TABLE "holding_types" CASCADE;
  DROP TABLE "holding_sub_types" CASCADE;
  DROP TABLE "rent_categories" CASCADE;
  DROP TABLE "vacancy_reasons" CASCADE;
  DROP TABLE "object_groups" CASCADE;
  DROP TABLE "interest_rates" CASCADE;
  DROP TABLE "cost_sectors" CASCADE;
  DROP TABLE "function_types_applies_to" CASCADE;
  DROP TABLE "function_types" CASCADE;
  DROP TABLE "municipalities" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "roles_permissions" CASCADE;
  DROP TABLE "roles" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "settings_unit_report_menu_entries" CASCADE;
  DROP TABLE "settings_person_assignment_entries" CASCADE;
  DROP TABLE "settings_iban_check_modules" CASCADE;
  DROP TABLE "settings" CASCADE;
  DROP TYPE "public"."enum_objects_type";
  DROP TYPE "public"."enum_objects_address_country";
  DROP TYPE "public"."enum_objects_source";
  DROP TYPE "public"."enum_units_equipment_floor_coverings";
  DROP TYPE "public"."enum_units_equipment_compartments_kind";
  DROP TYPE "public"."enum_units_tenure";
  DROP TYPE "public"."enum_units_category";
  DROP TYPE "public"."enum_units_financing";
  DROP TYPE "public"."enum_units_address_country";
  DROP TYPE "public"."enum_units_equipment_balcony";
  DROP TYPE "public"."enum_units_equipment_heating";
  DROP TYPE "public"."enum_units_source";
  DROP TYPE "public"."enum_persons_contacts_labels";
  DROP TYPE "public"."enum_persons_contacts_kind";
  DROP TYPE "public"."enum_persons_kind";
  DROP TYPE "public"."enum_persons_salutation";
  DROP TYPE "public"."enum_persons_address_country";
  DROP TYPE "public"."enum_persons_source";
  DROP TYPE "public"."enum_tenancies_agreed_payments_kind";
  DROP TYPE "public"."enum_tenancies_kind";
  DROP TYPE "public"."enum_tenancies_termination_notice_by";
  DROP TYPE "public"."enum_tenancies_securities_financing_contribution_assignment";
  DROP TYPE "public"."enum_tenancies_payment_method";
  DROP TYPE "public"."enum_tenancies_subsidy_check_result";
  DROP TYPE "public"."enum_tenancies_source";
  DROP TYPE "public"."enum_functions_source";
  DROP TYPE "public"."enum_allocation_offices_address_country";
  DROP TYPE "public"."enum_postings_kind";
  DROP TYPE "public"."enum_postings_category";
  DROP TYPE "public"."enum_postings_source";
  DROP TYPE "public"."enum_requests_kind";
  DROP TYPE "public"."enum_requests_status";
  DROP TYPE "public"."enum_function_types_applies_to";
  DROP TYPE "public"."enum_municipalities_country";
  DROP TYPE "public"."enum_roles_permissions";
  DROP TYPE "public"."enum_settings_unit_report_menu_entries_key";
  DROP TYPE "public"."enum_settings_person_assignment_entries_key";
  DROP TYPE "public"."enum_settings_iban_check_modules";
  DROP TYPE "public"."enum_settings_time_zone";
  DROP TYPE "public"."enum_settings_company_address_country";`)
}
