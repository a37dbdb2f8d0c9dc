import type { Field, Tab } from 'payload'

import { slugs } from '@/constants/slugs'

import { l } from './label'

/** The tab "Funktionen": the function holders of an object, unit or tenancy (SPEC F-08). */
export function functionHoldersTab(on: 'object' | 'unit' | 'tenancy'): Tab {
  return {
    label: l('Funktionen', 'Functions'),
    fields: [
      {
        name: 'functions',
        type: 'join',
        label: l('Funktionsträger', 'Function holders'),
        collection: slugs.functions,
        on,
        admin: { defaultColumns: ['functionType', 'person', 'from', 'until'] },
      },
    ],
  }
}

/**
 * The tab "Dokumente": the documents linked to an object, unit or tenancy, newest first (SPEC
 * F-20); an object's also shows its folders and which unit each document is about.
 */
export function documentsTab(on: 'object' | 'unit' | 'tenancy'): Tab {
  const documents: Field = {
    name: 'documents',
    type: 'join',
    label: l('Dokumente', 'Documents'),
    collection: slugs.documents,
    on,
    defaultSort: '-createdAt',
    admin: {
      defaultColumns:
        on === 'object'
          ? ['title', 'category', 'year', 'unit', 'createdAt']
          : ['title', 'category', 'year', 'createdAt'],
    },
  }
  const folders: Field = {
    name: 'documentFolders',
    type: 'join',
    label: l('Ordner', 'Folders'),
    collection: slugs.documentFolders,
    on: 'object',
  }
  return { label: l('Dokumente', 'Documents'), fields: on === 'object' ? [documents, folders] : [documents] }
}
