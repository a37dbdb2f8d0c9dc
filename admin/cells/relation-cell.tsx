'use client'

import { getTranslation } from '@payloadcms/translations'
import { useConfig, useTranslation } from '@payloadcms/ui'
import { formatDocTitle } from '@payloadcms/ui/shared'
import type { DefaultCellComponentProps, RelationshipFieldClient, StaticLabel } from 'payload'
import { Fragment, useEffect, useSyncExternalStore } from 'react'

import { requestTitles, snapshot, subscribe, titleEntry } from './relation-titles'

type Reference = { relationTo: string; value: number | string }

function referencesOf(cellData: unknown, relationTo: RelationshipFieldClient['relationTo']): Reference[] {
  const cells = Array.isArray(cellData) ? cellData : cellData === null || cellData === undefined ? [] : [cellData]
  return cells.flatMap((cell): Reference[] => {
    if (typeof cell === 'number' || typeof cell === 'string')
      return typeof relationTo === 'string' ? [{ relationTo, value: cell }] : []
    if (cell && typeof cell === 'object') {
      const record = cell as { relationTo?: string; value?: unknown; id?: number | string }
      if (record.relationTo && record.value !== undefined) {
        const value = typeof record.value === 'object' ? (record.value as { id: number | string }).id : record.value
        return [{ relationTo: record.relationTo, value: value as number | string }]
      }
      if (record.id !== undefined && typeof relationTo === 'string') return [{ relationTo, value: record.id }]
    }
    return []
  })
}

/**
 * A relation in a list. Every row asks for its titles as the list arrives (relation-titles.ts),
 * shows "…" while they load — never "none" for a record that has the relation — and
 * `emptyLabel` (or a dash) where it really has none. Payload's own cell asks only once a row
 * scrolls into view and until then reads "<Kein Einheit>".
 */
export function RelationCell({
  cellData,
  field,
  rowData,
  emptyLabel,
  emptyWhen,
}: DefaultCellComponentProps<RelationshipFieldClient> & {
  emptyLabel?: StaticLabel
  /** Show `emptyLabel` only on rows whose field `emptyWhen.field` equals `emptyWhen.equals`. */
  emptyWhen?: { field: string; equals: unknown }
}) {
  const { config, getEntityConfig } = useConfig()
  const { i18n, t } = useTranslation()
  useSyncExternalStore(subscribe, snapshot, snapshot)
  const references = referencesOf(cellData, field.relationTo)
  const key = references.map((reference) => `${reference.relationTo}:${reference.value}`).join(',')
  const api = `${config.serverURL}${config.routes.api}`

  useEffect(() => {
    if (references.length > 0) requestTitles(references, api, i18n.language)
    // The references are fully described by their key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, api, i18n.language])

  if (references.length === 0) {
    const labelled = emptyLabel && (!emptyWhen || rowData?.[emptyWhen.field] === emptyWhen.equals)
    return <span className="relation-cell">{labelled ? getTranslation(emptyLabel, i18n) : '—'}</span>
  }
  return (
    <span className="relation-cell">
      {references.map(({ relationTo, value }, index) => {
        const entry = titleEntry(relationTo, value)
        const fallback = `${t('general:untitled')} - ID: ${value}`
        const title =
          entry.status === 'loading'
            ? '…'
            : entry.status === 'missing'
              ? fallback
              : formatDocTitle({
                  collectionConfig: getEntityConfig({ collectionSlug: relationTo }),
                  data: entry.doc as never,
                  dateFormat: config.admin.dateFormat,
                  fallback,
                  i18n,
                })
        return (
          <Fragment key={`${relationTo}:${value}`}>
            {index > 0 && ', '}
            {title}
          </Fragment>
        )
      })}
    </span>
  )
}
