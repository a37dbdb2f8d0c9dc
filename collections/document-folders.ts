import type { CollectionConfig, Validate } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { idOf } from '@/fields/relationship'
import { l } from '@/fields/label'
import { relation } from '@/fields/relationship'
import { message } from '@/i18n/messages'

import { adminGroups } from './configuration/groups'

/** A parent folder belongs to the same object. */
const parentOfSameObject: Validate = async (value, { data, req }) => {
  const parentId = idOf(value)
  if (!parentId) return true
  const parent = await req.payload.findByID({
    collection: 'document-folders',
    id: parentId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { object: true },
  })
  if (!parent) return message(req, 'notFound', { what: 'Ordner / folder', id: parentId })
  return String(idOf(parent.object)) === String(idOf((data as { object?: unknown }).object))
    ? true
    : message(req, 'otherObject')
}

/** The folder structure of an object's documents (SPEC F-20). Staff only: the portal sorts by category and year. */
export const DocumentFolders: CollectionConfig = {
  slug: slugs.documentFolders,
  labels: { singular: l('Dokumentenordner', 'Document folder'), plural: l('Dokumentenordner', 'Document folders') },
  defaultSort: 'name',
  admin: { group: adminGroups.documents, useAsTitle: 'name', defaultColumns: ['name', 'object', 'parent'] },
  access: {
    read: can(P.documentsRead),
    create: can(P.documentsCreate),
    update: can(P.documentsUpdate),
    delete: can(P.documentsDelete),
  },
  fields: [
    relation('object', slugs.objects, l('Objekt', 'Object'), { required: true }),
    { name: 'name', type: 'text', label: l('Name', 'Name'), required: true },
    relation('parent', slugs.documentFolders, l('Übergeordneter Ordner', 'Parent folder'), {
      validate: parentOfSameObject,
    }),
    {
      name: 'documents',
      type: 'join',
      label: l('Dokumente', 'Documents'),
      collection: slugs.documents,
      on: 'folder',
    },
  ],
}
