'use client'

import {
  Button,
  useAuth,
  useDocumentInfo,
  useDrawerSlug,
  useFormFields,
  useModal,
  useTranslation,
} from '@payloadcms/ui'

import type { HauswerkKey } from '@/i18n/language'

import { ReleaseDrawer } from './release-dialog'

const idOf = (value: unknown): number | null =>
  typeof value === 'number'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? Number((value as { id: unknown }).id)
      : null

/**
 * "Freigeben …" on a document (F-21, F-22): the one way to release it from its page. Shown only to
 * staff who may release.
 */
export function ReleaseButton() {
  const { id } = useDocumentInfo()
  const { permissions } = useAuth()
  const { t } = useTranslation<object, HauswerkKey>()
  const { openModal } = useModal()
  const slug = useDrawerSlug('release-document')
  const object = useFormFields(([fields]) => idOf(fields.object?.value))
  const persons = useFormFields(([fields]) => fields.persons?.value)
  if (!id || !permissions?.collections?.['document-releases']?.create) return null
  const linked = (Array.isArray(persons) ? persons : []).map(idOf).filter((value): value is number => value !== null)
  return (
    <>
      <Button buttonStyle="secondary" size="medium" onClick={() => openModal(slug)}>
        {t('hauswerk:releaseOpen')}
      </Button>
      <ReleaseDrawer slug={slug} target={{ documents: [Number(id)], object, linkedPersons: linked }} />
    </>
  )
}
