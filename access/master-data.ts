import { idIn } from './documents'
import { personOf, type PortalRule } from './portal'
import { scopeOf } from './portal-scope'

/**
 * The rows of master data a portal user reads (rule 3), as a `where` built from their person.
 * Staff read by permission code (the collections' own access); the portal views join the two.
 */

/** Their own person only; published contacts reach the portal through the object (F-31). */
export const ownPerson: PortalRule = async (_args, user) => idIn([personOf(user)])

/** The tenancies they hold or held. */
export const ownTenancies: PortalRule = async ({ req }, user) => idIn((await scopeOf(req, personOf(user))).tenancyIds)

/** The units of those tenancies. */
export const ownUnits: PortalRule = async ({ req }, user) => idIn((await scopeOf(req, personOf(user))).unitIds)

/** The objects they are related to today (tenant, owner, provider): a former tenant has none. */
export const relatedObjects: PortalRule = async ({ req }, user) =>
  idIn([...(await scopeOf(req, personOf(user))).objects.keys()])
