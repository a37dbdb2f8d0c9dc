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

export type StaffPersona = keyof typeof staffPersonas
export type PortalPersona = keyof typeof portalPersonas
