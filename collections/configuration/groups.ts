import { l } from '@/fields/label'

/** Navigation groups of the admin. */
export const adminGroups = {
  masterData: l('Stammdaten', 'Master data'),
  documents: l('Dokumente', 'Documents'),
  ledger: l('Buchhaltung', 'Accounting'),
  service: l('Service', 'Service'),
  configuration: l('Konfiguration', 'Configuration'),
  administration: l('Administration', 'Administration'),
}
