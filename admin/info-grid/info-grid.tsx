import type { UIFieldServerComponent } from 'payload'

import { idOf } from '@/fields/relationship'

import { infoGridRows } from './entries'
import { InfoGridView } from './info-grid-view'

/** F-04 on a unit: the entries of table 1580, each with a link to its list and a way to add one. */
export const UnitInfoGrid: UIFieldServerComponent = async ({ id, req, data }) => {
  if (!id) return null
  return <InfoGridView rows={await infoGridRows(req, { kind: 'unit', id, object: idOf(data?.object) })} />
}

/** F-04 on a tenancy. */
export const TenancyInfoGrid: UIFieldServerComponent = async ({ id, req, data }) => {
  if (!id) return null
  return <InfoGridView rows={await infoGridRows(req, { kind: 'tenancy', id, unit: idOf(data?.unit) })} />
}
