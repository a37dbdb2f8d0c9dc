/**
 * `npm run generate -- --units 220000 [--seed N] [--out dir] [--as-of YYYY-MM-DD] [--months 36]
 * [--full] [--only units,tenancies] [--individual-fields N]`: writes a realistic dataset as import
 * files, and the document store as bulk-load files (see docs/import.md, "Generator"). The
 * benchmarks of later issues use it.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { generate } from '@/generate'
import { defaultTimeZone, todayIn } from '@/lib/dates'

const { values } = parseArgs({
  options: {
    units: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'generated' },
    'as-of': { type: 'string' },
    months: { type: 'string', default: '36' },
    full: { type: 'boolean', default: false },
    only: { type: 'string', default: '' },
    'individual-fields': { type: 'string', default: '0' },
  },
})
const units = Number(values.units)
const seed = Number(values.seed)
const months = Number(values.months)
const asOf = values['as-of'] ?? todayIn(defaultTimeZone)
const individualFields = Number(values['individual-fields'])
if (
  !Number.isInteger(units) ||
  units < 1 ||
  !Number.isInteger(seed) ||
  !Number.isInteger(months) ||
  months < 0 ||
  !Number.isInteger(individualFields) ||
  individualFields < 0 ||
  !/^\d{4}-\d{2}-\d{2}$/.test(asOf)
) {
  console.error(
    'usage: npm run generate -- --units N [--seed N] [--out dir] [--as-of YYYY-MM-DD] [--months N] [--full] [--only kinds] [--individual-fields N]',
  )
  process.exit(2)
}
const started = Date.now()
const result = await generate({
  units,
  seed,
  months,
  asOf,
  out: path.resolve(values.out!),
  full: values.full!,
  only: values.only ? values.only.split(',') : [],
  individualFields,
})
for (const file of result.files)
  console.log(`${path.relative(process.cwd(), file.file).padEnd(40)} ${String(file.rows).padStart(10)} rows`)
if (result.definitionsFile)
  console.log(
    `${path.relative(process.cwd(), result.definitionsFile).padEnd(40)} ${String(individualFields).padStart(10)} definitions`,
  )
console.log(
  `${result.objects} objects, ${result.units} units, seed ${seed}, as of ${asOf}, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
)
