'use client'

import { Banner, Button, CheckboxInput, toast, useModal, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useId, useState } from 'react'

import type { HauswerkKey } from '@/i18n/language'
import type { CalendarDate } from '@/lib/dates'

import { postJson } from '../lib/api'
import { DayInput } from '../lib/day-input'
import { RadioOptions } from '../lib/radio-options'
import { TitledDrawer } from '../lib/titled-drawer'
import './release-dialog.css'

type Audience = 'tenants' | 'owners' | 'linked'
type Preview = { recipients: number; invited: number }

export type ReleaseTarget = {
  documents: number[]
  object?: number | null
  linkedPersons: number[]
}

/**
 * F-21/F-22 in Payload's drawer: release documents to the current tenants or owners of an object,
 * or to the persons linked on the document. The recipient count and F-22's warning are shown before
 * the one button that releases. Used on a document and for a selection in the document list.
 */
export function ReleaseDrawer({ slug, target }: { slug: string; target: ReleaseTarget }) {
  const { t } = useTranslation<object, HauswerkKey>()
  return (
    <TitledDrawer
      slug={slug}
      title={t('hauswerk:releaseTitle', { count: target.documents.length })}
      className="release-drawer"
    >
      <ReleaseForm slug={slug} target={target} />
    </TitledDrawer>
  )
}

function ReleaseForm({ slug, target }: { slug: string; target: ReleaseTarget }) {
  const { documents, object, linkedPersons } = target
  const { t } = useTranslation<object, HauswerkKey>()
  const router = useRouter()
  const { closeModal } = useModal()
  const id = useId()
  const [audience, setAudience] = useState<Audience>(object ? 'tenants' : 'linked')
  const [validFrom, setValidFrom] = useState<CalendarDate | null>(null)
  const [validUntil, setValidUntil] = useState<CalendarDate | null>(null)
  const [deadline, setDeadline] = useState<CalendarDate | null>(null)
  const [badDates, setBadDates] = useState<Record<string, boolean>>({})
  const [bind, setBind] = useState(true)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [busy, setBusy] = useState(false)

  // Start on the chosen audience once the drawer's focus trap has placed its own first focus.
  useEffect(() => {
    const dialog = document.getElementById(slug)
    if (!dialog) return
    const timer = setTimeout(() => dialog.querySelector<HTMLInputElement>('input[type=radio]:checked')?.focus(), 150)
    return () => clearTimeout(timer)
  }, [slug])

  const selection = () =>
    audience === 'linked' ? { persons: linkedPersons } : { audience: { object: object as number, kind: audience } }

  // F-22: who would see the documents is counted as soon as the audience is chosen.
  const linkedKey = linkedPersons.join(',')
  useEffect(() => {
    let current = true
    setPreview(null)
    postJson<Preview>(
      '/api/document-releases/preview',
      audience === 'linked'
        ? { persons: linkedKey ? linkedKey.split(',').map(Number) : [] }
        : { audience: { object, kind: audience } },
    )
      .then((result) => current && setPreview(result))
      .catch((error: Error) => current && toast.error(error.message))
    return () => {
      current = false
    }
  }, [audience, object, linkedKey])

  const validity = (name: string) => (valid: boolean) => setBadDates((bad) => ({ ...bad, [name]: !valid }))
  const datesOk = !Object.values(badDates).some(Boolean)

  const release = async () => {
    setBusy(true)
    try {
      const result = await postJson<{ releases: number; recipients: number }>('/api/document-releases/bulk', {
        ...selection(),
        documents,
        validFrom: validFrom ?? undefined,
        validUntil: validUntil ?? undefined,
        deadline: deadline ?? undefined,
        bindToTenancy: audience !== 'linked' && bind,
      })
      toast.success(t('hauswerk:releaseCreated', { count: result.releases }))
      closeModal(slug)
      router.refresh()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="release-drawer__form">
      <RadioOptions<Audience>
        name={`${id}-audience`}
        legend={t('hauswerk:releaseRecipients')}
        value={audience}
        onChange={setAudience}
        options={[
          {
            value: 'tenants',
            label: t('hauswerk:releaseTenants'),
            disabled: !object,
          },
          {
            value: 'owners',
            label: t('hauswerk:releaseOwners'),
            disabled: !object,
          },
          {
            value: 'linked',
            label: t('hauswerk:releaseLinked', { count: linkedPersons.length }),
            disabled: !linkedPersons.length,
          },
        ]}
      />
      {audience !== 'linked' ? (
        <CheckboxInput
          id={`${id}-bind`}
          checked={bind}
          onToggle={(event) => setBind(event.target.checked)}
          label={t('hauswerk:releaseBind')}
        />
      ) : null}
      <div className="release-drawer__dates">
        <DayInput
          id={`${id}-valid-from`}
          label={t('hauswerk:releaseValidFrom')}
          value={validFrom}
          onChange={setValidFrom}
          onValidity={validity('validFrom')}
        />
        <DayInput
          id={`${id}-valid-until`}
          label={t('hauswerk:releaseValidUntil')}
          value={validUntil}
          onChange={setValidUntil}
          onValidity={validity('validUntil')}
        />
        <DayInput
          id={`${id}-deadline`}
          label={t('hauswerk:releaseDeadline')}
          value={deadline}
          onChange={setDeadline}
          onValidity={validity('deadline')}
        />
      </div>
      <div data-testid="release-warning" aria-live="polite">
        {preview ? (
          <Banner type={preview.recipients ? 'info' : 'error'}>
            {preview.recipients
              ? t('hauswerk:releaseWarning', { count: preview.recipients, invited: preview.invited })
              : t('hauswerk:releaseReachesNobody')}
          </Banner>
        ) : (
          <Banner>{t('hauswerk:releaseCounting')}</Banner>
        )}
      </div>
      <div className="release-drawer__actions">
        <Button
          buttonStyle="primary"
          size="medium"
          disabled={busy || !preview || preview.recipients === 0 || !datesOk}
          onClick={release}
        >
          {preview ? t('hauswerk:releaseNow', { count: preview.recipients }) : t('hauswerk:release')}
        </Button>
        <Button buttonStyle="secondary" size="medium" onClick={() => closeModal(slug)}>
          {t('general:cancel')}
        </Button>
      </div>
    </div>
  )
}
