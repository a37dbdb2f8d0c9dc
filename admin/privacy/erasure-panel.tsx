'use client'

import type { TFunction } from '@payloadcms/translations'
import { Banner, Button, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import { type HauswerkKey, languageOf } from '@/i18n/language'
import { formatDay, type Language } from '@/lib/format'
import type { ErasurePlan } from '@/privacy/erasure'

type T = TFunction<HauswerkKey>

const day = (iso: string | null, language: Language) => (iso ? formatDay(iso, language) : '–')

function PlanView({ plan, t, language }: { plan: ErasurePlan; t: T; language: Language }) {
  if (plan.refused) {
    return (
      <Banner type="error">
        <strong>{t('hauswerk:privacyRefused')}</strong>
        <ul>
          {plan.reasons.map((reason) => (
            <li key={`${reason.what}:${reason.label}`}>
              {t(reason.what === 'tenancy' ? 'hauswerk:privacyRefusedTenancy' : 'hauswerk:privacyRefusedFunction', {
                label: reason.label,
              })}
            </li>
          ))}
        </ul>
      </Banner>
    )
  }
  return (
    <div className="erasure-plan">
      <h4>{t('hauswerk:privacyErased')}</h4>
      <ul>
        {plan.erase.map((entry) => (
          <li key={entry.kind}>{t(`hauswerk:privacyKind_${entry.kind}`, { count: entry.count })}</li>
        ))}
      </ul>
      {plan.keep.length ? (
        <>
          <h4>{t('hauswerk:privacyKept')}</h4>
          <ul>
            {plan.keep.map((entry) => (
              <li key={entry.kind}>
                {t(`hauswerk:privacyKind_${entry.kind}`, { count: entry.count })} —{' '}
                {t(`hauswerk:privacyBecause_${entry.why}`, { until: day(entry.until, language) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}

/**
 * An erasure request (F-86, Art. 17): before the decision, what would go and what legal retention
 * keeps until when, and the button that carries it out; after it, what was done.
 */
export function ErasurePanel() {
  const { id } = useDocumentInfo()
  const router = useRouter()
  const { t, i18n } = useTranslation<object, HauswerkKey>()
  const language = languageOf(i18n)
  const status = useFormFields(([fields]) => fields.status?.value)
  const outcome = useFormFields(([fields]) => fields['decision.outcome']?.value) as ErasurePlan | undefined
  const [plan, setPlan] = useState<ErasurePlan | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!id || status !== 'open') return
    fetch(`/api/privacy-requests/${id}/erasure-plan`, { credentials: 'include' })
      .then(async (response) => (response.ok ? setPlan((await response.json()).plan) : setError(response.statusText)))
      .catch((reason: Error) => setError(reason.message))
  }, [id, status])

  if (status !== 'open') return outcome ? <PlanView plan={outcome} t={t} language={language} /> : null
  const carryOut = async () => {
    setBusy(true)
    const response = await fetch(`/api/privacy-requests/${id}/erase`, { method: 'POST', credentials: 'include' })
    setBusy(false)
    if (!response.ok && response.status !== 409)
      setError((await response.json()).errors?.[0]?.message ?? response.statusText)
    router.refresh()
  }
  return (
    <div>
      {error ? <Banner type="error">{error}</Banner> : null}
      {plan ? <PlanView plan={plan} t={t} language={language} /> : <p>{t('general:loading')}</p>}
      {plan ? (
        <Button buttonStyle={plan.refused ? 'secondary' : 'primary'} disabled={busy} onClick={carryOut}>
          {t(plan.refused ? 'hauswerk:privacyRefuse' : 'hauswerk:privacyCarryOut')}
        </Button>
      ) : null}
    </div>
  )
}
