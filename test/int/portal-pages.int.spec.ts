import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { P } from '@/constants/permissions'
import { idOf } from '@/fields/relationship'
import { addDays, addMonths, defaultTimeZone, todayIn } from '@/lib/dates'
import { mintSeeAsToken, readSeeAsToken, seeAsCookieName, seeAsLifetimeSeconds, seeAsUser } from '@/auth/see-as'
import { contractData, contractDataOffered } from '@/portal/models/contract.server'
import { listDocuments } from '@/portal/models/documents.server'
import { ownerOverview } from '@/portal/models/owner.server'
import { accountStatement, neutralizeCell, statementCsv } from '@/portal/models/statement.server'

import { testPayload } from '../helpers/payload'
import {
  actorWithPermissions,
  personOfPersona,
  portalActor,
  portalUser,
  staffToken,
  staffUser,
} from '../helpers/personas'
import { request } from '../helpers/rest'

/**
 * The model functions behind the portal pages (F-51, F-55, F-58, F-82, F-23), per persona, with
 * the figures worked out by hand from the demo seed (seed/demo.ts): 24 months of postings up to
 * this month, a payment for every month but this one, and for the tenant's flat one reversed
 * charge six months ago replaced by one 20,00 € lower.
 */

const thisMonth = `${todayIn(defaultTimeZone).slice(0, 7)}-01`

async function tenancyByReference(payload: Payload, reference: string) {
  const { docs } = await payload.find({
    collection: 'tenancies',
    where: { reference: { equals: reference } },
    depth: 0,
    limit: 1,
  })
  return docs[0]
}

describe('contract data (F-51)', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  it('tenant: the flat with the upcoming rent change marked, the SEPA mandate masked, the portal fields', async () => {
    const user = await portalUser(payload, 'tenant')
    const contracts = await contractData(payload, user)
    const flat = contracts.find((contract) => contract.reference === 'MV-1001/001')
    expect(flat).toMatchObject({ kind: 'tenant', state: 'current', moveIn: '2019-04-01', moveOut: null })
    const nextMonth = addMonths(thisMonth, 1)
    expect(flat?.payments).toEqual(
      expect.arrayContaining([
        { kind: 'rent', cents: 61240, validFrom: '2019-04-01', validUntil: addDays(nextMonth, -1), upcoming: false },
        { kind: 'rent', cents: 63120, validFrom: nextMonth, validUntil: null, upcoming: true },
        { kind: 'operatingCosts', cents: 17147, validFrom: '2019-04-01', validUntil: null, upcoming: false },
      ]),
    )
    expect(flat?.sepa).toEqual({
      reference: 'HW-1001-001-2019',
      signedOn: '2019-03-15',
      iban: 'AT61 **** **** **** 3201',
      accountHolder: 'Anna Gruber',
    })
    expect(JSON.stringify(contracts)).not.toContain('AT611904300234573201')
    // The unit's window type is marked for the portal; its radon level and key-safe code are not.
    expect(flat?.fields.map((field) => field.key)).toEqual(['window_type'])
    const english = await contractData(payload, user, { language: 'en' })
    expect(english.find((contract) => contract.reference === 'MV-1001/001')?.fields[0].label).toBe('Window type')
  })

  it('former tenant: the ended tenancy, as former', async () => {
    const contracts = await contractData(payload, await portalUser(payload, 'formerTenant'))
    expect(contracts.map((contract) => [contract.reference, contract.state])).toEqual([['MV-1001/003-a', 'former']])
    expect(contracts[0].moveOut).toBe(`${Number(thisMonth.slice(0, 4)) - 1}-06-30`)
  })

  it('new tenant, owner, other object: only their own contracts', async () => {
    const newTenant = await contractData(payload, await portalUser(payload, 'newTenant'))
    expect(newTenant.every((contract) => contract.kind === 'tenant' && contract.state === 'current')).toBe(true)
    expect(newTenant.map((contract) => contract.unitNumber)).not.toContain('1001/001')
    const owner = await contractData(payload, await portalUser(payload, 'owner'))
    expect(owner.length).toBe(2)
    expect(owner.every((contract) => contract.kind === 'owner' && contract.sepa === null)).toBe(true)
    const other = await contractData(payload, await portalUser(payload, 'otherObject'))
    expect(other.map((contract) => contract.reference)).toEqual([expect.stringMatching(/^MV-2001\//)])
    expect(other[0].sepa?.iban).toBe('DE89 **** **** **** **30 00')
  })

  it('tenant-owner: the role switch shows one scope at a time (F-82)', async () => {
    const user = await portalUser(payload, 'tenantOwner')
    const all = await contractData(payload, user)
    expect(new Set(all.map((contract) => contract.kind))).toEqual(new Set(['tenant', 'owner']))
    expect((await contractData(payload, user, { scope: 'tenant' })).every((c) => c.kind === 'tenant')).toBe(true)
    expect((await contractData(payload, user, { scope: 'owner' })).every((c) => c.kind === 'owner')).toBe(true)
  })

  it('is offered only while the setting says so', async () => {
    expect(await contractDataOffered(payload)).toBe(true)
    await payload.updateGlobal({ slug: 'settings', data: { contractDataViewEnabled: false } })
    try {
      expect(await contractDataOffered(payload)).toBe(false)
    } finally {
      await payload.updateGlobal({ slug: 'settings', data: { contractDataViewEnabled: true } })
    }
  })
})

describe('account statement (F-58)', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  it('tenant: running balance by hand, reversal and reversed charge hidden', async () => {
    const user = await portalUser(payload, 'tenant')
    const flat = await tenancyByReference(payload, 'MV-1001/001')
    const { statements, tenancies } = await accountStatement(payload, user)
    expect(tenancies.length).toBe(2)
    const statement = statements.find((entry) => entry.tenancyId === flat.id)!
    // 24 months: 23 charges of 612,40 and the corrected 592,40; 23 payments of 612,40.
    const charges = statement.lines.filter((line) => line.kind === 'charge')
    const payments = statement.lines.filter((line) => line.kind === 'payment')
    expect(charges.length).toBe(24)
    expect(payments.length).toBe(23)
    expect(charges.filter((line) => line.cents === 59240).length).toBe(1)
    expect(statement.chargesCents).toBe(23 * 61240 + 59240)
    expect(statement.paymentsCents).toBe(23 * 61240)
    expect(statement.closingCents).toBe(59240)
    expect(statement.lines.at(-1)?.balanceCents).toBe(59240)
    expect(statement.lines.some((line) => line.text.startsWith('Storno'))).toBe(false)
    const reversal = (
      await payload.find({ collection: 'postings', where: { kind: { equals: 'reversal' } }, depth: 0, limit: 1 })
    ).docs[0]
    expect(statement.lines.map((line) => line.id)).not.toContain(idOf(reversal.reverses))
    // The running balance is the sum so far, line by line.
    let running = 0
    for (const line of statement.lines) {
      running += line.kind === 'charge' ? line.cents : -line.cents
      expect(line.balanceCents).toBe(running)
    }
    // The parking space: 24 charges of 95,00, 23 payments.
    expect(statements.find((entry) => entry.tenancyId !== flat.id)?.closingCents).toBe(9500)
  })

  it('a period: the balance before it carries over', async () => {
    const user = await portalUser(payload, 'tenant')
    const flat = await tenancyByReference(payload, 'MV-1001/001')
    const from = addMonths(thisMonth, -2)
    const to = addDays(thisMonth, -1)
    const { statements } = await accountStatement(payload, user, { from, to, tenancy: flat.id })
    expect(statements.length).toBe(1)
    const [statement] = statements
    // Up to three months ago: 21 charges (one of them 20,00 lower) and 21 payments → a credit of 20,00.
    expect(statement.openingCents).toBe(-2000)
    expect(statement.lines.map((line) => line.kind)).toEqual(['charge', 'payment', 'charge', 'payment'])
    expect(statement.closingCents).toBe(-2000)
    expect(statement.lines.every((line) => line.date >= from && line.date <= to)).toBe(true)
  })

  it('another person’s tenancy id selects nothing; other personas see only their own', async () => {
    const flat = await tenancyByReference(payload, 'MV-1001/001')
    const other = await accountStatement(payload, await portalUser(payload, 'otherObject'), { tenancy: flat.id })
    expect(other.statements).toEqual([])
    const former = await accountStatement(payload, await portalUser(payload, 'formerTenant'))
    expect(former.statements.map((entry) => entry.lines.length)).toEqual([0])
    const newTenant = await accountStatement(payload, await portalUser(payload, 'newTenant'))
    expect(newTenant.statements.every((entry) => entry.tenancyId !== flat.id)).toBe(true)
    expect(newTenant.statements.some((entry) => entry.lines.length > 0)).toBe(true)
    // Owners are charged nothing in the demo data: their own account is empty.
    const owner = await accountStatement(payload, await portalUser(payload, 'owner'))
    expect(owner.statements.flatMap((entry) => entry.lines)).toEqual([])
  })

  it('CSV: BOM, semicolons, German numbers and dates, formula cells neutralised', async () => {
    const user = await portalUser(payload, 'tenant')
    const flat = await tenancyByReference(payload, 'MV-1001/001')
    const { statements } = await accountStatement(payload, user, { tenancy: flat.id })
    const labels = {
      headers: ['Einheit', 'Datum', 'Art', 'Kategorie', 'Text', 'Vorschreibung', 'Zahlung', 'Saldo'],
      kinds: { charge: 'Vorschreibung', payment: 'Zahlung' },
      categories: { rent: 'Hauptmietzins' },
      opening: 'Saldo am Beginn',
    } as const
    const csv = statementCsv(statements, { ...labels, headers: [...labels.headers] })
    expect(csv.startsWith('\uFEFFEinheit;Datum;Art;Kategorie;Text;Vorschreibung;Zahlung;Saldo\r\n')).toBe(true)
    expect(csv).toContain(';Vorschreibung;Hauptmietzins;')
    expect(csv).toMatch(/;\d{2}\.\d{2}\.\d{4};Zahlung;Hauptmietzins;Zahlung \d{4}-\d{2};;612,40;/)
    expect(csv.trimEnd().endsWith(';592,40')).toBe(true)
    const injected = statementCsv(
      [{ ...statements[0], lines: [{ ...statements[0].lines[0], text: '=HYPERLINK("http://x")' }] }],
      { ...labels, headers: [...labels.headers] },
    )
    expect(injected).toContain(`"'=HYPERLINK(""http://x"")"`)
    expect(neutralizeCell('-1+2')).toBe("'-1+2")
    expect(neutralizeCell('Miete')).toBe('Miete')
  })
})

describe('owner overview (F-55)', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  it('owner: their two units, target and actual of the let one per month, no tenant data', async () => {
    const user = await portalUser(payload, 'owner')
    const overview = await ownerOverview(payload, user)
    expect(overview).not.toBeNull()
    const units = overview!.objects.flatMap((object) => object.units.map((unit) => unit.id))
    const owned = (
      await payload.find({
        collection: 'tenancies',
        where: {
          and: [{ holders: { equals: await personOfPersona(payload, 'owner') } }, { kind: { equals: 'owner' } }],
        },
        depth: 0,
        pagination: false,
      })
    ).docs.map((tenancy) => idOf(tenancy.unit) as number)
    expect(units.sort()).toEqual(owned.sort())
    // The first flat is let at 820,00 since 2022: 12 months charged, paid but for this month.
    expect(overview!.months.length).toBe(12)
    expect(overview!.months[0].month).toBe(addMonths(thisMonth, -11).slice(0, 7))
    expect(overview!.openingArrearsCents).toBe(0)
    expect(overview!.months.map((month) => month.targetCents)).toEqual(Array(12).fill(82000))
    expect(overview!.months.map((month) => month.actualCents)).toEqual([...Array(11).fill(82000), 0])
    expect(overview!.months.at(-1)?.arrearsCents).toBe(82000)
    expect(overview!.vacantUnits).toEqual([])
    expect(overview!.newLettings).toEqual([])
    // Nothing of the tenant: no name, no posting text.
    const tenants = await payload.find({
      collection: 'tenancies',
      where: { and: [{ kind: { equals: 'tenant' } }, { unit: { in: owned } }] },
      depth: 1,
      pagination: false,
    })
    const names = tenants.docs.flatMap((tenancy) =>
      (tenancy.holders ?? []).map((holder) => (typeof holder === 'object' ? holder.lastName : '')),
    )
    expect(names.length).toBeGreaterThan(0)
    const json = JSON.stringify(overview)
    for (const name of names) if (name) expect(json).not.toContain(name)
    expect(json).not.toContain('Zahlung')
  })

  it('tenant-owner: the new letting of their unit; vacancies of their units count; others’ units never', async () => {
    const user = await portalUser(payload, 'tenantOwner')
    const overview = await ownerOverview(payload, user)
    const [unit] = overview!.objects.flatMap((object) => object.units)
    const year = Number(thisMonth.slice(0, 4))
    const letOn = `${year}-02-01`
    const inWindow = letOn >= addMonths(thisMonth, -11) && letOn <= todayIn(defaultTimeZone)
    expect(overview!.newLettings).toEqual(
      inWindow ? [{ unitNumber: unit.unitNumber, objectName: expect.any(String), moveIn: letOn }] : [],
    )
    for (const month of overview!.months) {
      const charged = inWindow && `${month.month}-01` >= letOn
      expect(month.targetCents).toBe(charged ? 76000 : 0)
      expect(month.actualCents).toBe(charged && `${month.month}-01` < thisMonth ? 76000 : 0)
    }
    // A vacancy on a unit the owner persona owns shows for that owner only.
    const owner = await ownerOverview(payload, await portalUser(payload, 'owner'))
    const free = owner!.objects.flatMap((object) => object.units).find((entry) => !entry.vacant)!
    const other = await payload.find({
      collection: 'tenancies',
      where: { and: [{ unit: { equals: free.id } }, { kind: { equals: 'tenant' } }] },
      depth: 0,
    })
    if (other.docs.length === 0) {
      await payload.create({
        collection: 'tenancies',
        data: { unit: free.id, kind: 'vacancy', moveIn: `${addMonths(thisMonth, -1)}T12:00:00.000Z` },
      })
      const after = await ownerOverview(payload, await portalUser(payload, 'owner'))
      expect(after!.vacantUnits.map((entry) => entry.unitNumber)).toEqual([free.unitNumber])
      const again = await ownerOverview(payload, user)
      expect(again!.vacantUnits).toEqual([])
    }
  })

  it('tenants, former and new tenants, the other object, and the tenant scope: no owner overview', async () => {
    for (const persona of ['tenant', 'formerTenant', 'newTenant', 'otherObject'] as const) {
      expect(await ownerOverview(payload, await portalUser(payload, persona)), persona).toBeNull()
    }
    expect(await ownerOverview(payload, await portalUser(payload, 'tenantOwner'), 'tenant')).toBeNull()
  })
})

describe('the role switch on documents (F-82)', () => {
  it('tenant-owner: each scope lists only documents of that role (or of the person alone)', async () => {
    const payload = await testPayload()
    const user = await portalUser(payload, 'tenantOwner')
    const all = (await listDocuments(payload, user, {})).docs.map((doc) => doc.id)
    const tenant = (await listDocuments(payload, user, {}, 'tenant')).docs.map((doc) => doc.id)
    const owner = (await listDocuments(payload, user, {}, 'owner')).docs.map((doc) => doc.id)
    expect(all.length).toBeGreaterThan(0)
    for (const id of [...tenant, ...owner]) expect(all).toContain(id)
    const held = await payload.find({
      collection: 'tenancies',
      where: { holders: { equals: await personOfPersona(payload, 'tenantOwner') } },
      depth: 1,
      pagination: false,
    })
    const kindOf = new Map(held.docs.map((tenancy) => [tenancy.id, tenancy.kind]))
    const objectOf = (kind: string) =>
      new Set(
        held.docs
          .filter((tenancy) => tenancy.kind === kind)
          .map((tenancy) => (typeof tenancy.unit === 'object' ? idOf(tenancy.unit.object) : null)),
      )
    const docs = await payload.find({
      collection: 'documents',
      where: { id: { in: all } },
      depth: 0,
      pagination: false,
    })
    for (const doc of docs.docs) {
      const tenancy = idOf(doc.tenancy) as number | null
      const object = idOf(doc.object) as number | null
      const belongs = (kind: string) =>
        tenancy ? kindOf.get(tenancy) === kind : object && !doc.unit ? objectOf(kind).has(object) : true
      if (!doc.unit || tenancy) {
        expect(tenant.includes(doc.id), `${doc.title} in the tenant scope`).toBe(Boolean(belongs('tenant')))
        expect(owner.includes(doc.id), `${doc.title} in the owner scope`).toBe(Boolean(belongs('owner')))
      }
    }
  })
})

describe('"see as" (F-23)', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  it('the token: signed, at most 10 minutes, tamper-proof', () => {
    const now = Date.now()
    const token = mintSeeAsToken(3, 42, now)
    expect(readSeeAsToken(token, now)).toEqual({
      staffUserId: 3,
      personId: 42,
      expiresAt: Math.floor(now / 1000) + seeAsLifetimeSeconds,
    })
    expect(seeAsLifetimeSeconds).toBeLessThanOrEqual(600)
    expect(readSeeAsToken(token, now + (seeAsLifetimeSeconds + 1) * 1000)).toBeNull()
    const [body, signature] = token.split('.')
    const forged = Buffer.from(JSON.stringify({ s: 3, p: 43, e: Math.floor(now / 1000) + 60 })).toString('base64url')
    expect(readSeeAsToken(`${forged}.${signature}`, now)).toBeNull()
    expect(readSeeAsToken(`${body}.${signature.slice(0, -2)}xx`, now)).toBeNull()
    expect(readSeeAsToken('garbage', now)).toBeNull()
    // Minted for later than allowed (another secret holder's mistake): refused too.
    expect(readSeeAsToken(mintSeeAsToken(3, 42, now + 3_600_000), now)).toBeNull()
  })

  it('the endpoint checks user and permission first, then sets the portal’s see-as cookie', async () => {
    const person = await personOfPersona(payload, 'tenant')
    const clerk = await staffUser(payload, 'clerk')
    const ok = await request('POST', `/persons/${person}/see-as`, { token: await staffToken('clerk') })
    expect(ok.status).toBe(303)
    expect(ok.headers.get('Location')).toBe('/')
    const cookie = ok.headers.get('Set-Cookie') ?? ''
    expect(cookie).toMatch(new RegExp(`^${seeAsCookieName}=[^;]+; Path=/; Max-Age=600; SameSite=Lax; HttpOnly`))
    const token = decodeURIComponent(cookie.split(';')[0].split('=').slice(1).join('='))
    expect(readSeeAsToken(token)).toMatchObject({ staffUserId: clerk.id, personId: person })

    const without = await actorWithPermissions(payload, [P.personsRead])
    expect((await request('POST', `/persons/${person}/see-as`, { token: without.token })).status).toBe(403)
    const portal = await portalActor(payload, 'tenant')
    expect((await request('POST', `/persons/${person}/see-as`, { token: portal.token })).status).toBe(403)
    expect((await request('POST', `/persons/${person}/see-as`)).status).toBe(403)
    expect((await request('POST', `/persons/999999/see-as`, { token: await staffToken('clerk') })).status).toBe(404)
  })

  it('the see-as user reads the pages’ data read-only, with the IBAN masked', async () => {
    const person = await personOfPersona(payload, 'tenant')
    const user = await seeAsUser(payload, await staffUser(payload, 'clerk'), person)
    const contracts = await contractData(payload, user)
    expect(contracts.find((contract) => contract.reference === 'MV-1001/001')?.sepa?.iban).toBe(
      'AT61 **** **** **** 3201',
    )
    const own = await accountStatement(payload, await portalUser(payload, 'tenant'))
    expect((await accountStatement(payload, user)).statements).toEqual(own.statements)
  })
})
