import { allPermissionCodes, P, type PermissionCode, readPermissionCodes } from '@/constants/permissions'

const readCodes = allPermissionCodes.filter((code) => readPermissionCodes.has(code))

/** What a clerk (Sachbearbeitung) may not do: configuration, user management, deleting objects and units, imports. */
const clerkExcluded = new Set<PermissionCode>([
  P.unitFieldsManage,
  P.tenancyFieldsManage,
  P.personFieldsManage,
  P.objectFieldsManage,
  P.unitStatusesEdit,
  P.holdingTypesEdit,
  P.personAssignmentMenuEdit,
  P.unitReportMenuEdit,
  P.configurationEdit,
  P.settingsEdit,
  P.usersManage,
  P.usersRead,
  P.objectsDelete,
  P.unitsDelete,
  P.importRun,
])

export type RoleSeed = {
  key: string
  name: string
  description: string
  readOnly: boolean
  permissions: PermissionCode[]
}

const clerkCodes = allPermissionCodes.filter((code) => !clerkExcluded.has(code))

/** The roles Hauswerk ships (SPEC F-13). Administrators can change them or add their own. */
export const shippedRoles: RoleSeed[] = [
  {
    key: 'administrator',
    name: 'Administrator',
    description: 'Alle Berechtigungen, einschließlich Rollen, Benutzer, Konfiguration und indiv. Felder.',
    readOnly: false,
    permissions: allPermissionCodes,
  },
  {
    key: 'clerk',
    name: 'Sachbearbeitung',
    description: 'Pflegt Stammdaten, Bestandsverhältnisse, Funktionen und Anliegen.',
    readOnly: false,
    permissions: clerkCodes,
  },
  {
    // For offices where not every clerk may see bank data; in the demo, the persona that shows the masking.
    key: 'clerkWithoutBankData',
    name: 'Sachbearbeitung ohne Bankdaten',
    description: 'Wie Sachbearbeitung, sieht IBANs aber nur gekürzt (ohne 900114).',
    readOnly: false,
    permissions: clerkCodes.filter((code) => code !== P.bankDataRead),
  },
  {
    key: 'accounting',
    name: 'Buchhaltung',
    description: 'Liest Stammdaten und Buchungen; ändert nichts.',
    readOnly: true,
    permissions: readCodes.filter((code) => code !== P.usersRead),
  },
  {
    key: 'auditor',
    name: 'Prüfung',
    description: 'Liest alles, auch Rollen und Benutzer, und ändert nie etwas.',
    readOnly: true,
    permissions: readCodes,
  },
]
