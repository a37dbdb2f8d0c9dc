import { addDays, addMonths, defaultTimeZone, storedDate, todayIn } from '@/lib/dates'

import type { Configuration } from './configuration'
import type { functionTypes } from './configuration-data'
import type { SeedContext } from './context'
import { seedDemoDocuments } from './demo-documents'
import { factories } from './factories'
import { seedIndividualFields } from './individual-fields'
import { portalPersonas, staffPersonas } from './personas'

const firstNames = [
  'Anna',
  'Lukas',
  'Sophie',
  'Maximilian',
  'Laura',
  'Jakob',
  'Lena',
  'Felix',
  'Hannah',
  'David',
  'Julia',
  'Tobias',
  'Sarah',
  'Florian',
  'Katharina',
  'Stefan',
  'Elena',
  'Michael',
  'Marie',
  'Thomas',
]
const lastNames = [
  'Gruber',
  'Wagner',
  'Pichler',
  'Moser',
  'Mayer',
  'Hofer',
  'Leitner',
  'Fuchs',
  'Bauer',
  'Schmid',
  'Eder',
  'Winkler',
  'Weber',
  'Schwarz',
  'Lang',
  'Brunner',
  'Wolf',
  'Reiter',
  'Baumgartner',
  'Auer',
  'Kaiser',
  'Lehner',
  'Haas',
  'Wimmer',
  'Schuster',
  'Graf',
  'Koch',
  'Neumann',
  'Zimmermann',
  'Krause',
]

/** Valid IBANs (check digits verified by the test suite) for the demo bank data. */
const ibans = [
  'AT611904300234573201',
  'AT483200000012345864',
  'DE89370400440532013000',
  'AT022050302101023600',
  'DE02120300000000202051',
]

type Unit = { id: number; unitNumber: string }

/** Object 1001 comes from the accounting system (SPEC F-11): its owned fields are read-only in the admin. */
const fromAccounting = (externalKey: string) => ({ source: 'accounting' as const, externalKey })

/**
 * The demo data (issue 3): two objects in Vienna and one in Berlin, ~60 units of every holding
 * type with active and inactive statuses, tenants, a former and a new tenant of the same unit,
 * owners, a vacancy for refurbishment, functions, two allocation offices and 24 months of postings.
 * Deterministic for a given day: dates are set relative to the current year and month.
 */
export async function seedDemo(ctx: SeedContext, config: Configuration, password: string) {
  const year = Number(todayIn(defaultTimeZone).slice(0, 4))
  const day = (value: string) => storedDate(value)
  let nameIndex = 0
  const nextName = () => {
    const index = nameIndex++
    return { firstName: firstNames[index % firstNames.length], lastName: lastNames[(index * 7) % lastNames.length] }
  }

  // Staff
  const staff: Record<string, { id: number }> = {}
  for (const [key, persona] of Object.entries(staffPersonas)) {
    staff[key] = await factories.user(ctx, {
      email: persona.email,
      name: persona.name,
      password,
      roles: [config.roles[persona.role].id],
    })
  }

  // Persons who are not tenants
  const publicPhone = (value: string) => ({
    kind: 'phone' as const,
    value,
    labels: ['public' as const, 'business' as const],
  })
  const manager = await factories.person(ctx, {
    firstName: 'Martina',
    lastName: 'Berger',
    salutation: 'ms',
    contacts: [
      publicPhone('+43 1 712 34 56-10'),
      { kind: 'mobile', value: '+43 664 123 45 67', labels: ['private'] },
      { kind: 'email', value: 'berger@demo-hausverwaltung.at', labels: ['public', 'business'] },
    ],
  })
  const hotline = await factories.person(ctx, {
    kind: 'legal',
    salutation: 'company',
    companyName: 'Hauswerk Demo Hotline',
    contacts: [
      publicPhone('+43 1 712 34 56-0'),
      { kind: 'email', value: 'hotline@demo-hausverwaltung.at', labels: ['public'] },
    ],
  })
  const caretaker = await factories.person(ctx, {
    firstName: 'Josef',
    lastName: 'Novak',
    salutation: 'mr',
    contacts: [publicPhone('+43 660 765 43 21'), { kind: 'phone', value: '+43 1 999 88 77', labels: ['private'] }],
  })
  const provider = await factories.person(ctx, {
    kind: 'legal',
    salutation: 'company',
    companyName: 'Installateur Huber GmbH',
    portalEmail: portalPersonas.provider,
    address: { street: 'Gewerbestraße', houseNumber: '4', postcode: '1100', city: 'Wien', country: 'AT' },
    contacts: [
      publicPhone('+43 1 604 11 22'),
      { kind: 'email', value: 'office@huber-installateur.at', labels: ['business'] },
    ],
  })
  const officeContact = await factories.person(ctx, {
    firstName: 'Gerda',
    lastName: 'Vergabe',
    salutation: 'ms',
    portalEmail: portalPersonas.allocationOffice,
    contacts: [{ kind: 'email', value: 'vergabe@wohnservice.demo', labels: ['business'] }],
  })

  // Allocation offices
  const wienOffice = await ctx.payload.create({
    collection: 'allocation-offices',
    req: ctx.req,
    data: {
      name: 'Wohnservice Wien',
      workflowName: 'Wohnservice Wien – Vergabe',
      municipality: config.places.get('90001'),
      contactPerson: officeContact.id,
      email: 'vergabe@wohnservice.demo',
      colour: '#c0392b',
    },
  })
  const berlinOffice = await ctx.payload.create({
    collection: 'allocation-offices',
    req: ctx.req,
    data: {
      name: 'Wohnungsamt Friedrichshain-Kreuzberg',
      workflowName: 'Wohnungsamt F-K',
      municipality: config.places.get('11000000'),
      colour: '#2471a3',
    },
  })

  const holding = (code: number) => config.holding.get(code)!.id
  const subType = (code: number, name: string) => config.holding.get(code)!.subTypes.get(name)
  const status = (code: number) => config.statuses.get(code)!
  const sector = (code: string) => config.sectors.get(code)!

  // Objects
  const simmering = await factories.object(ctx, {
    number: '1001',
    name: 'Wohnhausanlage Simmeringer Hauptstraße',
    type: 'rental',
    address: { street: 'Simmeringer Hauptstraße', houseNumber: '120', postcode: '1110', city: 'Wien', country: 'AT' },
    municipality: config.places.get('90001'),
    takeOverDate: day('2015-01-01'),
    occupancyPermitDate: day('2003-09-15'),
    firstOccupancyDate: day('2003-11-01'),
    groups: [config.groups.get('WIEN')!],
    propertyManager: staff.admin.id,
  })
  const floridsdorf = await factories.object(ctx, {
    number: '1002',
    name: 'Wohnpark Floridsdorf',
    type: 'condominium',
    address: { street: 'Brünner Straße', houseNumber: '57', postcode: '1210', city: 'Wien', country: 'AT' },
    municipality: config.places.get('90001'),
    takeOverDate: day('2018-07-01'),
    occupancyPermitDate: day('2008-05-20'),
    firstOccupancyDate: day('2008-07-01'),
    groups: [config.groups.get('WIEN')!, config.groups.get('WEG')!],
    propertyManager: staff.admin.id,
  })
  const kreuzberg = await factories.object(ctx, {
    number: '2001',
    name: 'Kreuzberger Höfe',
    type: 'mixed',
    address: { street: 'Oranienstraße', houseNumber: '25', postcode: '10999', city: 'Berlin', country: 'DE' },
    municipality: config.places.get('11000000'),
    takeOverDate: day('2020-01-01'),
    groups: [config.groups.get('BERLIN')!],
    propertyManager: staff.clerk.id,
  })

  const part = (object: number, name: string, sortOrder: number) =>
    ctx.payload.create({ collection: 'building-parts', req: ctx.req, data: { object, name, sortOrder } })
  const stair = (object: number, name: string, buildingPart?: number) =>
    ctx.payload.create({ collection: 'staircases', req: ctx.req, data: { object, name, buildingPart } })
  const houseA = await part(simmering.id, 'Haus A', 1)
  const houseB = await part(simmering.id, 'Haus B', 2)
  const stairs1001 = [
    await stair(simmering.id, 'Stiege 1', houseA.id),
    await stair(simmering.id, 'Stiege 2', houseA.id),
    await stair(simmering.id, 'Stiege 3', houseB.id),
  ]
  const mainBuilding = await part(floridsdorf.id, 'Hauptgebäude', 1)
  const stairs1002 = [
    await stair(floridsdorf.id, 'Stiege 1', mainBuilding.id),
    await stair(floridsdorf.id, 'Stiege 2', mainBuilding.id),
  ]
  const front = await part(kreuzberg.id, 'Vorderhaus', 1)
  const side = await part(kreuzberg.id, 'Seitenflügel', 2)
  const stairs2001 = [await stair(kreuzberg.id, 'Aufgang A', front.id), await stair(kreuzberg.id, 'Aufgang B', side.id)]

  const areasFor = (netArea: number, heating: boolean) => [
    { costSector: sector('BK'), billingUnit: '01', area: netArea },
    ...(heating ? [{ costSector: sector('HK'), billingUnit: 'H1', area: netArea }] : []),
  ]

  // Units of 1001: 18 flats on three staircases, a shop, garages, parking spaces, cellar and attic compartments
  const units1001: Unit[] = []
  for (let top = 1; top <= 18; top++) {
    const staircase = stairs1001[Math.floor((top - 1) / 6)]
    const netArea = 42 + ((top * 7) % 50) + 0.35
    const statusCode = top === 5 ? 50 : top === 18 ? 110 : 20
    units1001.push(
      await factories.unit(ctx, {
        object: simmering.id,
        ...fromAccounting(`U-1001-${String(top).padStart(3, '0')}`),
        unitNumber: `1001/${String(top).padStart(3, '0')}`,
        topNumber: String(top),
        buildingPart: top <= 12 ? houseA.id : houseB.id,
        staircase: staircase.id,
        tenure: 'rental',
        holdingType: holding(1),
        holdingSubType:
          top % 6 === 0 ? subType(1, 'Dachgeschoßwohnung') : top <= 2 ? subType(1, 'Kleinwohnung') : undefined,
        status: status(statusCode),
        rooms: 1 + (top % 4),
        floor: String(Math.floor(((top - 1) % 6) / 2)),
        position: top % 2 ? 'Hof' : 'Straße',
        category: (['A', 'A', 'B', 'C'] as const)[top % 4],
        rentCategory: config.rent.get(top % 3 === 0 ? 'F' : 'A'),
        allocationOffice: top <= 8 ? wienOffice.id : undefined,
        financing: top <= 8 ? 'subsidised' : 'private',
        barrierFree: top <= 2,
        ageAppropriate: top <= 4,
        netArea,
        firstLettingDate: day('1998-04-01'),
        group1: top <= 12 ? 'BT-A' : 'BT-B',
        group2: top <= 8 ? 'WBF 1996' : undefined,
        areas: areasFor(netArea, true),
        equipment: {
          floorCoverings: top % 2 ? ['parquet', 'tiles'] : ['laminate', 'tiles'],
          balcony: top % 3 === 0 ? 'balcony' : undefined,
          heating: 'district',
          compartments: [{ kind: 'cellar', number: `K${top}` }],
        },
        heatingCostKey: 'HK-Fläche',
      }),
    )
  }
  const shop1001 = await factories.unit(ctx, {
    object: simmering.id,
    ...fromAccounting('U-1001-L01'),
    unitNumber: '1001/L01',
    topNumber: 'L1',
    buildingPart: houseB.id,
    staircase: stairs1001[2].id,
    tenure: 'rental',
    holdingType: holding(2),
    status: status(20),
    netArea: 88.5,
    areas: areasFor(88.5, true),
    floor: 'EG',
  })
  const extras1001: Unit[] = []
  for (const [index, [code, prefix, statusCode]] of (
    [
      [3, 'G', 20],
      [3, 'G', 20],
      [3, 'G', 10],
      [4, 'P', 20],
      [4, 'P', 20],
      [4, 'P', 10],
      [5, 'K', 10],
      [5, 'K', 20],
      [6, 'D', 150],
    ] as const
  ).entries()) {
    extras1001.push(
      await factories.unit(ctx, {
        object: simmering.id,
        ...fromAccounting(`U-1001-${prefix}${String(index + 1).padStart(2, '0')}`),
        unitNumber: `1001/${prefix}${String(index + 1).padStart(2, '0')}`,
        topNumber: `${prefix}${index + 1}`,
        buildingPart: houseB.id,
        tenure: 'rental',
        holdingType: holding(code),
        holdingSubType: code === 4 ? subType(4, 'Tiefgaragenplatz') : undefined,
        status: status(statusCode),
        netArea: code === 3 ? 18 : code === 4 ? 12.5 : 4.2,
        areas: areasFor(code === 3 ? 18 : code === 4 ? 12.5 : 4.2, false),
      }),
    )
  }

  // Units of 1002 (condominium): 14 owned flats, 4 parking spaces, 2 cellar compartments
  const units1002: Unit[] = []
  for (let top = 1; top <= 14; top++) {
    const netArea = 55 + ((top * 11) % 45) + 0.8
    units1002.push(
      await factories.unit(ctx, {
        object: floridsdorf.id,
        unitNumber: `1002/${String(top).padStart(3, '0')}`,
        topNumber: String(top),
        buildingPart: mainBuilding.id,
        staircase: stairs1002[top <= 7 ? 0 : 1].id,
        tenure: 'owned',
        holdingType: holding(1),
        holdingSubType: top === 14 ? subType(1, 'Maisonette') : undefined,
        status: status(top === 9 ? 100 : 20),
        rooms: 2 + (top % 3),
        netArea,
        usefulValue: Math.round(netArea * 1.1),
        areas: areasFor(netArea, true),
        equipment: { floorCoverings: ['parquet'], balcony: 'loggia', heating: 'central' },
      }),
    )
  }
  for (let index = 1; index <= 6; index++) {
    const parking = index <= 4
    units1002.push(
      await factories.unit(ctx, {
        object: floridsdorf.id,
        unitNumber: `1002/${parking ? 'P' : 'K'}${String(index).padStart(2, '0')}`,
        topNumber: `${parking ? 'P' : 'K'}${index}`,
        buildingPart: mainBuilding.id,
        tenure: 'owned',
        holdingType: holding(parking ? 4 : 5),
        holdingSubType: parking ? subType(4, index <= 2 ? 'Tiefgaragenplatz' : 'Freiplatz') : undefined,
        status: status(index === 6 ? 110 : 20),
        netArea: parking ? 12.5 : 5.1,
        usefulValue: parking ? 3 : 1,
      }),
    )
  }

  // Units of 2001 (Berlin): 10 flats, 2 shops, 2 garages
  const units2001: Unit[] = []
  for (let top = 1; top <= 10; top++) {
    const netArea = 48 + ((top * 9) % 60) + 0.2
    units2001.push(
      await factories.unit(ctx, {
        object: kreuzberg.id,
        unitNumber: `2001/${String(top).padStart(3, '0')}`,
        topNumber: `WE ${top}`,
        buildingPart: top <= 6 ? front.id : side.id,
        staircase: stairs2001[top <= 6 ? 0 : 1].id,
        tenure: 'rental',
        holdingType: holding(1),
        status: status(top === 10 ? 200 : 20),
        allocationOffice: top <= 2 ? berlinOffice.id : undefined,
        rooms: 1 + (top % 4),
        netArea,
        areas: areasFor(netArea, true),
      }),
    )
  }
  for (const [index, code] of [2, 2, 3, 3].entries()) {
    units2001.push(
      await factories.unit(ctx, {
        object: kreuzberg.id,
        unitNumber: `2001/${code === 2 ? 'GE' : 'G'}${index + 1}`,
        topNumber: `${code === 2 ? 'GE' : 'G'}${index + 1}`,
        buildingPart: front.id,
        tenure: 'rental',
        holdingType: holding(code),
        status: status(20),
        netArea: code === 2 ? 120 : 16,
      }),
    )
  }

  // People and tenancies
  const person = (extra: Parameters<typeof factories.person>[1] = {}) => {
    const name = nextName()
    return factories.person(ctx, {
      ...name,
      salutation: nameIndex % 2 ? 'ms' : 'mr',
      contacts: [
        {
          kind: 'email',
          value: `${name.firstName}.${name.lastName}${nameIndex}@mail.demo`.toLowerCase(),
          labels: ['private'],
        },
      ],
      ...extra,
    })
  }
  const rent = (monthly: number, from: string, change?: { amount: number; from: string }) => [
    {
      kind: 'rent' as const,
      amount: monthly,
      validFrom: day(from),
      validUntil: change ? day(addDays(change.from, -1)) : undefined,
    },
    ...(change ? [{ kind: 'rent' as const, amount: change.amount, validFrom: day(change.from) }] : []),
    { kind: 'operatingCosts' as const, amount: Math.round(monthly * 0.28 * 100) / 100, validFrom: day(from) },
  ]
  const tenancy = (data: Parameters<typeof factories.tenancy>[1]) => factories.tenancy(ctx, data)
  const thisMonth = `${todayIn(defaultTimeZone).slice(0, 7)}-01`
  const nextMonth = addMonths(thisMonth, 1)

  const tenantPersona = await person({
    portalEmail: portalPersonas.tenant,
    birthDate: day('1985-03-14'),
    bankAccounts: [{ iban: ibans[0], bic: 'BKAUATWW', accountHolder: 'Anna Gruber' }],
  })
  const formerTenant = await person({ portalEmail: portalPersonas.formerTenant })
  const newTenant = await person({ portalEmail: portalPersonas.newTenant })
  const tenantOwner = await person({ portalEmail: portalPersonas.tenantOwner })
  const ownerPersona = await person({
    portalEmail: portalPersonas.owner,
    bankAccounts: [{ iban: ibans[1], bic: 'RLNWATWW', accountHolder: 'Owner' }],
  })
  const otherObject = await person({
    portalEmail: portalPersonas.otherObject,
    bankAccounts: [{ iban: ibans[2], bic: 'COBADEFFXXX', accountHolder: 'Other' }],
  })

  const tenancies: Array<{ id: number; moveIn: string; monthly: number; arrears?: boolean }> = []
  const letTenancy = async (
    unit: Unit,
    holders: number[],
    moveIn: string,
    monthly: number,
    extra: Partial<Parameters<typeof factories.tenancy>[1]> = {},
  ) => {
    const imported = unit.unitNumber.startsWith('1001/') ? fromAccounting(`T-${unit.unitNumber}-${moveIn}`) : {}
    const created = await tenancy({
      ...imported,
      unit: unit.id,
      kind: 'tenant',
      holders,
      moveIn: day(moveIn),
      reference: `MV-${unit.unitNumber}`,
      agreedPayments: rent(monthly, moveIn),
      ...extra,
    })
    tenancies.push({ id: created.id, moveIn, monthly })
    return created
  }

  // 1001: the personas first, then ordinary tenants
  const tenantTenancy = await tenancy({
    ...fromAccounting('T-1001/001-2019-04-01'),
    unit: units1001[0].id,
    kind: 'tenant',
    holders: [tenantPersona.id],
    moveIn: day('2019-04-01'),
    reference: 'MV-1001/001',
    agreedPayments: rent(612.4, '2019-04-01', { amount: 631.2, from: nextMonth }),
    securities: {
      deposit: {
        amount: 1837.2,
        paidInOn: day('2019-03-20'),
        account: {
          iban: ibans[3],
          bic: 'SPIHAT22XXX',
          accountHolder: 'Hauswerk Demo Kautionskonto',
          bank: 'Salzburger Sparkasse',
        },
      },
      financingContribution: { amount: 8450, paidOn: day('2019-03-20'), assignment: 'construction' },
    },
    payment: {
      method: 'sepa',
      sepaMandate: {
        reference: 'HW-1001-001-2019',
        signedOn: day('2019-03-15'),
        iban: ibans[0],
        bic: 'BKAUATWW',
        accountHolder: 'Anna Gruber',
      },
    },
  })
  for (const [kind, count] of [
    ['Wohnungstür', 3],
    ['Haustor', 2],
  ] as const)
    await ctx.payload.create({
      collection: 'keys',
      req: ctx.req,
      data: { unit: units1001[0].id, tenancy: tenantTenancy.id, kind, count, handedOverOn: day('2019-04-01') },
    })
  tenancies.push({ id: tenantTenancy.id, moveIn: '2019-04-01', monthly: 612.4 })
  await letTenancy(units1001[1], [tenantOwner.id], '2021-09-01', 455.9, { fixedTermEnd: day(`${year + 1}-08-31`) })
  const formerTenancy = await tenancy({
    ...fromAccounting('T-1001/003-2016-03-01'),
    unit: units1001[2].id,
    kind: 'tenant',
    holders: [formerTenant.id],
    moveIn: day('2016-03-01'),
    moveOut: day(`${year - 1}-06-30`),
    reference: 'MV-1001/003-a',
    agreedPayments: rent(540, '2016-03-01'),
    termination: { noticeGivenOn: day(`${year - 1}-03-15`), noticeBy: 'tenant', effectiveOn: day(`${year - 1}-06-30`) },
  })
  await tenancy({
    unit: units1001[2].id,
    kind: 'vacancy',
    moveIn: day(`${year - 1}-07-01`),
    moveOut: day(`${year - 1}-07-31`),
    vacancyReason: config.reasons.get('VER'),
    vacancyComment: 'Nachvermietung',
  })
  const newTenancy = await letTenancy(units1001[2], [newTenant.id], `${year - 1}-08-01`, 598)
  await letTenancy(units1001[3], [(await person()).id, (await person()).id], '2017-05-01', 702.3, {
    fixedTermEnd: day(`${year}-12-31`),
  })
  await tenancy({
    unit: units1001[4].id,
    kind: 'vacancy',
    moveIn: day(`${year - 1}-11-01`),
    vacancyReason: config.reasons.get('SAN'),
    vacancyComment: 'Strangsanierung Bad und Küche',
  })
  for (const unit of units1001.slice(5, 17))
    await letTenancy(
      unit,
      [(await person()).id],
      '2018-02-01',
      480 + (unit.id % 9) * 31,
      // A pending termination of a unit with allocation right: the allocation office sees it (F-57).
      unit === units1001[6]
        ? {
            termination: {
              noticeGivenOn: day(thisMonth),
              noticeBy: 'tenant',
              effectiveOn: day(addMonths(thisMonth, 3)),
            },
          }
        : {},
    )
  await letTenancy(
    shop1001,
    [
      (
        await person({
          kind: 'legal',
          salutation: 'company',
          companyName: 'Bäckerei Simmering OG',
          firstName: undefined,
          lastName: undefined,
        })
      ).id,
    ],
    '2020-10-01',
    1450,
  )
  await letTenancy(extras1001[0], [tenantPersona.id], '2019-04-01', 95)
  await letTenancy(extras1001[1], [(await person()).id], '2022-01-01', 95, { kind: 'tenant' })
  await letTenancy(extras1001[3], [newTenant.id], `${year - 1}-08-01`, 65)
  await letTenancy(extras1001[4], [(await person()).id], '2021-05-01', 65)
  await letTenancy(extras1001[7], [(await person()).id], '2023-01-01', 15)
  tenancies[tenancies.length - 1].arrears = true

  // 1002: owners (the owner persona holds two flats and lets one of them), one flat used by its owner
  for (const [index, unit] of units1002.entries()) {
    if (unit.unitNumber === '1002/K06' || unit.unitNumber === '1002/P06') continue
    const holders =
      index === 0 || index === 1
        ? [ownerPersona.id]
        : index === 6
          ? [tenantOwner.id]
          : index === 3
            ? [(await person()).id, (await person()).id]
            : [(await person()).id]
    await tenancy({
      unit: unit.id,
      kind: 'owner',
      holders,
      moveIn: day(index < 10 ? '2018-07-01' : '2021-03-01'),
      reference: `WE-${unit.unitNumber}`,
    })
  }
  await letTenancy(units1002[0], [(await person()).id], '2022-04-01', 820)
  await letTenancy(units1002[6], [(await person()).id], `${year}-02-01`, 760)

  // 2001: the tenant of the other object, and ordinary tenants
  const otherTenancy = await letTenancy(units2001[0], [otherObject.id], '2020-06-01', 910, {
    payment: {
      method: 'sepa',
      sepaMandate: {
        reference: 'HW-2001-001',
        signedOn: day('2020-05-20'),
        iban: ibans[2],
        bic: 'COBADEFFXXX',
        accountHolder: 'Other',
      },
    },
  })
  for (const unit of [...units2001.slice(1, 9), ...units2001.slice(10)])
    await letTenancy(unit, [(await person()).id], '2020-01-01', 650 + (unit.id % 7) * 45)

  // Functions
  const fn = (code: (typeof functionTypes)[number]['code']) => config.functions.get(code)!
  for (const object of [simmering, floridsdorf, kreuzberg]) {
    await factories.function(ctx, {
      functionType: fn(10),
      person: manager.id,
      object: object.id,
      from: object.takeOverDate!,
    })
  }
  await factories.function(ctx, {
    functionType: fn(20),
    person: caretaker.id,
    object: simmering.id,
    from: day('2015-01-01'),
  })
  await factories.function(ctx, {
    functionType: fn(20),
    person: caretaker.id,
    object: floridsdorf.id,
    from: day('2018-07-01'),
    until: day(`${year - 1}-12-31`),
  })
  await factories.function(ctx, {
    functionType: fn(60),
    person: provider.id,
    object: simmering.id,
    from: day('2022-01-01'),
    remark: 'Sanitär und Heizung',
  })
  await factories.function(ctx, {
    functionType: fn(70),
    person: officeContact.id,
    allocationOffice: wienOffice.id,
    from: day('2015-01-01'),
  })
  await factories.function(ctx, {
    functionType: fn(80),
    person: ownerPersona.id,
    object: floridsdorf.id,
    from: day('2019-01-01'),
  })
  await factories.function(ctx, {
    functionType: fn(20),
    person: hotline.id,
    object: kreuzberg.id,
    from: day('2020-01-01'),
    remark: 'Hotline statt Hausbesorger',
  })
  await factories.function(ctx, {
    functionType: fn(30),
    person: formerTenant.id,
    tenancy: formerTenancy.id,
    from: formerTenancy.moveIn!,
    until: formerTenancy.moveOut,
  })

  // Postings: 24 months of charges and payments for every tenant tenancy, a reversal, and arrears
  const firstMonth = addMonths(thisMonth, -23)
  let postingNumber = 1
  for (const entry of tenancies) {
    let reversed = false
    for (let month = firstMonth; month <= thisMonth; month = addMonths(month, 1)) {
      if (month < `${entry.moveIn.slice(0, 7)}-01`) continue
      const period = month.slice(0, 7)
      const charge = await factories.posting(ctx, {
        ...fromAccounting(`P-${entry.id}-${postingNumber++}`),
        tenancy: entry.id,
        date: day(month),
        kind: 'charge',
        category: 'rent',
        amount: entry.monthly,
        period,
        text: `Vorschreibung ${period}`,
      })
      if (!reversed && entry.id === tenantTenancy.id && month === addMonths(thisMonth, -6)) {
        await factories.posting(ctx, {
          ...fromAccounting(`P-${entry.id}-${postingNumber++}`),
          tenancy: entry.id,
          date: day(month.slice(0, 8) + '03'),
          kind: 'reversal',
          category: 'rent',
          amount: entry.monthly,
          period,
          reverses: charge.id,
          text: `Storno Vorschreibung ${period}`,
        })
        await factories.posting(ctx, {
          ...fromAccounting(`P-${entry.id}-${postingNumber++}`),
          tenancy: entry.id,
          date: day(month.slice(0, 8) + '03'),
          kind: 'charge',
          category: 'rent',
          amount: entry.monthly - 20,
          period,
          text: `Vorschreibung ${period} (korrigiert)`,
        })
        reversed = true
      }
      const unpaid = entry.arrears && month >= addMonths(thisMonth, -1)
      if (!unpaid && month < thisMonth) {
        await factories.posting(ctx, {
          ...fromAccounting(`P-${entry.id}-${postingNumber++}`),
          tenancy: entry.id,
          date: day(month.slice(0, 8) + '05'),
          kind: 'payment',
          category: 'rent',
          amount: entry.monthly,
          period,
          text: `Zahlung ${period}`,
        })
      }
    }
  }

  await seedIndividualFields(ctx, units1001)
  await seedDemoDocuments(ctx, password, {
    staff,
    objects: { simmering, floridsdorf, kreuzberg },
    persons: {
      tenant: tenantPersona.id,
      formerTenant: formerTenant.id,
      newTenant: newTenant.id,
      tenantOwner: tenantOwner.id,
      owner: ownerPersona.id,
      otherObject: otherObject.id,
      provider: provider.id,
      allocationOffice: officeContact.id,
      manager: manager.id,
      hotline: hotline.id,
      caretaker: caretaker.id,
    },
    tenancies: {
      tenant: tenantTenancy.id,
      former: formerTenancy.id,
      newTenant: newTenancy.id,
      otherObject: otherTenancy.id,
    },
    units: {
      tenant: units1001[0].id,
      formerAndNew: units1001[2].id,
      owner: units1002[0].id,
      otherObject: units2001[0].id,
    },
  })

  // The allocation office's portal sign-in (F-09): its contact person's portal user.
  const officeUser = await ctx.payload.find({
    collection: 'portal-users',
    where: { email: { equals: portalPersonas.allocationOffice } },
    limit: 1,
    depth: 0,
    req: ctx.req,
  })
  await ctx.payload.update({
    collection: 'allocation-offices',
    id: wienOffice.id,
    data: { portalUser: officeUser.docs[0].id },
    req: ctx.req,
  })

  return { staff, objects: { simmering, floridsdorf, kreuzberg } }
}
