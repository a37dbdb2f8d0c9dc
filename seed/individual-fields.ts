import type { SeedContext } from './context'
import { factories } from './factories'

type Unit = { id: number; unitNumber: string }

const windowTypes = ['wood', 'plastic', 'wood_aluminium'] as const

/**
 * Demo individual fields (SPEC F-40) so that a new user sees the feature: what property managers
 * track beyond the product — a radon measurement, a key-safe code, a subsidy file number — and
 * values on the units of object 1001.
 */
export async function seedIndividualFields(ctx: SeedContext, units: Unit[]) {
  const unit = (data: Omit<Parameters<typeof factories.individualField>[1], 'module'>) =>
    factories.individualField(ctx, { module: 'units', ...data })
  await unit({
    key: 'radon_measured_on',
    type: 'date',
    label: { de: 'Radonmessung am', en: 'Radon measured on' },
    group: 'Gesundheit & Sicherheit',
    order: 10,
    inExports: true,
  })
  await unit({
    key: 'radon_level',
    type: 'number',
    decimals: 0,
    unit: 'Bq/m³',
    label: { de: 'Radonkonzentration', en: 'Radon level' },
    group: 'Gesundheit & Sicherheit',
    helpText: 'Jahresmittel; Referenzwert 300 Bq/m³.',
    order: 20,
    inExports: true,
  })
  await unit({
    key: 'key_safe_code',
    type: 'text',
    label: { de: 'Schlüsselsafe-Code', en: 'Key-safe code' },
    group: 'Zugang',
    helpText: 'Nur intern: erscheint weder im Portal noch in Exporten.',
    order: 30,
    inExports: false,
  })
  await unit({
    key: 'subsidy_file_number',
    type: 'text',
    label: { de: 'Förderakt-Zahl', en: 'Subsidy file number' },
    group: 'Förderung',
    order: 40,
    inExports: true,
  })
  await unit({
    key: 'window_type',
    type: 'choice',
    label: { de: 'Fensterart', en: 'Window type' },
    options: [
      { value: 'wood', label: { de: 'Holz', en: 'Wood' } },
      { value: 'plastic', label: { de: 'Kunststoff', en: 'Plastic' } },
      { value: 'wood_aluminium', label: { de: 'Holz-Alu', en: 'Wood-aluminium' } },
    ],
    order: 50,
    portalVisible: true,
    inExports: true,
  })
  await factories.individualField(ctx, {
    module: 'tenancies',
    key: 'pets_allowed',
    type: 'yesNo',
    label: { de: 'Haustiere erlaubt', en: 'Pets allowed' },
    portalVisible: true,
    inExports: true,
  })
  await factories.individualField(ctx, {
    module: 'objects',
    key: 'energy_certificate_valid_until',
    type: 'date',
    label: { de: 'Energieausweis gültig bis', en: 'Energy certificate valid until' },
    inExports: true,
  })
  await factories.individualField(ctx, {
    module: 'persons',
    key: 'preferred_contact_time',
    type: 'choice',
    label: { de: 'Bevorzugte Kontaktzeit', en: 'Preferred contact time' },
    options: [
      { value: 'morning', label: { de: 'vormittags', en: 'mornings' } },
      { value: 'afternoon', label: { de: 'nachmittags', en: 'afternoons' } },
    ],
  })

  for (const [index, { id }] of units.entries()) {
    const top = index + 1
    await ctx.payload.update({
      collection: 'units',
      id,
      req: ctx.req,
      depth: 0,
      data: {
        individualFields: {
          radon_measured_on: top <= 6 ? '2024-11-15' : '2025-02-03',
          radon_level: 80 + ((top * 37) % 260),
          window_type: windowTypes[top % windowTypes.length],
          ...(top <= 8 ? { subsidy_file_number: `WBF-W-1996/${String(100 + top)}` } : {}),
          ...(top % 5 === 0 ? { key_safe_code: `${4000 + top * 13}` } : {}),
        },
      },
    })
  }
}
