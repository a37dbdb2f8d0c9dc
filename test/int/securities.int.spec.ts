import { createLocalReq, Forbidden, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { P } from '@/constants/permissions'
import { storedDate } from '@/lib/dates'
import { tenancySecurities } from '@/collections/tenancies/tenancy-securities'
import { type SeedContext, seedContext } from '@/seed/context'
import { factories } from '@/seed/factories'

import { demo } from '../helpers/demo'
import { problemsOf, runImport, scratch, writeImport } from '../helpers/import-files'
import { testPayload } from '../helpers/payload'
import { actorWithPermissions, as, portalToken, staffToken, staffUser } from '../helpers/personas'
import { rest } from '../helpers/rest'

let payload: Payload
let ctx: SeedContext

beforeAll(async () => {
  payload = await testPayload()
  ctx = await seedContext(payload)
})

const objectByKey = async (key: string) =>
  (await payload.find({ collection: 'objects', where: { externalKey: { equals: key } }, depth: 0, limit: 1 })).docs[0]

describe('occupancy dates: importable, owned by staff (ADR 0062)', () => {
  it('are written on create, fill an empty date later, and never overwrite one', async () => {
    const dir = scratch()
    const header = 'key;number;name;type;occupancyPermitDate;firstOccupancyDate'
    const first = writeImport(dir, 'objects-1.csv', [
      header,
      'O-OCC-1;OCC1;Wohnhausanlage Kaiserebersdorf;rental;15.10.2009;01.03.2010',
      'O-OCC-2;OCC2;Wohnpark Stammersdorf;rental;;',
    ])
    const created = await runImport(payload, first)
    expect(created.status, problemsOf(created).join('\n')).toBe('imported')
    expect(await objectByKey('O-OCC-1')).toMatchObject({
      occupancyPermitDate: storedDate('2009-10-15'),
      firstOccupancyDate: storedDate('2010-03-01'),
    })

    // Staff correct an imported object's date: not owned by accounting, so allowed.
    const clerk = await staffUser(payload, 'clerk')
    const one = await objectByKey('O-OCC-1')
    await payload.update({
      collection: 'objects',
      id: one.id,
      data: { firstOccupancyDate: '2010-04-01' },
      ...as({ user: clerk }),
    })

    const second = writeImport(dir, 'objects-2.csv', [
      header,
      'O-OCC-1;OCC1;Wohnhausanlage Kaiserebersdorf;rental;01.01.2009;01.03.2010',
      'O-OCC-2;OCC2;Wohnpark Stammersdorf;rental;2016-05-02;2016-09-01',
    ])
    const report = await runImport(payload, second)
    expect(report.status, problemsOf(report).join('\n')).toBe('imported')
    expect(report.updated).toBe(1)
    expect(await objectByKey('O-OCC-1')).toMatchObject({
      occupancyPermitDate: storedDate('2009-10-15'),
      firstOccupancyDate: storedDate('2010-04-01'),
    })
    expect(await objectByKey('O-OCC-2')).toMatchObject({
      occupancyPermitDate: storedDate('2016-05-02'),
      firstOccupancyDate: storedDate('2016-09-01'),
    })
    // A rerun changes nothing.
    expect((await runImport(payload, second)).updated).toBe(0)
  })
})

describe('a tenancy’s deposit payout and financing-contribution repayment, read as staff', () => {
  let tenancyId: number

  beforeAll(async () => {
    // The demo's rates (seed/configuration-data.ts): 2 % from 01.01.2025.
    const object = await factories.object(ctx, { firstOccupancyDate: storedDate('2010-05-01') })
    const part = await payload.create({
      collection: 'building-parts',
      data: { object: object.id, name: 'Haus B', firstOccupancyDate: storedDate('2014-09-01') },
      depth: 0,
    })
    const unit = await factories.unit(ctx, {
      object: object.id,
      buildingPart: part.id,
      holdingType: await demo.holdingType(payload, 1),
      status: await demo.status(payload, 10),
    })
    const holder = await factories.person(ctx)
    const tenancy = await factories.tenancy(ctx, {
      unit: unit.id,
      kind: 'tenant',
      holders: [holder.id],
      moveIn: storedDate('2025-01-01'),
      moveOut: storedDate('2025-06-30'),
      securities: {
        deposit: { amount: 1000, paidInOn: storedDate('2025-01-01'), paidOutOn: storedDate('2025-07-01') },
        financingContribution: { amount: 5000 },
      },
    })
    tenancyId = tenancy.id
  })

  it('computes them through the engines with numbers worked out by hand', async () => {
    const req = await createLocalReq({ user: await staffUser(payload, 'clerk') }, payload)
    const securities = await tenancySecurities(req, tenancyId)
    // Paid out on 01.07.2025: 01.01.–30.06. = 181 days; 100000 × 2 % × 181 / 365 = 991.78 → 9.92 €.
    expect(securities.deposit?.atToday).toMatchObject({ on: '2025-07-01', statement: { payoutCents: 100_992 } })
    // At the move-out, 30.06.2025: 180 days; 360000 / 365 = 986.30 → 9.86 €.
    expect(securities.deposit?.atEnd).toMatchObject({ on: '2025-06-30', statement: { payoutCents: 100_986 } })
    // The building part (first occupied 01.09.2014) counts, not the object (2010) nor the move-in:
    // 10 completed years to 30.06.2025 → 5,000.00 € × 90 % = 4,500.00 €.
    expect(securities.financingContribution).toEqual({
      contributionCents: 500_000,
      on: '2025-06-30',
      repayment: {
        status: 'computed',
        since: '2014-09-01',
        completedYears: 10,
        writeDownPercent: 10,
        writtenDownCents: 50_000,
        repaidCents: 450_000,
      },
    })
  })

  it('answers Forbidden to a request without a user', async () => {
    const req = await createLocalReq({}, payload)
    await expect(tenancySecurities(req, tenancyId)).rejects.toBeInstanceOf(Forbidden)
  })
})

describe('GET /api/tenancies/:id/securities (staff, 348001 deposits, 270226 financing contribution)', () => {
  let tenancyId: number

  beforeAll(async () => {
    tenancyId = await demo.tenantTenancy(payload)
  })

  it('gives the clerk the deposit statement on a day and the repayment', async () => {
    // Demo: 1,837.20 € paid in on 20.03.2019; 0.125 % until 31.12.2019.
    // 20.03.–31.12.2019 = 12 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 = 287 days:
    // 183720 × 0.125 % × 287 / 365 = 229.65 × 287 / 365 = 180.57 cents → 1.81 €; payout 1,839.01 €.
    const { status, body } = await rest('GET', `/tenancies/${tenancyId}/securities?on=2020-01-01`, {
      token: await staffToken('clerk'),
    })
    expect(status).toBe(200)
    expect(body.on).toBe('2020-01-01')
    expect(body.deposit.atToday.statement).toMatchObject({ payoutCents: 183_901, interestCents: 181 })
    // First occupancy of 1001: 01.11.2003; on 01.01.2020 16 completed years: 8,450.00 € × 84 % = 7,098.00 €.
    expect(body.financingContribution.repayment).toMatchObject({ completedYears: 16, repaidCents: 709_800 })
  })

  it('gives each part only to holders of its report permission, and refuses the rest', async () => {
    const depositsOnly = await actorWithPermissions(payload, [P.tenanciesRead, P.depositsReport])
    const answer = await rest('GET', `/tenancies/${tenancyId}/securities?on=2020-01-01`, { token: depositsOnly.token })
    expect(answer.status).toBe(200)
    expect(Object.keys(answer.body).sort()).toEqual(['deposit', 'on'])

    const readOnly = await actorWithPermissions(payload, [P.tenanciesRead])
    expect((await rest('GET', `/tenancies/${tenancyId}/securities`, { token: readOnly.token })).status).toBe(403)
    expect((await rest('GET', `/tenancies/${tenancyId}/securities`)).status).toBe(403)
    const portal = await portalToken('tenant')
    expect((await rest('GET', `/tenancies/${tenancyId}/securities`, { token: portal })).status).toBe(403)
  })

  it('refuses a day that is not one', async () => {
    const token = await staffToken('clerk')
    expect((await rest('GET', `/tenancies/${tenancyId}/securities?on=2020-02-30`, { token })).status).toBe(400)
  })
})
