/** The configuration tables a fresh Hauswerk starts with (SPEC F-10); administrators edit them. */

export const unitStatuses = [
  { code: 10, text: 'vermietbar' },
  { code: 20, text: 'vermietet / genutzt' },
  { code: 50, text: 'in Sanierung' },
  { code: 100, text: 'Eigennutzung' },
  { code: 110, text: 'stillgelegt' },
  { code: 150, text: 'verkauft' },
  { code: 200, text: 'abgerissen' },
]

export const holdingTypes = [
  { code: 1, text: 'Wohnung', subTypes: ['Kleinwohnung', 'Maisonette', 'Dachgeschoßwohnung'] },
  { code: 2, text: 'Geschäftslokal', subTypes: [] },
  { code: 3, text: 'Garage', subTypes: [] },
  { code: 4, text: 'Stellplatz', subTypes: ['Tiefgaragenplatz', 'Freiplatz'] },
  { code: 5, text: 'Kellerabteil', subTypes: [] },
  { code: 6, text: 'Dachbodenabteil', subTypes: [] },
]

export const rentCategories = [
  { code: 'A', text: 'Kategorie A' },
  { code: 'B', text: 'Kategorie B' },
  { code: 'C', text: 'Kategorie C' },
  { code: 'D', text: 'Kategorie D' },
  { code: 'F', text: 'freier Mietzins' },
]

export const vacancyReasons = [
  { code: 'SAN', text: 'Sanierung', refurbishment: true },
  { code: 'VER', text: 'in Vermietung', refurbishment: false },
  { code: 'VGS', text: 'wartet auf Vergabestelle', refurbishment: false },
  { code: 'SON', text: 'Sonstiges', refurbishment: false },
]

export const objectGroups = [
  { code: 'WIEN', name: 'Wien' },
  { code: 'BERLIN', name: 'Berlin' },
  { code: 'WEG', name: 'Wohnungseigentum' },
]

export const interestRates = [
  { validFrom: '2015-01-01', rate: 0.125 },
  { validFrom: '2020-01-01', rate: 0.01 },
  { validFrom: '2023-01-01', rate: 1.5 },
  { validFrom: '2025-01-01', rate: 2.0 },
]

export const costSectors = [
  { code: 'BK', name: 'Betriebskosten' },
  { code: 'HK', name: 'Heizkosten' },
  { code: 'IK', name: 'Instandhaltung' },
  { code: 'WK', name: 'Wasser / Kanal' },
]

export const functionTypes = [
  { code: 10, name: 'Hausverwalter:in', nameEn: 'Property manager', appliesTo: ['object', 'unit'] },
  { code: 20, name: 'Hausbesorger:in', nameEn: 'Caretaker', appliesTo: ['object'] },
  { code: 30, name: 'Mieter:in', nameEn: 'Tenant', appliesTo: ['unit', 'tenancy'] },
  { code: 40, name: 'Eigentümer:in', nameEn: 'Owner', appliesTo: ['unit', 'tenancy'] },
  { code: 41, name: 'Miteigentümer:in', nameEn: 'Co-owner', appliesTo: ['unit', 'tenancy'] },
  {
    code: 50,
    name: 'Vergabeberechtigte Stelle',
    nameEn: 'Allocating party',
    appliesTo: ['unit', 'object', 'allocationOffice'],
  },
  { code: 60, name: 'Dienstleister', nameEn: 'Service provider', appliesTo: ['object', 'unit'] },
  {
    code: 70,
    name: 'Ansprechperson Vergabestelle',
    nameEn: 'Allocation office contact',
    appliesTo: ['allocationOffice'],
  },
  { code: 80, name: 'Verwaltungsbeirat', nameEn: 'Owners’ committee', appliesTo: ['object'] },
  // The manual ("Funktionen"): these four come from the accounting system (d+ RW) only and can be
  // neither added, changed nor deleted by hand; it does not say more about what each one is.
  ...([31000, 41000, 51000, 61000] as const).map((code) => ({
    code,
    name: `Bestandnehmerfunktion ${code} (aus der Buchhaltung)`,
    nameEn: `Holder function ${code} (from accounting)`,
    appliesTo: ['unit', 'tenancy'] as const,
  })),
] as const

/** Gemeindekennziffern (AT) and Gemeindeschlüssel (DE) of the larger cities. */
export const municipalities = [
  { code: '90001', name: 'Wien', state: 'Wien', country: 'AT' },
  { code: '60101', name: 'Graz', state: 'Steiermark', country: 'AT' },
  { code: '40101', name: 'Linz', state: 'Oberösterreich', country: 'AT' },
  { code: '50101', name: 'Salzburg', state: 'Salzburg', country: 'AT' },
  { code: '70101', name: 'Innsbruck', state: 'Tirol', country: 'AT' },
  { code: '20101', name: 'Klagenfurt am Wörthersee', state: 'Kärnten', country: 'AT' },
  { code: '30201', name: 'St. Pölten', state: 'Niederösterreich', country: 'AT' },
  { code: '80207', name: 'Dornbirn', state: 'Vorarlberg', country: 'AT' },
  { code: '10101', name: 'Eisenstadt', state: 'Burgenland', country: 'AT' },
  { code: '11000000', name: 'Berlin', state: 'Berlin', country: 'DE' },
  { code: '02000000', name: 'Hamburg', state: 'Hamburg', country: 'DE' },
  { code: '09162000', name: 'München', state: 'Bayern', country: 'DE' },
] as const
