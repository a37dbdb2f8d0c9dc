/**
 * The demo personas of the contract (ARCHITECTURE.md): seeded with the demo data and reused by
 * tests and benchmarks. All sign in with HAUSWERK_DEMO_PASSWORD (default `hauswerk-demo`).
 */
export const demoDomain = 'demo.hauswerk.test'

export const staffPersonas = {
  admin: { email: `admin@${demoDomain}`, name: 'Martina Berger', role: 'administrator' },
  clerk: { email: `clerk@${demoDomain}`, name: 'Clemens Huber', role: 'clerk' },
  /** The clerk's permissions without 900114: sees IBANs masked. */
  clerk2: { email: `clerk2@${demoDomain}`, name: 'Sabine Wolf', role: 'clerkWithoutBankData' },
  accounting: { email: `accounting@${demoDomain}`, name: 'Andrea Koller', role: 'accounting' },
  auditor: { email: `auditor@${demoDomain}`, name: 'Paul Steiner', role: 'auditor' },
} as const

/** Persons in the address book whose portal sign-ins come with the portal-users collection. */
export const portalPersonas = {
  tenant: `tenant@${demoDomain}`,
  formerTenant: `former-tenant@${demoDomain}`,
  newTenant: `new-tenant@${demoDomain}`,
  owner: `owner@${demoDomain}`,
  tenantOwner: `tenant-owner@${demoDomain}`,
  provider: `provider@${demoDomain}`,
  allocationOffice: `allocation-office@${demoDomain}`,
  otherObject: `other-object@${demoDomain}`,
} as const

/** Who each portal persona is in the demo data (seed/demo.ts), as `npm start` lists them. */
export const portalPersonaDescriptions: Record<keyof typeof portalPersonas, string> = {
  tenant: 'Mieterin Top 1, Simmeringer Hauptstraße',
  formerTenant: 'ehemaliger Mieter Top 3, Simmeringer Hauptstraße (im Vorjahr ausgezogen)',
  newTenant: 'Mieterin Top 3, Simmeringer Hauptstraße (seit August des Vorjahres)',
  owner: 'Eigentümerin zweier Wohnungen im Wohnpark Floridsdorf, eine davon vermietet',
  tenantOwner: 'Mieter Top 2, Simmeringer Hauptstraße, und Eigentümer einer Wohnung im Wohnpark Floridsdorf',
  provider: 'Dienstleister Installateur Huber GmbH',
  allocationOffice: 'Ansprechpartnerin der Vergabestelle Wohnservice Wien',
  otherObject: 'Mieter WE 1 in den Kreuzberger Höfen (Berlin), einem anderen Objekt',
}

export type StaffPersona = keyof typeof staffPersonas
export type PortalPersona = keyof typeof portalPersonas
