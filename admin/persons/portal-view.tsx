import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'

import { hasPermission } from '@/access/permissions'
import { isStaff } from '@/access/staff'
import { P } from '@/constants/permissions'
import { seeAsLifetimeSeconds, seeAsUser } from '@/lib/portal/see-as'

import './portal-view.css'

/**
 * F-23 "see as": opens the real portal pages, read-only, as this person. The button posts to the
 * persons' see-as endpoint (collections/persons-see-as.ts), which checks the permission again and
 * puts a signed, short-lived token into the portal's see-as cookie.
 */
export async function PortalView({ doc, initPageResult, i18n }: DocumentViewServerProps) {
  const { req } = initPageResult
  const en = i18n.language === 'en'
  const t = (de: string, english: string) => (en ? english : de)
  if (!isStaff(req.user) || !(await hasPermission(req, P.portalViewAs))) {
    return (
      <Gutter>
        <p>{t('Dafür fehlt die Berechtigung 900186.', 'This needs permission 900186.')}</p>
      </Gutter>
    )
  }
  const personId = Number(doc.id)
  const invited = (await seeAsUser(req.payload, req.user, personId)).id !== 0
  const minutes = seeAsLifetimeSeconds / 60
  return (
    <Gutter className="portal-view">
      <p className="portal-view__notice" role="note">
        {t(
          `Öffnet das Portal so, wie ${doc.displayName ?? ''} es sieht – nur lesen, für ${minutes} Minuten. ${invited ? 'Hat einen Portal-Zugang.' : 'Noch nicht eingeladen.'} Ihr Blick wird protokolliert und gilt nicht als Empfang.`,
          `Opens the portal as ${doc.displayName ?? ''} sees it – read only, for ${minutes} minutes. ${invited ? 'Has a portal sign-in.' : 'Not invited yet.'} Your view is logged and does not count as receipt.`,
        )}
      </p>
      <form method="post" action={`/api/persons/${personId}/see-as`} className="portal-view__open">
        <button type="submit" className="btn btn--style-primary btn--size-medium">
          {t('Portal als diese Person öffnen', 'Open the portal as this person')}
        </button>
      </form>
    </Gutter>
  )
}
