import type { CollectionConfig } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'
import { relation } from '@/fields/relationship'
import { sameObject } from '@/hooks/same-object'

import { adminGroups } from './configuration/groups'

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
      validate: sameObject(slugs.documentFolders),
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
