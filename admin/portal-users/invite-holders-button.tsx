'use client'

import { Button, Drawer, Pill, toast, useAuth, useDocumentInfo, useModal, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { invite, type InviteAnswer, type Translate } from './invite'

const drawerSlug = 'invite-holders'

/**
 * "Bewohner:innen einladen" on an object (SPEC F-50, staff with 900175): a drawer with the
 * preview — how many get a mail, how many lack an address, how many already have a sign-in —
 * and the confirmation that sends the invitations.
 */
export function InviteHoldersButton() {
  const { id } = useDocumentInfo()
  const { permissions } = useAuth()
  const { t: translate } = useTranslation()
  const t = translate as unknown as Translate
  const { openModal, closeModal } = useModal()
  const [preview, setPreview] = useState<InviteAnswer | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id || !permissions?.collections?.['portal-users']?.create) return null
  const object = Number(id)

  const open = async () => {
    setPreview(null)
    openModal(drawerSlug)
    try {
      setPreview(await invite({ object }, true))
    } catch (error) {
      toast.error((error as Error).message)
      closeModal(drawerSlug)
    }
  }
  const confirm = async () => {
    setBusy(true)
    try {
      const result = await invite({ object }, false)
      toast.success(t('hauswerk:invitesSent', { count: result.counts.mail }))
      if (result.counts.failed) toast.error(t('hauswerk:invitesFailed', { count: result.counts.failed }))
      closeModal(drawerSlug)
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <Button buttonStyle="secondary" size="medium" onClick={open}>
        {t('hauswerk:inviteHolders')}
      </Button>
      <Drawer slug={drawerSlug} title={t('hauswerk:inviteHoldersTitle')}>
        {preview ? (
          <div style={{ display: 'flex', flexDirection: 'column', gap: '0.75rem', alignItems: 'flex-start' }}>
            <ul style={{ listStyle: 'none', padding: 0, display: 'flex', flexDirection: 'column', gap: '0.5rem' }}>
              <li>
                <Pill pillStyle="success">{t('hauswerk:inviteCountMail', { count: preview.counts.mail })}</Pill>
              </li>
              <li>
                <Pill pillStyle="warning">
                  {t('hauswerk:inviteCountWithoutAddress', { count: preview.counts.withoutAddress })}
                </Pill>
                {preview.withoutAddress.length ? (
                  <span> {preview.withoutAddress.map((person) => person.name).join(', ')}</span>
                ) : null}
              </li>
              <li>
                <Pill pillStyle="light-gray">
                  {t('hauswerk:inviteCountHasSignIn', { count: preview.counts.hasSignIn })}
                </Pill>
              </li>
            </ul>
            {preview.counts.mail === 0 ? <p>{t('hauswerk:inviteNobody')}</p> : null}
            <div style={{ display: 'flex', gap: '0.5rem' }}>
              <Button buttonStyle="primary" disabled={busy || preview.counts.mail === 0} onClick={confirm}>
                {t('hauswerk:inviteConfirm')}
              </Button>
              <Button buttonStyle="secondary" onClick={() => closeModal(drawerSlug)}>
                {t('general:cancel')}
              </Button>
            </div>
          </div>
        ) : (
          <p role="status">{t('hauswerk:inviteChecking')}</p>
        )}
      </Drawer>
    </>
  )
}
