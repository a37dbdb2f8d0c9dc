import type { CollectionConfig, Field } from 'payload'

import { can } from '@/access/permissions'
import { staff } from '@/access/staff'
import type { PermissionCode } from '@/constants/permissions'
import { P } from '@/constants/permissions'

import { adminGroups } from './groups'

type Options = {
  slug: string
  labels: CollectionConfig['labels']
  fields: Field[]
  useAsTitle: string
  defaultColumns: string[]
  editPermission?: PermissionCode
  defaultSort?: string
}

/**
 * An administrator-editable list (SPEC F-10). Every member of staff reads it, because the forms
 * that use it need its entries; only the named permission changes it.
 */
export function configurationTable({
  slug,
  labels,
  fields,
  useAsTitle,
  defaultColumns,
  editPermission = P.configurationEdit,
  defaultSort,
}: Options): CollectionConfig {
  const edit = can(editPermission)
  return {
    slug,
    labels,
    defaultSort: defaultSort ?? useAsTitle,
    admin: { group: adminGroups.configuration, useAsTitle, defaultColumns },
    access: { read: staff, create: edit, update: edit, delete: edit },
    fields,
  }
}
