import type { IndividualFieldDefinition } from '@/lib/individual-fields/types'

import type { Random } from './random'
import { dayAfter, germanDate, germanDecimal } from './values'
import type { GenUnit } from './world'

/**
 * What a generated value is drawn from: the unit, its number in the whole dataset, the copy of
 * the catalogue the field belongs to (1, 2, …), and a seeded random.
 */
type ValueContext = { unit: GenUnit; serial: number; round: number; random: Random; asOf: string }

type Template = Omit<IndividualFieldDefinition, 'module' | 'order'> & {
  /** The CSV cell as the accounting export writes it (German numbers and dates, ja/nein), or null. */
  value: (context: ValueContext) => string | null
}

const option = (value: string, de: string, en: string) => ({ value, label: { de, en } })

/** One of the values, each with its weight's share of the chance. */
function weighted<T>(random: Random, values: readonly T[], weights: readonly number[]): T {
  let roll = random.next() * weights.reduce((sum, weight) => sum + weight, 0)
  for (const [index, weight] of weights.entries()) {
    roll -= weight
    if (roll < 0) return values[index]
  }
  return values[values.length - 1]
}

const heatingSystems = [
  option('district_heating', 'Fernwärme', 'District heating'),
  option('gas_floor', 'Gasetagenheizung', 'Gas, per flat'),
  option('gas_central', 'Gas-Zentralheizung', 'Gas, central'),
  option('electric', 'Elektroheizung', 'Electric'),
  option('heat_pump', 'Wärmepumpe', 'Heat pump'),
]
const energyClasses = [
  option('a_plus_plus', 'A++', 'A++'),
  option('a_plus', 'A+', 'A+'),
  option('a', 'A', 'A'),
  option('b', 'B', 'B'),
  option('c', 'C', 'C'),
  option('d', 'D', 'D'),
  option('e', 'E', 'E'),
  option('f', 'F', 'F'),
  option('g', 'G', 'G'),
]
const extras = [
  option('lift', 'Lift', 'Lift'),
  option('bike_room', 'Fahrradraum', 'Bike room'),
  option('storage_room', 'Einlagerungsraum', 'Storage room'),
  option('garden_share', 'Gartenanteil', 'Garden share'),
  option('ev_charger', 'E-Ladestation', 'EV charger'),
]
const renovationParts = [
  option('windows', 'Fenster', 'Windows'),
  option('bathroom', 'Bad', 'Bathroom'),
  option('kitchen', 'Küche', 'Kitchen'),
  option('electrics', 'Elektrik', 'Electrics'),
  option('floors', 'Böden', 'Floors'),
]

/** Picks each option with its own chance; the cell lists them with `|`, as exports of several choices do. */
function several(random: Random, options: Array<{ value: string }>, chance: number): string | null {
  const picked = options.filter(() => random.chance(chance)).map((entry) => entry.value)
  return picked.length ? picked.join('|') : null
}

const dayWithin = (random: Random, asOf: string, days: number) => dayAfter(asOf, -random.int(0, days))

/**
 * What property managers track beyond the product (issue 6's examples and their kind), two of
 * every type, in an order that mixes the types. `--individual-fields N` takes the first N and
 * starts over with numbered copies (`radon_level_2`) when N is larger.
 */
const catalogue: Template[] = [
  {
    key: 'electricity_meter_point',
    type: 'text',
    label: { de: 'Zählpunkt Strom', en: 'Electricity metering point' },
    group: 'Zähler',
    // One per unit, unique in the dataset: the benchmark filters one unit by it.
    value: ({ serial, round }) => `AT00100000000000000${round}${String(serial).padStart(13, '0')}`,
  },
  {
    key: 'radon_level',
    type: 'number',
    decimals: 0,
    unit: 'Bq/m³',
    label: { de: 'Radonkonzentration', en: 'Radon level' },
    group: 'Gesundheit & Sicherheit',
    value: ({ random }) => (random.chance(0.7) ? String(random.int(20, 600)) : null),
  },
  {
    key: 'radon_measured_on',
    type: 'date',
    label: { de: 'Radonmessung am', en: 'Radon measured on' },
    group: 'Gesundheit & Sicherheit',
    value: ({ random, asOf }) => (random.chance(0.7) ? germanDate(dayWithin(random, asOf, 5 * 365)) : null),
  },
  {
    key: 'key_safe',
    type: 'yesNo',
    label: { de: 'Schlüsselsafe vorhanden', en: 'Key safe present' },
    group: 'Zugang',
    value: ({ random }) => (random.chance(0.2) ? 'ja' : 'nein'),
  },
  {
    key: 'heating_system',
    type: 'choice',
    label: { de: 'Heizungsart', en: 'Heating system' },
    group: 'Technik',
    options: heatingSystems,
    // Vienna's mix: mostly district heating and gas per flat.
    value: ({ random }) => weighted(random, heatingSystems, [40, 30, 15, 10, 5]).value,
  },
  {
    key: 'equipment_extras',
    type: 'choices',
    label: { de: 'Zusatzausstattung', en: 'Extra equipment' },
    group: 'Ausstattung',
    options: extras,
    value: ({ random }) => several(random, extras, 0.3),
  },
  {
    key: 'handover_notes',
    type: 'longText',
    label: { de: 'Übergabenotizen', en: 'Handover notes' },
    group: 'Übergabe',
    value: ({ random, unit }) =>
      random.chance(0.25)
        ? `Übergabe Top ${unit.topNumber}: ${random.pick(['Wände frisch gestrichen', 'Bad neu verfliest', 'Boden abgeschliffen'])}.\n${random.pick(['Keine Mängel.', 'Kleine Kratzer im Parkett.', 'Fensterdichtung tauschen.'])}`
        : null,
  },
  {
    key: 'key_safe_code',
    type: 'text',
    label: { de: 'Schlüsselsafe-Code', en: 'Key-safe code' },
    group: 'Zugang',
    value: ({ random }) => (random.chance(0.2) ? String(random.int(1000, 9999)) : null),
  },
  {
    key: 'cold_water_reading',
    type: 'number',
    decimals: 3,
    unit: 'm³',
    label: { de: 'Zählerstand Kaltwasser', en: 'Cold water meter reading' },
    group: 'Zähler',
    value: ({ random }) => germanDecimal(random.int(0, 250_000_000), 3),
  },
  {
    key: 'smoke_detector_checked_on',
    type: 'date',
    label: { de: 'Rauchmelder geprüft am', en: 'Smoke detector checked on' },
    group: 'Gesundheit & Sicherheit',
    value: ({ random, asOf }) => germanDate(dayWithin(random, asOf, 3 * 365)),
  },
  {
    key: 'bathroom_barrier_free',
    type: 'yesNo',
    label: { de: 'Bad barrierefrei', en: 'Barrier-free bathroom' },
    group: 'Ausstattung',
    value: ({ random }) => (random.chance(0.1) ? 'ja' : 'nein'),
  },
  {
    key: 'energy_class',
    type: 'choice',
    label: { de: 'Energieklasse', en: 'Energy class' },
    group: 'Technik',
    options: energyClasses,
    value: ({ random }) => weighted(random, energyClasses, [1, 3, 8, 20, 25, 20, 12, 7, 4]).value,
  },
  {
    key: 'renovations',
    type: 'choices',
    label: { de: 'Sanierungen', en: 'Renovations' },
    group: 'Ausstattung',
    options: renovationParts,
    value: ({ random }) => several(random, renovationParts, 0.2),
  },
  {
    key: 'defects_notes',
    type: 'longText',
    label: { de: 'Mängel (intern)', en: 'Defects (internal)' },
    group: 'Übergabe',
    value: ({ random }) =>
      random.chance(0.1)
        ? `${random.pick(['Feuchtigkeit im Bad', 'Riss in der Fassade', 'Türschloss klemmt'])}; gemeldet.`
        : null,
  },
]

export type GenFieldDefinition = IndividualFieldDefinition & { round: number; value: Template['value'] }

/** The first `count` fields of the catalogue (numbered copies after the 14th), in order. */
export function individualFieldDefinitions(count: number): GenFieldDefinition[] {
  return Array.from({ length: count }, (_, index) => {
    const template = catalogue[index % catalogue.length]
    const round = Math.floor(index / catalogue.length) + 1
    return {
      ...template,
      module: 'units' as const,
      key: round === 1 ? template.key : `${template.key}_${round}`,
      label:
        round === 1 ? template.label : { de: `${template.label.de} (${round})`, en: `${template.label.en} (${round})` },
      order: (index + 1) * 10,
      inExports: true,
      round,
    }
  })
}

/** The definitions as the `individual-field-definitions` collection takes them (data for `payload.create`). */
export function definitionData(definitions: GenFieldDefinition[]) {
  return definitions.map(({ value: _value, round: _round, ...definition }) => definition)
}
