'use client'

import { Button, useAuth, useSelection, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { ReleaseDialog } from './release-dialog'

type ObjectOption = { id: number; number: string; name: string }

/**
 * Above the document list: release the selected documents at once, e.g. this year's
 * operating-cost statements to the current tenants of an object (F-21, F-22).
 */
export function ReleaseSelection() {
  const { getSelectedIds, count } = useSelection()
  const { permissions } = useAuth()
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const [objects, setObjects] = useState<ObjectOption[]>([])
  const [object, setObject] = useState<number | null>(null)
  const [open, setOpen] = useState(false)
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
      <label>
        {en ? 'Object ' : 'Objekt '}
        <select
          value={object ?? ''}
          onChange={(event) => setObject(event.target.value ? Number(event.target.value) : null)}
        >
          <option value="">–</option>
          {objects.map((option) => (
            <option key={option.id} value={option.id}>
              {option.number} {option.name}
            </option>
          ))}
        </select>
      </label>{' '}
      <Button buttonStyle="secondary" size="small" disabled={count === 0 || !object} onClick={() => setOpen(true)}>
        {en ? `Release ${count} selected …` : `${count} ausgewählte freigeben …`}
      </Button>
      {open ? (
        <ReleaseDialog documents={documents} object={object} linkedPersons={[]} onClose={() => setOpen(false)} />
      ) : null}
    </div>
  )
}
