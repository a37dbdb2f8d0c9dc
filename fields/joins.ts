import type { Tab } from 'payload'

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

/** The tab "Dokumente": the documents linked to a unit or tenancy, newest first (SPEC F-20). */
export function documentsTab(on: 'unit' | 'tenancy'): Tab {
  return {
    label: l('Dokumente', 'Documents'),
    fields: [
      {
        name: 'documents',
        type: 'join',
        label: l('Dokumente', 'Documents'),
        collection: slugs.documents,
        on,
        defaultSort: '-createdAt',
        admin: { defaultColumns: ['title', 'category', 'year', 'createdAt'] },
      },
    ],
  }
}
