'use client'

import { Button, SelectInput, useAuth, useDrawerSlug, useModal, useSelection, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { HauswerkKey } from '@/i18n/language'

import { ReleaseDrawer } from './release-dialog'

type ObjectOption = { id: number; number: string; name: string }

/**
 * Above the document list: release the selected documents at once, e.g. this year's
 * operating-cost statements to the current tenants of an object (F-21, F-22).
 */
export function ReleaseSelection() {
  const { getSelectedIds, count } = useSelection()
  const { permissions } = useAuth()
  const { t } = useTranslation<object, HauswerkKey>()
  const { openModal } = useModal()
  const slug = useDrawerSlug('release-selection')
  const [objects, setObjects] = useState<ObjectOption[]>([])
  const [object, setObject] = useState<number | null>(null)
  const allowed = Boolean(permissions?.collections?.['document-releases']?.create)

  useEffect(() => {
    if (!allowed) return
    fetch('/api/objects?limit=1000&depth=0&sort=number&select[number]=true&select[name]=true', {
      credentials: 'include',
    })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs: ObjectOption[] }) => setObjects(body.docs))
      .catch(() => setObjects([]))
  }, [allowed])

  if (!allowed) return null
  const documents = getSelectedIds().map(Number)
  return (
    <div className="release-selection">
      <SelectInput
        name="release-object"
        path="release-object"
        label={t('hauswerk:releaseObject')}
        placeholder={t('hauswerk:releaseChooseObject')}
        options={objects.map((option) => ({ value: String(option.id), label: `${option.number} ${option.name}` }))}
        value={object === null ? '' : String(object)}
        onChange={(selected) => {
          const value = Array.isArray(selected) ? undefined : selected?.value
          setObject(value ? Number(value) : null)
        }}
      />
      <Button buttonStyle="secondary" size="medium" disabled={count === 0 || !object} onClick={() => openModal(slug)}>
        {t('hauswerk:releaseSelected', { count })}
      </Button>
      <ReleaseDrawer slug={slug} target={{ documents, object, linkedPersons: [] }} />
    </div>
  )
}
