'use client'

import { Button, Pill, toast, useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useId, useState } from 'react'

import { invite, type InviteAnswer, type Translate } from './invite'

/**
 * "Zum Portal einladen" on a person (SPEC F-50, staff with 900175): sends the single-use link to
 * the person's invitation address. Disabled, with the reason beside it, when the person has no such
 * address or already a sign-in — the endpoint's own preview decides, so the button and the
 * server agree.
 */
export function InvitePersonButton() {
  const { id } = useDocumentInfo()
  const { permissions } = useAuth()
  const { t: translate } = useTranslation()
  const t = translate as unknown as Translate
  const reasonId = useId()
  const [preview, setPreview] = useState<InviteAnswer | null>(null)
  const [busy, setBusy] = useState(false)
  const allowed = Boolean(permissions?.collections?.['portal-users']?.create)
  const person = Number(id)

  const check = useCallback(async () => {
    try {
      setPreview(await invite({ person }, true))
    } catch (error) {
      toast.error((error as Error).message)
    }
  }, [person])

  useEffect(() => {
    if (allowed && person) void check()
  }, [allowed, person, check])

  if (!id || !allowed) return null
  const reason = !preview
    ? t('hauswerk:inviteChecking')
    : preview.counts.hasSignIn
      ? t('hauswerk:inviteHasSignIn')
      : preview.counts.withoutAddress
        ? t('hauswerk:inviteNoAddress')
        : null
  const send = async () => {
    setBusy(true)
    try {
      const result = await invite({ person }, false)
      if (result.counts.mail) toast.success(t('hauswerk:inviteSent', { email: result.mail[0]?.email ?? '' }))
      else toast.error(t('hauswerk:invitesFailed', { count: result.counts.failed }))
      await check()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="invite-person" style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
      <Button
        buttonStyle="secondary"
        size="medium"
        disabled={busy || reason !== null}
        onClick={send}
        aria-describedby={reason ? reasonId : undefined}
      >
        {t('hauswerk:inviteToPortal')}
      </Button>
      {reason ? (
        <Pill id={reasonId} pillStyle="light-gray" size="small">
          {reason}
        </Pill>
      ) : null}
    </div>
  )
}
