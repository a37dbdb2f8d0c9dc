import type { Access, CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'

import { idIn, releasedDocuments } from './documents'
import { ownPerson, ownTenancies, ownUnits, relatedObjects } from './master-data'
import { isPortalUser, type PortalRule, type PortalUser } from './portal'
import { dropHiddenArrays, portalReadsPerRow, portalSeesOnly, portalWritesOnly } from './portal-fields'
import { ownPostings } from './postings'
import {
  allocatedHoldingTypes,
  allocatedObjectsNotRelated,
  allocatedTenanciesNotOwn,
  allocatedUnitsNotOwn,
  allocatedVacancyReasons,
  heldFunctions,
  heldFunctionTypes,
  ownOffices,
  type RowIds,
  servedUnitsNotOwn,
} from './portal-roles'
import { ownSignIn } from './portal-users'
import { ownAccessLog, ownPrivacyRequests, privacyRequestOfTheirs } from './privacy'
import { ownRequestPhotos, ownRequests, photoOnOwnRequest, requestOfTheirs } from './requests'

export type Write = 'create' | 'update' | 'delete'

/**
 * Every write a portal user may make (issue 10), and nothing else: their own sign-in's password
 * and language, a request, a photo on their own request, a form submission, and a data-protection
 * request about their own person (F-86). The views below must
 * declare exactly these writes; the form builder's submissions state theirs in
 * access/form-submissions.ts. Tests enumerate the collections against this list.
 */
export const portalWrites = {
  'portal-users': ['update'],
  requests: ['create'],
  'request-photos': ['create'],
  'form-submissions': ['create'],
  'privacy-requests': ['create'],
} as const satisfies Partial<Record<CollectionSlug, readonly Write[]>>

/**
 * What a portal user sees of one collection, and may write there. Staff rules stay the
 * collection's own `access`; these rules run only for signed-in portal users.
 */
export type PortalView = {
  /** The rows: a `where` built from the user's person. */
  rows: PortalRule
  /** The named fields visible; every other field is hidden, also from `where` and `sort` (ADR 0022). */
  fields: readonly string[]
  /** Writes listed in `portalWrites`, with the only fields a portal user may set in them. */
  writes?: Partial<Record<Write, PortalRule>> & { fields: readonly string[] }
  /**
   * Further rows a portal user reads for another role (an allocation office's units, F-57; a
   * provider's units, F-56), each with its own, shorter field list (`group.field` names part of a
   * group). The ids leave out the user's own rows, which keep `fields`. Where Payload checks a
   * `where` or `sort` path without a row, a field counts only if every view the user has rows in lists it.
   */
  narrower?: readonly Narrower[]
}

export type Narrower = { rows: RowIds; fields: readonly string[] }

/** Per collection, which rows and which fields a portal user sees. A collection not named here is closed to the portal. */
export const portalViews: Partial<Record<CollectionSlug, PortalView>> = {
  // Their own person: the name and the details labelled public; never bank data or private details.
  persons: {
    rows: ownPerson,
    fields: [
      'displayName',
      'kind',
      'salutation',
      'title',
      'firstName',
      'lastName',
      'companyName',
      'publicContacts',
      'documents',
    ],
  },
  tenancies: {
    rows: ownTenancies,
    fields: [
      'unit',
      'kind',
      'reference',
      'holders',
      'moveIn',
      'moveOut',
      'contractEnd',
      'fixedTermEnd',
      'fixedTermFromContract',
      'agreedPayments',
      // The SEPA mandate: its IBAN reaches portal users only masked (fields/bank.ts).
      'payment',
      'documents',
    ],
    narrower: [
      // F-57: the office learns that and when a unit it allocates becomes free, never who leaves or
      // why: no holders, contract number, payments, keys, documents; of the termination only its
      // dates (who gave notice and the reason are the tenant's matter).
      {
        rows: allocatedTenanciesNotOwn,
        fields: [
          'unit',
          'kind',
          'moveIn',
          'moveOut',
          'vacancyReason',
          'termination.noticeGivenOn',
          'termination.effectiveOn',
        ],
      },
    ],
  },
  units: {
    rows: ownUnits,
    fields: [
      'object',
      'unitNumber',
      'topNumber',
      'tenure',
      'rooms',
      'floor',
      'position',
      'netArea',
      'address',
      'tenancies',
      'documents',
    ],
    narrower: [
      // F-57: the units with the office's allocation right, to place its vacancies and
      // terminations: where and what they are, not their tenancies or documents.
      {
        rows: allocatedUnitsNotOwn,
        fields: ['object', 'unitNumber', 'topNumber', 'holdingType', 'address', 'allocationOffice'],
      },
      // F-56, F-88: a provider finds the unit it works on; nothing about who lives there.
      { rows: servedUnitsNotOwn, fields: ['object', 'unitNumber', 'topNumber', 'address'] },
    ],
  },
  // The stored contact and image lists are not for them; they get the published ones (F-31).
  objects: {
    rows: relatedObjects,
    fields: ['number', 'name', 'type', 'address', 'publishedContacts', 'publishedImages', 'documents'],
    // F-57: the objects of an office's units by name and address; their contacts are published
    // for tenants, owners and providers, not for allocation offices (F-31).
    narrower: [{ rows: allocatedObjectsNotRelated, fields: ['number', 'name', 'address'] }],
  },
  // F-57: the office they are the portal user of, by name (its contact data is the office's own).
  'allocation-offices': {
    rows: ownOffices,
    fields: ['name'],
  },
  // F-82: the functions they hold today, for which unit, object, tenancy or office and since when.
  // The remark is staff's note and stays with staff.
  functions: {
    rows: heldFunctions,
    fields: ['functionType', 'unit', 'object', 'tenancy', 'allocationOffice', 'from', 'until'],
  },
  // Catalogue entries, each only where one of the rows above refers to it: no list of the catalogue.
  'function-types': { rows: heldFunctionTypes, fields: ['code', 'name', 'nameEn'] },
  'holding-types': { rows: allocatedHoldingTypes, fields: ['code', 'text'] },
  'vacancy-reasons': { rows: allocatedVacancyReasons, fields: ['code', 'text'] },
  // The links stay visible as ids: GraphQL resolves the `documents` joins of tenancies, units,
  // persons and objects by querying these fields, and populating them is limited by the portal's
  // own read access.
  documents: {
    rows: releasedDocuments,
    fields: ['title', 'category', 'year', 'fileVersion', 'object', 'unit', 'tenancy', 'persons'],
  },
  // Their own account (F-58): charges and payments of their tenancies, reversals hidden.
  postings: {
    rows: ownPostings,
    fields: ['date', 'kind', 'category', 'amount', 'text', 'tenancy'],
  },
  'portal-users': {
    rows: ownSignIn,
    fields: ['email', 'person', 'language'],
    // The password is no field: an update of their own sign-in may set it, with the current one
    // (auth/password-change.ts, which reads `currentPassword` after field access), and `language`.
    writes: { update: ownSignIn, fields: ['language', 'currentPassword'] },
  },
  // Their own requests with status and answers; they submit subject, kind and description, staff the rest.
  requests: {
    rows: ownRequests,
    fields: ['subject', 'kind', 'status', 'person', 'object', 'unit', 'tenancy', 'description', 'answers', 'photos'],
    writes: {
      create: requestOfTheirs,
      fields: ['subject', 'kind', 'person', 'object', 'unit', 'tenancy', 'description', 'formSubmission'],
    },
  },
  // F-86: who read their documents and their person record, and their data-protection requests.
  'document-access-log': {
    rows: ownAccessLog,
    fields: ['subject', 'action', 'personId', 'portalUserId', 'seeAsStaffUserId', 'staffUserId', 'documentIds', 'createdAt'],
  },
  'privacy-requests': {
    rows: ownPrivacyRequests,
    fields: ['kind', 'status', 'person', 'message', 'archive.expiresAt', 'archive.downloadedAt', 'decision.decidedAt', 'decision.outcome', 'createdAt'],
    writes: { create: privacyRequestOfTheirs, fields: ['kind', 'person', 'message'] },
  },
  'request-photos': {
    rows: ownRequestPhotos,
    fields: ['request'],
    writes: { create: photoOnOwnRequest, fields: ['request'] },
  },
}

/** Payload's default for an access the collection leaves out: any signed-in user. */
const signedIn: Access = ({ req }) => Boolean(req.user)

/** Staff and anonymous requests get the collection's rule, portal users the view's (or nothing). */
function joined(staffRule: Access | undefined, portalRule: PortalRule | undefined, write: boolean): Access {
  return (args) => {
    const { user } = args.req
    if (!isPortalUser(user)) return (staffRule ?? signedIn)(args)
    // Disabled by staff (auth/disabled.ts): nobody, even with a user object still in hand.
    if (user.disabled) return false
    // "See as" (F-23) shows a person's portal read-only.
    if (!portalRule || (write && user.seeAs)) return false
    return portalRule(args, user)
  }
}

/** The view's own rows and the rows of its narrower views. */
function readRule(view: PortalView): PortalRule {
  const { narrower } = view
  if (!narrower?.length) return view.rows
  return async (args, user) => {
    const own = await view.rows(args, user)
    const extra = (await Promise.all(narrower.map((part) => part.rows(args.req, user)))).flat()
    if (!extra.length || own === true) return own
    return own === false ? idIn(extra) : { or: [own, idIn(extra)] }
  }
}

const listsPath = (fields: readonly string[], path: string) =>
  fields.some((name) => name === path || path.startsWith(`${name}.`) || name.startsWith(`${path}.`))

/**
 * The field lists that apply to a row for this user: the narrower views holding the row, or the
 * view's own list. Without a row (a `where` or `sort` path), every list the user has rows in.
 */
async function fieldListsOf(view: PortalView, req: PayloadRequest, user: PortalUser, id: number | undefined) {
  const narrower = view.narrower ?? []
  const rows = await Promise.all(narrower.map((part) => part.rows(req, user)))
  if (id === undefined) return [view.fields, ...narrower.filter((_, n) => rows[n].length).map((part) => part.fields)]
  const holding = narrower.filter((_, n) => rows[n].includes(id))
  return holding.length ? holding.map((part) => part.fields) : [view.fields]
}

/** Fields per row: only where the view has narrower rows. */
function perRow(fields: CollectionConfig['fields'], view: PortalView): CollectionConfig['fields'] {
  if (!view.narrower?.length) return fields
  return portalReadsPerRow(fields, async (path, req, id) => {
    const lists = await fieldListsOf(view, req, req.user as PortalUser, id)
    // A row: a list holding the row shows the field. No row: every list must show it.
    return id === undefined ? lists.every((list) => listsPath(list, path)) : lists.some((list) => listsPath(list, path))
  })
}

/**
 * Declares what the portal sees of a collection: its rows and fields, and the allowed writes.
 * Without a view, every access (read, create, update, delete, and any other) and every field
 * read refuses portal users. Staff rules are left as they are.
 */
export function withPortalView(collection: CollectionConfig, view: PortalView | undefined): CollectionConfig {
  const allowed: readonly Write[] = portalWrites[collection.slug as keyof typeof portalWrites] ?? []
  const declared = (['create', 'update', 'delete'] as const).filter((write) => view?.writes?.[write])
  if (declared.length !== allowed.length || declared.some((write) => !allowed.includes(write))) {
    throw new Error(`The portal view of ${collection.slug} must declare exactly the writes in portalWrites`)
  }
  const own = collection.access ?? {}
  const access: Record<string, Access> = {}
  for (const key of new Set([...Object.keys(own), 'read', 'create', 'update', 'delete'])) {
    const staffRule = own[key as keyof typeof own] as Access | undefined
    const portalRule = key === 'read' ? (view ? readRule(view) : undefined) : view?.writes?.[key as Write]
    access[key] = joined(staffRule, portalRule, key !== 'read')
  }
  const visible = view ? [...new Set([...view.fields, ...(view.narrower ?? []).flatMap((part) => part.fields)])] : []
  const seen = view ? perRow(portalSeesOnly(collection.fields, visible), view) : portalSeesOnly(collection.fields, [])
  return {
    ...collection,
    access,
    fields: view?.writes ? portalWritesOnly(seen, view.writes.fields) : seen,
    hooks: view
      ? {
          ...collection.hooks,
          afterRead: [
            ...(collection.hooks?.afterRead ?? []),
            dropHiddenArrays(collection.fields, async (req, id) =>
              (await fieldListsOf(view, req, req.user as PortalUser, id)).flat(),
            ),
          ],
        }
      : collection.hooks,
  }
}

/** `withPortalView` with the collection's view from `portalViews`. */
export const applyPortalView = (collection: CollectionConfig): CollectionConfig =>
  withPortalView(collection, portalViews[collection.slug as CollectionSlug])
