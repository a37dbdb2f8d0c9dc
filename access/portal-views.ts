import type { Access, CollectionConfig, CollectionSlug } from 'payload'

import { releasedDocuments } from './documents'
import { ownPerson, ownTenancies, ownUnits, relatedObjects } from './master-data'
import { isPortalUser, type PortalRule } from './portal'
import { dropHiddenArrays, portalSeesOnly, portalWritesOnly } from './portal-fields'
import { ownSignIn } from './portal-users'
import { ownRequestPhotos, ownRequests, photoOnOwnRequest, requestOfTheirs } from './requests'

type Write = 'create' | 'update' | 'delete'

/**
 * Every write a portal user may make (issue 10), and nothing else: their own sign-in's password
 * and language, a request, a photo on their own request, a form submission. The views below must
 * declare exactly these writes; the form builder's submissions state theirs in
 * access/form-submissions.ts. Tests enumerate the collections against this list.
 */
export const portalWrites = {
  'portal-users': ['update'],
  requests: ['create'],
  'request-photos': ['create'],
  'form-submissions': ['create'],
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
}

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
      'keys',
      'documents',
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
  },
  // The stored contact and image lists are not for them; they get the published ones (F-31).
  objects: {
    rows: relatedObjects,
    fields: ['number', 'name', 'type', 'address', 'publishedContacts', 'publishedImages', 'documents'],
  },
  // The links stay visible as ids: GraphQL resolves the `documents` joins of tenancies, units,
  // persons and objects by querying these fields, and populating them is limited by the portal's
  // own read access.
  documents: {
    rows: releasedDocuments,
    fields: ['title', 'category', 'year', 'fileVersion', 'object', 'unit', 'tenancy', 'persons'],
  },
  'portal-users': {
    rows: ownSignIn,
    fields: ['email', 'person', 'language'],
    // The password is no field: an update of their own sign-in may set it (with the current one,
    // a virtual field never stored), and `language`.
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
    const portalRule = key === 'read' ? view?.rows : view?.writes?.[key as Write]
    access[key] = joined(staffRule, portalRule, key !== 'read')
  }
  const visible = view?.fields ?? []
  const seen = portalSeesOnly(collection.fields, visible)
  return {
    ...collection,
    access,
    fields: view?.writes ? portalWritesOnly(seen, view.writes.fields) : seen,
    hooks: view
      ? {
          ...collection.hooks,
          afterRead: [...(collection.hooks?.afterRead ?? []), dropHiddenArrays(collection.fields, visible)],
        }
      : collection.hooks,
  }
}

/** `withPortalView` with the collection's view from `portalViews`. */
export const applyPortalView = (collection: CollectionConfig): CollectionConfig =>
  withPortalView(collection, portalViews[collection.slug as CollectionSlug])
