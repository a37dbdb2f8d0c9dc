import type { CollectionSlug, Payload } from 'payload'
import { describe } from 'vitest'

import { P, type PermissionCode } from '@/constants/permissions'
import { addDays } from '@/lib/dates'
import { nextNumber } from '@/seed/factories'

import { describeAccess, type Grant, type Subject } from '../helpers/access-matrix'
import { demo } from '../helpers/demo'
import { actorWithPermissions } from '../helpers/personas'

/**
 * Every member of staff reads the configuration tables (forms need their entries); changing one
 * needs its own code: unit statuses 101042, holding types and sub-types 101008, all others 900160
 * (SPEC F-10, F-13). Roles with exactly one of those codes prove that each code opens its tables
 * and no others.
 */
const onlyUnitStatuses = 'a role with 101042 only'
const onlyHoldingTypes = 'a role with 101008 only'
const onlyConfiguration = 'a role with 900160 only'
/** One user per code for the whole file. */
function withCode(code: PermissionCode) {
  let actor: ReturnType<typeof actorWithPermissions> | undefined
  return (payload: Payload) => (actor ??= actorWithPermissions(payload, [code]))
}
const actorsByName = {
  [onlyUnitStatuses]: withCode(P.unitStatusesEdit),
  [onlyHoldingTypes]: withCode(P.holdingTypesEdit),
  [onlyConfiguration]: withCode(P.configurationEdit),
}

function matrix(editedWith: PermissionCode): Record<string, Grant> {
  return {
    admin: 'RCUD',
    clerk: 'R',
    accounting: 'R',
    auditor: 'R',
    anonymous: '',
    [onlyUnitStatuses]: editedWith === P.unitStatusesEdit ? 'RCUD' : 'R',
    [onlyHoldingTypes]: editedWith === P.holdingTypesEdit ? 'RCUD' : 'R',
    [onlyConfiguration]: editedWith === P.configurationEdit ? 'RCUD' : 'R',
  }
}

// Status codes must be unique and lie in 0–200; the seed uses 10, 20, 50, 100, 110, 150 and 200.
const seededStatusCodes = new Set([10, 20, 50, 100, 110, 150, 200])
let statusCode = 0
function freeStatusCode(): number {
  do statusCode += 1
  while (seededStatusCodes.has(statusCode))
  return statusCode
}

type Table = Omit<Subject, 'existing'> & { editedWith: PermissionCode }

const tables: Table[] = [
  {
    collection: 'unit-statuses',
    editedWith: P.unitStatusesEdit,
    createData: () => ({ code: freeStatusCode(), text: 'Teststatus' }),
    change: () => ({ text: `Status ${nextNumber()}` }),
  },
  {
    collection: 'holding-types',
    editedWith: P.holdingTypesEdit,
    createData: () => ({ code: 100 + nextNumber(), text: 'Lagerraum' }),
    change: () => ({ text: `Bestandsart ${nextNumber()}` }),
  },
  {
    collection: 'holding-sub-types',
    editedWith: P.holdingTypesEdit,
    createData: async ({ payload }) => ({
      holdingType: await demo.holdingType(payload, 2),
      name: `Ecklokal ${nextNumber()}`,
    }),
    change: () => ({ name: `Unterart ${nextNumber()}`, sortOrder: 3 }),
  },
  {
    collection: 'rent-categories',
    editedWith: P.configurationEdit,
    createData: () => ({ code: `R${nextNumber()}`, text: 'Richtwert' }),
    change: () => ({ text: `Kategorie ${nextNumber()}` }),
  },
  {
    collection: 'vacancy-reasons',
    editedWith: P.configurationEdit,
    createData: () => ({ code: `V${nextNumber()}`, text: 'Umbau' }),
    change: () => ({ text: `Grund ${nextNumber()}`, refurbishment: true }),
  },
  {
    collection: 'object-groups',
    editedWith: P.configurationEdit,
    createData: () => ({ code: `G${nextNumber()}`, name: 'Graz' }),
    change: () => ({ name: `Gruppe ${nextNumber()}` }),
  },
  {
    collection: 'interest-rates',
    editedWith: P.configurationEdit,
    createData: () => ({ validFrom: addDays('2030-01-01', nextNumber()), rate: 1.25 }),
    change: () => ({ remark: `laut Bank ${nextNumber()}`, rate: 0.875 }),
  },
  {
    collection: 'cost-sectors',
    editedWith: P.configurationEdit,
    createData: () => ({ code: `S${nextNumber()}`, name: 'Aufzug' }),
    change: () => ({ name: `Sachbereich ${nextNumber()}` }),
  },
  {
    collection: 'function-types',
    editedWith: P.configurationEdit,
    createData: () => ({ code: 1000 + nextNumber(), name: 'Rauchfangkehrer', appliesTo: ['object'] }),
    change: () => ({ nameEn: `Chimney sweep ${nextNumber()}` }),
  },
  {
    collection: 'municipalities',
    editedWith: P.configurationEdit,
    createData: () => ({ code: `M${nextNumber()}`, name: `Gemeinde ${nextNumber()}`, country: 'AT' }),
    change: () => ({ state: `Land ${nextNumber()}` }),
  },
]

describe('configuration tables: access per persona and per permission code (SPEC F-10)', () => {
  for (const { editedWith, ...table } of tables) {
    describe(table.collection, () => {
      describeAccess(
        {
          ...table,
          existing: async (ctx) =>
            ctx.payload.create({
              collection: table.collection as CollectionSlug,
              data: (await table.createData(ctx)) as never,
              req: ctx.req,
            }),
        },
        matrix(editedWith),
        { actors: actorsByName },
      )
    })
  }
})
