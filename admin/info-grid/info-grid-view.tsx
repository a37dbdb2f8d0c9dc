'use client'

import { useAuth, useDocumentDrawer, useTranslation } from '@payloadcms/ui'
import type { CollectionSlug } from 'payload'
import { useRouter } from 'next/navigation'

import './info-grid.css'

export type InfoGridRow = {
  key: string
  label: { de: string; en: string }
  count: number | null
  href: string
  collection: CollectionSlug
  initialData: Record<string, unknown>
}

function AddButton({ row, english }: { row: InfoGridRow; english: boolean }) {
  const router = useRouter()
  const [Drawer, , { openDrawer }] = useDocumentDrawer({ collectionSlug: row.collection })
  const label = english ? row.label.en : row.label.de
  return (
    <>
      <button
        type="button"
        className="info-grid__add"
        aria-label={english ? `Add ${label}` : `${label}: neu anlegen`}
        title={english ? 'Add' : 'Neu anlegen'}
        onClick={openDrawer}
      >
        +
      </button>
      <Drawer initialData={row.initialData} onSave={() => router.refresh()} />
    </>
  )
}

/** The info grid (SPEC F-04): counts with links, and "+" where the user may add. */
export function InfoGridView({ rows, keys }: { rows: InfoGridRow[]; keys: { count: number | null; href: string } }) {
  const { permissions } = useAuth()
  const { i18n } = useTranslation()
  const english = i18n.language === 'en'

  return (
    <section className="info-grid" aria-label={english ? 'Linked records' : 'Verknüpfte Datensätze'}>
      <h4 className="info-grid__title">{english ? 'Info grid' : 'Infogrid'}</h4>
      <table>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid={`info-grid-${row.key}`}>
              <th scope="row">{english ? row.label.en : row.label.de}</th>
              <td className="info-grid__count">{row.count === null ? '–' : <a href={row.href}>{row.count}</a>}</td>
              <td>
                {permissions?.collections?.[row.collection]?.create ? <AddButton row={row} english={english} /> : null}
              </td>
            </tr>
          ))}
          <tr data-testid="info-grid-keys">
            <th scope="row">{english ? 'Keys' : 'Schlüssel'}</th>
            <td className="info-grid__count">{keys.count === null ? '–' : <a href={keys.href}>{keys.count}</a>}</td>
            <td />
          </tr>
        </tbody>
      </table>
    </section>
  )
}
