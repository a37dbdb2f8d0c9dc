'use client'

import { Button, toast, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { postJson } from '../lib/api'
import './release-dialog.css'

type Audience = 'tenants' | 'owners' | 'linked'
type Preview = { recipients: number; invited: number }

/**
 * F-21/F-22: release documents to the current tenants or owners of an object, or to the persons
 * linked on the document — after a preview that warns how many recipients see it at once and asks
 * for confirmation. Used on a document and for a selection in the document list.
 */
export function ReleaseDialog({
  documents,
  object,
  linkedPersons,
  onClose,
}: {
  documents: number[]
  object?: number | null
  linkedPersons: number[]
  onClose: () => void
}) {
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const t = (de: string, english: string) => (en ? english : de)
  const router = useRouter()
  const id = useId()
  const [audience, setAudience] = useState<Audience>(object ? 'tenants' : 'linked')
  const [validFrom, setValidFrom] = useState('')
  const [validUntil, setValidUntil] = useState('')
  const [deadline, setDeadline] = useState('')
  const [bind, setBind] = useState(true)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [busy, setBusy] = useState(false)

  const selection = () =>
    audience === 'linked' ? { persons: linkedPersons } : { audience: { object: object as number, kind: audience } }

  const check = async () => {
    setBusy(true)
    try {
      setPreview(await postJson<Preview>('/api/document-releases/preview', selection()))
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const release = async () => {
    setBusy(true)
    try {
      const result = await postJson<{ releases: number; recipients: number }>('/api/document-releases/bulk', {
        ...selection(),
        documents,
        validFrom: validFrom || undefined,
        validUntil: validUntil || undefined,
        deadline: deadline || undefined,
        bindToTenancy: audience !== 'linked' && bind,
      })
      toast.success(t(`${result.releases} Freigaben angelegt.`, `${result.releases} releases created.`))
      router.refresh()
      onClose()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="release-dialog" role="dialog" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {t(`${documents.length} Dokument(e) freigeben`, `Release ${documents.length} document(s)`)}
      </h3>
      <fieldset onChange={() => setPreview(null)}>
        <legend>{t('Empfänger:innen', 'Recipients')}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-audience`}
            checked={audience === 'tenants'}
            disabled={!object}
            onChange={() => setAudience('tenants')}
          />
          {t('aktuelle Mieter:innen des Objekts', 'current tenants of the object')}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-audience`}
            checked={audience === 'owners'}
            disabled={!object}
            onChange={() => setAudience('owners')}
          />
          {t('aktuelle Eigentümer:innen des Objekts', 'current owners of the object')}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-audience`}
            checked={audience === 'linked'}
            disabled={!linkedPersons.length}
            onChange={() => setAudience('linked')}
          />
          {t(`die verknüpften Personen (${linkedPersons.length})`, `the linked persons (${linkedPersons.length})`)}
        </label>
      </fieldset>
      <div className="release-dialog__row">
        <label>
          {t('sichtbar ab', 'valid from')}
          <input type="date" value={validFrom} onChange={(event) => setValidFrom(event.target.value)} />
        </label>
        <label>
          {t('sichtbar bis', 'valid until')}
          <input type="date" value={validUntil} onChange={(event) => setValidUntil(event.target.value)} />
        </label>
        <label>
          {t('Frist für den Empfang', 'deadline for receipt')}
          <input type="date" value={deadline} onChange={(event) => setDeadline(event.target.value)} />
        </label>
      </div>
      {audience !== 'linked' ? (
        <label className="release-dialog__check">
          <input type="checkbox" checked={bind} onChange={(event) => setBind(event.target.checked)} />
          {t('an das Bestandsverhältnis binden (endet mit dem Auszug)', 'bind to the tenancy (ends with the move-out)')}
        </label>
      ) : null}
      {preview ? (
        <p className="release-dialog__warning" role="alert" data-testid="release-warning">
          {t(
            `Sobald Sie freigeben, sehen ${preview.recipients} Empfänger:innen das Dokument sofort im Portal (${preview.invited} davon haben bereits einen Portal-Zugang).`,
            `Once you release, ${preview.recipients} recipients see the document at once in the portal (${preview.invited} of them already have a portal sign-in).`,
          )}
        </p>
      ) : null}
      <div className="release-dialog__actions">
        {preview ? (
          <Button buttonStyle="primary" size="medium" disabled={busy || preview.recipients === 0} onClick={release}>
            {t(`Jetzt für ${preview.recipients} freigeben`, `Release to ${preview.recipients} now`)}
          </Button>
        ) : (
          <Button buttonStyle="primary" size="medium" disabled={busy} onClick={check}>
            {t('Empfänger:innen prüfen', 'Check recipients')}
          </Button>
        )}
        <Button buttonStyle="secondary" size="medium" onClick={onClose}>
          {t('Abbrechen', 'Cancel')}
        </Button>
      </div>
    </section>
  )
}
