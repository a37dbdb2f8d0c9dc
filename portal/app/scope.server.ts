import { z } from 'zod'

import type { RoleScope } from '@/portal/models/roles.server'

import { cookieHeader, readCookie } from './session.server'

/** F-82: which of the person's roles the pages show — all of them, or one role's scope. */
export const roleScopes = ['all', 'tenant', 'owner'] as const satisfies readonly RoleScope[]

export const scopeCookieName = 'hauswerk-scope'
const scopeSchema = z.enum(roleScopes).catch('all')

export type { RoleScope }

export function roleScopeOf(request: Request): RoleScope {
  return scopeSchema.parse(readCookie(request, scopeCookieName))
}

export const scopeCookie = (scope: RoleScope) => cookieHeader(scopeCookieName, scope, 60 * 60 * 24 * 365)

/** The audiences of an object's published contacts that a scope shows (F-31). */
export function audiencesOf(scope: RoleScope): Array<'tenants' | 'owners' | 'providers'> {
  if (scope === 'tenant') return ['tenants']
  if (scope === 'owner') return ['owners']
  return ['tenants', 'owners', 'providers']
}
