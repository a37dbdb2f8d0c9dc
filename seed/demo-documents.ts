import sharp from 'sharp'

import { defaultTimeZone, storedDate, todayIn } from '@/lib/dates'

import type { SeedContext } from './context'
import { factories } from './factories'
import { portalPersonas, type PortalPersona } from './personas'

type Ids = Record<string, number>

export type DemoDocumentRefs = {
  staff: Record<string, { id: number }>
  objects: { simmering: { id: number }; floridsdorf: { id: number }; kreuzberg: { id: number } }
  persons: Record<PortalPersona | 'manager' | 'hotline' | 'caretaker', number>
  tenancies: { tenant: number; former: number; newTenant: number; otherObject: number }
  units: Ids
}

/**
 * The demo's document store (issue 5): portal sign-ins for every portal persona, and documents
 * with releases that exercise every rule — released and merely linked, inside and outside a
 * window, bound to an ended tenancy, the predecessor's and the successor's statements of one unit,
 * owners', a provider's and another object's documents, an object image, and published contacts
 * with public and private details. Dates are relative to the current year.
 */
export async function seedDemoDocuments(ctx: SeedContext, password: string, refs: DemoDocumentRefs) {
  const year = Number(todayIn(defaultTimeZone).slice(0, 4))
  const day = (value: string) => storedDate(value)
  const { persons, tenancies, units, objects } = refs

  for (const [persona, email] of Object.entries(portalPersonas) as Array<[PortalPersona, string]>) {
    await factories.portalUser(ctx, { email, password, person: persons[persona] })
  }

  const doc = (data: Parameters<typeof factories.document>[1], file?: Parameters<typeof factories.document>[2]) =>
    factories.document(ctx, data, file)
  const release = (data: Parameters<typeof factories.release>[1]) => factories.release(ctx, data)

  // The current tenant of 1001/001: last year's statement (released) and the contract (linked, never released).
  const tenantStatement = await doc({
    title: `Betriebskostenabrechnung ${year - 1} – Top 1`,
    category: 'operatingCosts',
    year: year - 1,
    object: objects.simmering.id,
    unit: units.tenant,
    tenancy: tenancies.tenant,
    persons: [persons.tenant],
  })
  await release({ document: tenantStatement.id, person: persons.tenant })
  await doc({
    title: 'Mietvertrag Top 1',
    category: 'contract',
    object: objects.simmering.id,
    unit: units.tenant,
    tenancy: tenancies.tenant,
    persons: [persons.tenant],
    remark: 'Original im Archiv',
  })
  const announcement = await doc({
    title: 'Ankündigung Strangsanierung',
    category: 'letter',
    year,
    object: objects.simmering.id,
  })
  // Not yet visible: the window opens next year.
  await release({ document: announcement.id, person: persons.tenant, validFrom: day(`${year + 1}-01-15`) })

  // 1001/003: the former tenant keeps their own statements inside the window; the new tenant sees only theirs.
  const formerStatement = await doc({
    title: `Betriebskostenabrechnung ${year - 1} – Top 3 (1.1.–30.6.)`,
    category: 'operatingCosts',
    year: year - 1,
    object: objects.simmering.id,
    unit: units.formerAndNew,
    tenancy: tenancies.former,
    persons: [persons.formerTenant],
  })
  await release({ document: formerStatement.id, person: persons.formerTenant, validUntil: day(`${year + 2}-12-31`) })
  const oldStatement = await doc({
    title: `Betriebskostenabrechnung ${year - 6} – Top 3`,
    category: 'operatingCosts',
    year: year - 6,
    object: objects.simmering.id,
    unit: units.formerAndNew,
    tenancy: tenancies.former,
    persons: [persons.formerTenant],
  })
  // The objection and retention window has ended.
  await release({
    document: oldStatement.id,
    person: persons.formerTenant,
    validFrom: day(`${year - 5}-05-01`),
    validUntil: day(`${year - 2}-12-31`),
  })
  const newStatement = await doc({
    title: `Betriebskostenabrechnung ${year - 1} – Top 3 (1.8.–31.12.)`,
    category: 'operatingCosts',
    year: year - 1,
    object: objects.simmering.id,
    unit: units.formerAndNew,
    tenancy: tenancies.newTenant,
    persons: [persons.newTenant],
  })
  await release({ document: newStatement.id, person: persons.newTenant })
  const welcome = await doc({
    title: 'Willkommen im Haus – Informationen für neue Mieter:innen',
    category: 'letter',
    year,
    object: objects.simmering.id,
    unit: units.formerAndNew,
    tenancy: tenancies.newTenant,
    persons: [persons.newTenant],
  })
  await release({ document: welcome.id, person: persons.newTenant, tenancy: tenancies.newTenant })

  // The house rules to the tenants of 1001, each bound to their tenancy; the former tenant's ended with the move-out.
  const houseRules = await doc({
    title: 'Hausordnung Simmeringer Hauptstraße',
    category: 'other',
    year: year - 1,
    object: objects.simmering.id,
  })
  const batch = await ctx.payload.create({
    collection: 'release-batches',
    req: ctx.req,
    data: {
      title: 'Hausordnung an die Mieter:innen 1001',
      deadline: day(`${year}-12-31`),
      recipientCount: 3,
      documentCount: 1,
      releasedBy: refs.staff.clerk.id,
    },
  })
  for (const [person, tenancy] of [
    [persons.tenant, tenancies.tenant],
    [persons.formerTenant, tenancies.former],
    [persons.newTenant, tenancies.newTenant],
  ]) {
    await release({ document: houseRules.id, person, tenancy, batch: batch.id, releasedBy: refs.staff.clerk.id })
  }

  // 1002: the owners' statement and resolution.
  const ownerStatement = await doc({
    title: `Hausgeldabrechnung ${year - 1} – Wohnpark Floridsdorf`,
    category: 'condominium',
    year: year - 1,
    object: objects.floridsdorf.id,
    unit: units.owner,
    persons: [persons.owner],
  })
  const resolution = await doc({
    title: `Beschluss der Eigentümerversammlung ${year}`,
    category: 'resolution',
    year,
    object: objects.floridsdorf.id,
  })
  for (const person of [persons.owner, persons.tenantOwner]) {
    await release({ document: resolution.id, person })
  }
  await release({ document: ownerStatement.id, person: persons.owner })

  // The service provider's maintenance plan; the allocation office gets nothing here.
  const plan = await doc({
    title: 'Wartungsplan Heizung und Sanitär',
    category: 'plan',
    year,
    object: objects.simmering.id,
    persons: [persons.provider],
  })
  await release({ document: plan.id, person: persons.provider })

  // Another object's tenant.
  const otherStatement = await doc({
    title: `Betriebskostenabrechnung ${year - 1} – WE 1`,
    category: 'operatingCosts',
    year: year - 1,
    object: objects.kreuzberg.id,
    unit: units.otherObject,
    tenancy: tenancies.otherObject,
    persons: [persons.otherObject],
  })
  await release({ document: otherStatement.id, person: persons.otherObject })

  // An image of 1001 for the portal, and the published contacts (F-31).
  const picture = await sharp({ create: { width: 64, height: 40, channels: 3, background: '#6b8fa3' } })
    .png()
    .toBuffer()
  const image = await doc(
    { title: 'Ansicht Simmeringer Hauptstraße', category: 'other', object: objects.simmering.id },
    { data: picture, name: 'ansicht-simmering.png', mimetype: 'image/png' },
  )
  await ctx.payload.update({
    collection: 'objects',
    id: objects.simmering.id,
    req: ctx.req,
    depth: 0,
    data: {
      portalImages: [image.id],
      portalContacts: [
        { name: 'Hotline', person: persons.hotline, audiences: ['tenants', 'owners', 'providers'] },
        { name: 'Hausbetreuung', person: persons.caretaker, audiences: ['tenants', 'providers'] },
        { name: 'Hausverwaltung', person: persons.manager, audiences: ['owners'] },
      ],
    },
  })
  await ctx.payload.update({
    collection: 'objects',
    id: objects.floridsdorf.id,
    req: ctx.req,
    depth: 0,
    data: {
      portalContacts: [
        { name: 'Hausverwaltung', person: persons.manager, audiences: ['owners'] },
        { name: 'Notdienst', audiences: ['owners', 'tenants'] },
      ],
    },
  })
  await ctx.payload.update({
    collection: 'objects',
    id: objects.kreuzberg.id,
    req: ctx.req,
    depth: 0,
    data: { portalContacts: [{ name: 'Hotline', person: persons.hotline, audiences: ['tenants'] }] },
  })
}
