'use client'

import { useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'

/**
 * Two screen-reader labels Payload leaves wrong, set right as they appear: the toast region
 * (sonner's "Notifications alt+T", which Payload gives no prop for) and the dashboard cards'
 * "create" buttons, whose label Payload builds from the collection's label object
 * ("[object Object] anlegen").
 */
export function ScreenReaderLabels({ children }: { children?: ReactNode }) {
  const { t } = useTranslation()
  useEffect(() => {
    const notifications = (t as (key: string) => string)('hauswerk:notifications')
    const fix = () => {
      for (const region of document.querySelectorAll('section[aria-label^="Notifications"]')) {
        region.setAttribute('aria-label', `${notifications} (Alt+T)`)
      }
      for (const button of document.querySelectorAll('[aria-label*="[object Object]"]')) {
        const title = button.closest('.card')?.querySelector('.card__title')?.textContent?.trim()
        button.setAttribute('aria-label', t('general:createNewLabel', { label: title ?? '' }))
      }
    }
    fix()
    const observer = new MutationObserver(fix)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [t])
  return <>{children}</>
}
