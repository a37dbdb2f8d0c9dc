import { createLocalReq, getLocalI18n, type Payload } from 'payload'

import type { PortalUser } from '@/access/portal'
import type { ShownField } from '@/lib/individual-fields/format'
import { portalIndividualFields } from '@/collections/individual-field-definitions/read'
import { settingsFor, today } from '@/globals/settings-reader'

import { toCents } from '@/lib/money'
import { personRoles, type RoleScope, rolesIn } from './roles.server'

/** Whether the company offers contract data in the portal (setting `contractDataViewEnabled`, F-51). */
export async function contractDataOffered(payload: Payload): Promise<boolean> {
  // Configuration, not personal data, through its one reader (globals/settings-reader.ts, a system read).
  const settings = await settingsFor(await createLocalReq({}, payload))
  return settings.contractDataViewEnabled !== false
}

export type ContractPayment = {
  kind: string
  cents: number
  validFrom: string
  validUntil: string | null
  /** Valid from a day after today: an announced change (F-51). */
  upcoming: boolean
}

export type Contract = {
  tenancyId: number
  kind: 'tenant' | 'owner'
  /** `former` ended before today (read-only, shown as former); `future` starts after today. */
  state: 'current' | 'former' | 'future'
  unitNumber: string
  objectName: string
  reference: string | null
  moveIn: string | null
  moveOut: string | null
  contractEnd: string | null
  fixedTermEnd: string | null
  payments: ContractPayment[]
  sepa: { reference: string | null; signedOn: string | null; iban: string | null; accountHolder: string | null } | null
  fields: ShownField[]
}

const day = (value: string | null | undefined) => value?.slice(0, 10) ?? null

/**
 * The person's tenancies and ownerships with their contract data (F-51), in the chosen role scope
 * (F-82). Read as the user: the tenancy view (access/portal-views.ts) decides the fields, and the
 * mandate's IBAN arrives masked (fields/bank.ts). Individual fields: only those marked for the
 * portal (collections/individual-field-definitions/read.ts), in the reader's language.
 */
export async function contractData(
  payload: Payload,
  user: PortalUser,
  { scope = 'all', language = 'de' }: { scope?: RoleScope; language?: 'de' | 'en' } = {},
): Promise<Contract[]> {
  const roles = rolesIn((await personRoles(payload, user)).roles, scope)
  if (roles.length === 0) return []
  const { docs } = await payload.find({
    collection: 'tenancies',
    user,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    where: { id: { in: roles.map((role) => role.tenancyId) } },
    select: {
      reference: true,
      contractEnd: true,
      fixedTermEnd: true,
      fixedTermFromContract: true,
      agreedPayments: true,
      payment: true,
    },
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  const req = await createLocalReq(
    { user, req: { i18n: await getLocalI18n({ config: payload.config, language }) } },
    payload,
  )
  const now = (await today(req))
  return Promise.all(
    roles.map(async (role): Promise<Contract> => {
      const doc = byId.get(role.tenancyId)
      const state = role.active ? 'current' : role.moveIn && role.moveIn > now ? 'future' : 'former'
      const mandate = doc?.payment?.method === 'sepa' ? doc.payment.sepaMandate : null
      const [tenancyFields, unitFields] = await Promise.all([
        portalIndividualFields(req, 'tenancies', role.tenancyId),
        portalIndividualFields(req, 'units', role.unitId),
      ])
      return {
        tenancyId: role.tenancyId,
        kind: role.kind,
        state,
        unitNumber: role.unitNumber,
        objectName: role.objectName,
        reference: doc?.reference ?? null,
        moveIn: role.moveIn,
        moveOut: role.moveOut,
        contractEnd: day(doc?.contractEnd),
        fixedTermEnd: day(doc?.fixedTermFromContract ? doc.contractEnd : doc?.fixedTermEnd),
        payments: (doc?.agreedPayments ?? [])
          .map((payment) => ({
            kind: payment.kind,
            cents: toCents(payment.amount),
            validFrom: day(payment.validFrom) ?? '',
            validUntil: day(payment.validUntil),
            upcoming: (day(payment.validFrom) ?? '') > now,
          }))
          // Of a running contract, what applies now and what is announced; of a former one, all.
          .filter((payment) => state === 'former' || !payment.validUntil || payment.validUntil >= now)
          .sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.kind.localeCompare(b.kind)),
        sepa: mandate
          ? {
              reference: mandate.reference ?? null,
              signedOn: day(mandate.signedOn),
              iban: mandate.iban ?? null,
              accountHolder: mandate.accountHolder ?? null,
            }
          : null,
        fields: [...unitFields, ...tenancyFields],
      }
    }),
  )
}
