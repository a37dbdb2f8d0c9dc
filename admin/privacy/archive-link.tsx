'use client'

import { Button, useAuth, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'

import { type HauswerkKey, localeOf } from '@/i18n/language'

/** The one download of an export, offered to the staff user who produced it while it is ready (F-86). */
export function ArchiveLink() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { t, i18n } = useTranslation<object, HauswerkKey>()
  const status = useFormFields(([fields]) => fields.status?.value)
  const staffUser = useFormFields(([fields]) => fields['requestedBy.staffUser']?.value)
  const expiresAt = useFormFields(([fields]) => fields['archive.expiresAt']?.value) as string | undefined
  if (status !== 'ready' || !id) return null
  if (Number(staffUser) !== Number(user?.id)) return <p>{t('hauswerk:privacyArchiveForRequester')}</p>
  const until = expiresAt
    ? new Intl.DateTimeFormat(localeOf(i18n), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(expiresAt))
    : ''
  return (
    <div>
      <Button el="anchor" url={`/api/privacy-requests/${id}/archive`} buttonStyle="primary">
        {t('hauswerk:privacyArchiveDownload')}
      </Button>
      <p>{t('hauswerk:privacyArchiveOnce', { until })}</p>
    </div>
  )
}
