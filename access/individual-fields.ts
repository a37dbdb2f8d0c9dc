import type { Access, PayloadRequest } from 'payload'

import { moduleSettings } from '@/lib/individual-fields/modules'
import { type IndividualFieldModule, individualFieldModules } from '@/lib/individual-fields/types'

import { permissionsOf } from './permissions'

/** The modules whose individual fields the signed-in staff user may define (150040, 150042, …). */
export async function managedModules(req: PayloadRequest): Promise<IndividualFieldModule[]> {
  const codes = await permissionsOf(req)
  return individualFieldModules.filter((module) => codes.has(moduleSettings[module].manage))
}

/**
 * Creating a definition: a boolean (never a Where). With data, the module's permission decides;
 * without (the admin asking whether to show "create"), any module's permission.
 */
export const canCreateDefinition: Access = async ({ req, data }) => {
  const modules = await managedModules(req)
  const module = (data as { module?: unknown } | undefined)?.module
  return typeof module === 'string' ? modules.includes(module as IndividualFieldModule) : modules.length > 0
}

/** Changing or deleting definitions: only those of the modules the user manages. */
export const canManageDefinitions: Access = async ({ req }) => {
  const modules = await managedModules(req)
  return modules.length > 0 ? { module: { in: modules } } : false
}
