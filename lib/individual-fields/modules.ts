import { P, type PermissionCode } from '@/constants/permissions'

import type { IndividualFieldModule } from './types'

/** Per module: who manages its definitions (SPEC F-13) and how the admin names it. */
export const moduleSettings: Record<
  IndividualFieldModule,
  { manage: PermissionCode; label: { de: string; en: string } }
> = {
  units: { manage: P.unitFieldsManage, label: { de: 'Einheiten', en: 'Units' } },
  tenancies: { manage: P.tenancyFieldsManage, label: { de: 'Bestandsverhältnisse', en: 'Tenancies' } },
  persons: { manage: P.personFieldsManage, label: { de: 'Personen', en: 'Persons' } },
  objects: { manage: P.objectFieldsManage, label: { de: 'Objekte', en: 'Objects' } },
}
