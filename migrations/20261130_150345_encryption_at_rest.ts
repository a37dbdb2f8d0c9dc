import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { dataKeyRing } from '@/db/sealed'
import { type Query, sealColumns } from '@/db/sealed-columns'

/** `$1`-style SQL through the migration's transaction. */
const queryIn =
  (db: MigrateUpArgs['db']): Query =>
  async (text, params = []) => {
    const parts = text.split(/\$(\d+)/)
    const chunks = parts.map((part, index) => (index % 2 ? sql`${params[Number(part) - 1]}` : sql.raw(part)))
    const result = await db.execute(sql.join(chunks, sql.raw('')))
    return result.rows as Record<string, unknown>[]
  }

/**
 * Encryption at rest (ADR 0063): birth dates become text holding the sealed form of what a date
 * field returns (`1985-03-14T12:00:00.000Z`), hash columns are added, and every existing IBAN,
 * BIC, birth date and non-public contact detail is encrypted in place.
 */

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "persons_bank_accounts_iban_idx";
  DROP INDEX "settings_company_company_iban_idx";
  DROP INDEX "tenancies_securities_deposit_account_securities_deposit__idx";
  DROP INDEX "tenancies_payment_sepa_mandate_payment_sepa_mandate_iban_idx";
  ALTER TABLE "persons" ALTER COLUMN "birth_date" SET DATA TYPE varchar
    USING to_char("birth_date" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
  ALTER TABLE "persons_bank_accounts" ADD COLUMN "iban_hash" varchar;
  ALTER TABLE "persons_bank_accounts" ADD COLUMN "bic_hash" varchar;
  ALTER TABLE "persons" ADD COLUMN "birth_date_hash" varchar;
  ALTER TABLE "tenancies" ADD COLUMN "securities_deposit_account_iban_hash" varchar;
  ALTER TABLE "tenancies" ADD COLUMN "securities_deposit_account_bic_hash" varchar;
  ALTER TABLE "tenancies" ADD COLUMN "payment_sepa_mandate_iban_hash" varchar;
  ALTER TABLE "tenancies" ADD COLUMN "payment_sepa_mandate_bic_hash" varchar;
  ALTER TABLE "settings" ADD COLUMN "company_iban_hash" varchar;
  ALTER TABLE "settings" ADD COLUMN "company_bic_hash" varchar;
  CREATE INDEX "persons_bank_accounts_iban_hash_idx" ON "persons_bank_accounts" USING btree ("iban_hash");
  CREATE INDEX "settings_company_company_iban_hash_idx" ON "settings" USING btree ("company_iban_hash");
  CREATE INDEX "tenancies_securities_deposit_account_securities_deposit__idx" ON "tenancies" USING btree ("securities_deposit_account_iban_hash");
  CREATE INDEX "tenancies_payment_sepa_mandate_payment_sepa_mandate_iban_idx" ON "tenancies" USING btree ("payment_sepa_mandate_iban_hash");`)
  await sealColumns(queryIn(db), dataKeyRing())
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await sealColumns(queryIn(db), dataKeyRing(), { direction: 'open' })
  await db.execute(sql`
   DROP INDEX "persons_bank_accounts_iban_hash_idx";
  DROP INDEX "settings_company_company_iban_hash_idx";
  DROP INDEX "tenancies_securities_deposit_account_securities_deposit__idx";
  DROP INDEX "tenancies_payment_sepa_mandate_payment_sepa_mandate_iban_idx";
  ALTER TABLE "persons" ALTER COLUMN "birth_date" SET DATA TYPE timestamp(3) with time zone USING "birth_date"::timestamptz;
  CREATE INDEX "persons_bank_accounts_iban_idx" ON "persons_bank_accounts" USING btree ("iban");
  CREATE INDEX "settings_company_company_iban_idx" ON "settings" USING btree ("company_iban");
  CREATE INDEX "tenancies_securities_deposit_account_securities_deposit__idx" ON "tenancies" USING btree ("securities_deposit_account_iban");
  CREATE INDEX "tenancies_payment_sepa_mandate_payment_sepa_mandate_iban_idx" ON "tenancies" USING btree ("payment_sepa_mandate_iban");
  ALTER TABLE "persons_bank_accounts" DROP COLUMN "iban_hash";
  ALTER TABLE "persons_bank_accounts" DROP COLUMN "bic_hash";
  ALTER TABLE "persons" DROP COLUMN "birth_date_hash";
  ALTER TABLE "tenancies" DROP COLUMN "securities_deposit_account_iban_hash";
  ALTER TABLE "tenancies" DROP COLUMN "securities_deposit_account_bic_hash";
  ALTER TABLE "tenancies" DROP COLUMN "payment_sepa_mandate_iban_hash";
  ALTER TABLE "tenancies" DROP COLUMN "payment_sepa_mandate_bic_hash";
  ALTER TABLE "settings" DROP COLUMN "company_iban_hash";
  ALTER TABLE "settings" DROP COLUMN "company_bic_hash";`)
}
