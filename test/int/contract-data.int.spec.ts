import { createLocalReq, type Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { staffContractDataButtonOn } from '@/collections/tenancies/contract-data'
import { P } from '@/constants/permissions'
import { personDisplayName } from '@/lib/person-name'
import { todayIn, defaultTimeZone } from '@/lib/dates'
import { contractDataOffered } from '@/portal/models/contract.server'

import { demo } from '../helpers/demo'
import { testPayload } from '../helpers/payload'
import { actorWithPermissions, portalToken, staffToken, staffUser, type StaffUser } from '../helpers/personas'
import { rest } from '../helpers/rest'

/**
 * The "Mietvertragsdaten" button of a tenancy (manual, global variable 780 "Mit dieser Variablen
 * wird der Button Mietvertragsdaten im Dialog Einheit/Mieter freigeschalten"): switched on or off
 * by its own setting, independent of the portal's contract data page; what it shows is read as
 * the signed-in member of staff.
 */
let payload: Payload
let tenancy: number
const path = () => `/tenancies/${tenancy}/contract-data`

beforeAll(async () => {
  payload = await testPayload()
  tenancy = await demo.tenantTenancy(payload)
})

const setSettings = (data: { staffContractDataButton?: boolean; contractDataViewEnabled?: boolean }) =>
  payload.updateGlobal({ slug: 'settings', data })

afterEach(async () => {
  await setSettings({ staffContractDataButton: true, contractDataViewEnabled: true })
})

/**
 * Whether the tenancy's edit view renders the button for this user (the check of
 * admin/tenancies/contract-data-button.tsx; the browser test sees the button come and go).
 */
async function buttonShown(user: StaffUser) {
  return staffContractDataButtonOn(await createLocalReq({ user }, payload))
}

describe('the setting', () => {
  it('is on by default, apart from the portal’s own setting', async () => {
    const settings = await payload.findGlobal({ slug: 'settings', depth: 0 })
    expect(settings.staffContractDataButton).toBe(true)
    expect(settings.contractDataViewEnabled).toBe(true)
  })

  it('off: no button, and the endpoint refuses with a 403 that says why', async () => {
    await setSettings({ staffContractDataButton: false })
    expect(await buttonShown(await staffUser(payload, 'clerk'))).toBe(false)
    const token = await staffToken('clerk')
    const german = await rest('GET', path(), { token, language: 'de' })
    expect(german.status).toBe(403)
    expect(german.body.errors[0].message).toBe(
      'Der Button „Mietvertragsdaten“ ist in den Einstellungen ausgeschaltet; die Mietvertragsdaten werden hier nicht angezeigt.',
    )
    const english = await rest('GET', path(), { token, language: 'en' })
    expect(english.status).toBe(403)
    expect(english.body.errors[0].message).toMatch(/switched off in the settings/)
    // The portal's page reads its own setting.
    expect(await contractDataOffered(payload)).toBe(true)
  })

  it('on: the button is there, also while the portal page is switched off', async () => {
    await setSettings({ contractDataViewEnabled: false })
    expect(await contractDataOffered(payload)).toBe(false)
    expect(await buttonShown(await staffUser(payload, 'clerk'))).toBe(true)
    expect((await rest('GET', path(), { token: await staffToken('clerk') })).status).toBe(200)
  })
})

describe('who may open it', () => {
  it('refuses anonymous requests and portal users', async () => {
    expect((await rest('GET', path())).status).toBe(403)
    expect((await rest('GET', path(), { token: await portalToken('tenant') })).status).toBe(403)
  })

  it('refuses staff who may not read tenancies', async () => {
    const { token } = await actorWithPermissions(payload, [P.unitsRead, P.personsRead])
    expect((await rest('GET', path(), { token })).status).toBe(403)
  })
})

describe('what it shows, read as the user', () => {
  it('the contract data of the tenancy for a clerk', async () => {
    const stored = await payload.findByID({ collection: 'tenancies', id: tenancy, depth: 0 })
    const holder = await payload.findByID({ collection: 'persons', id: stored.holders![0] as number, depth: 0 })
    const response = await rest('GET', path(), { token: await staffToken('clerk') })
    expect(response.status).toBe(200)
    const today = todayIn(defaultTimeZone)
    expect(response.body).toMatchObject({
      tenancyId: tenancy,
      kind: 'tenant',
      reference: 'MV-1001/001',
      unit: { number: '1001/001', objectName: expect.any(String), rentCategory: 'A – Kategorie A' },
      holders: [personDisplayName(holder)],
      moveIn: '2019-04-01',
      moveOut: null,
      fixedTermEnd: null,
      deposit: { cents: 183720, paidInOn: '2019-03-20' },
      sepa: {
        reference: 'HW-1001-001-2019',
        signedOn: '2019-03-15',
        iban: 'AT611904300234573201',
        accountHolder: 'Anna Gruber',
      },
    })
    // In force today and the announced change; the rent that ends before today is gone.
    const payments = response.body.payments as Array<{ kind: string; cents: number; upcoming: boolean; validFrom: string }>
    expect(payments.map((payment) => [payment.kind, payment.cents, payment.upcoming])).toEqual([
      ['operatingCosts', 17147, false],
      ['rent', 61240, false],
      ['rent', 63120, true],
    ])
    expect(payments.every((payment) => payment.upcoming === payment.validFrom > today)).toBe(true)
  })

  it('masks the IBAN for staff without 900114', async () => {
    const response = await rest('GET', path(), { token: await staffToken('clerk2') })
    expect(response.status).toBe(200)
    expect(response.body.sepa.iban).toBe('AT61 **** **** **** 3201')
  })

  it('leaves out what the user may not read: holders without 900110, the unit without 53009', async () => {
    const { token } = await actorWithPermissions(payload, [P.tenanciesRead])
    const response = await rest('GET', path(), { token })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ reference: 'MV-1001/001', moveIn: '2019-04-01' })
    expect(response.body).not.toHaveProperty('holders')
    expect(response.body).not.toHaveProperty('unit')

    const more = await actorWithPermissions(payload, [P.tenanciesRead, P.personsRead, P.unitsRead])
    const fuller = await rest('GET', path(), { token: more.token })
    expect(fuller.body.holders).toHaveLength(1)
    expect(fuller.body.unit.number).toBe('1001/001')
  })
})
