import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'

import { configurationTable } from './configuration-table'

/**
 * HV-Gruppen (SPEC F-63 "manager group"; the manual: "auf die Objekte einer bestimmten HV-Gruppe
 * einschränken"): the team of the property management an object belongs to, set on the object
 * beside its property manager. On the object, not on the staff user, so that filtering by it needs
 * no right to read other users' accounts.
 */
export const ManagerGroups = configurationTable({
  slug: slugs.managerGroups,
  labels: { singular: l('HV-Gruppe', 'Manager group'), plural: l('HV-Gruppen', 'Manager groups') },
  useAsTitle: 'name',
  defaultColumns: ['code', 'name'],
  fields: [
    { name: 'code', type: 'text', label: l('Code', 'Code'), required: true, unique: true },
    { name: 'name', type: 'text', label: l('Bezeichnung', 'Name'), required: true },
  ],
})
