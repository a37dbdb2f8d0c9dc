'use client'

import { useAuth, useDocumentDrawer, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'

import type { InfoGridRow } from './entries'

import './info-grid.css'

type Translate = (key: string, vars?: Record<string, unknown>) => string

function AddButton({ row }: { row: InfoGridRow }) {
  const router = useRouter()
  const { t } = useTranslation()
  const translate = t as Translate
  const [Drawer, , { openDrawer }] = useDocumentDrawer({ collectionSlug: row.collection })
  return (
    <>
      <button
        type="button"
        className="info-grid__add"
        aria-label={translate('hauswerk:infoGridAddLabel', { label: row.label })}
        title={translate('hauswerk:infoGridAdd')}
        onClick={openDrawer}
      >
        +
      </button>
      <Drawer initialData={row.initialData} onSave={() => router.refresh()} />
    </>
  )
}

/** The info grid (SPEC F-04, table 1580): counts with links to the lists, and "+" where the user may add. */
export function InfoGridView({ rows }: { rows: InfoGridRow[] }) {
  const { permissions } = useAuth()
  const { t } = useTranslation()
  const translate = t as Translate

  return (
    <section className="info-grid" aria-label={translate('hauswerk:infoGridLinked')}>
      <h4 className="info-grid__title">{translate('hauswerk:infoGridTitle')}</h4>
      <table>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid={`info-grid-${row.key}`}>
              <th scope="row">{row.label}</th>
              <td className="info-grid__count">
                {row.count === null ? (
                  <span title={translate('hauswerk:infoGridNotReadable')}>–</span>
                ) : (
                  <a href={row.href}>{row.count}</a>
                )}
              </td>
              <td>{permissions?.collections?.[row.collection]?.create ? <AddButton row={row} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
