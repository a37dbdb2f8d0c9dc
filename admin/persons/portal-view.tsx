import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'

import { hasPermission } from '@/access/permissions'
import { isStaff } from '@/access/staff'
import { P } from '@/constants/permissions'
import { seeAsLifetimeSeconds, seeAsUser } from '@/auth/see-as'

import './portal-view.css'

/**
 * F-23 "see as": opens the real portal pages, read-only, as this person. The button posts to the
 * persons' see-as endpoint (collections/persons-see-as.ts), which checks the permission again and
 * puts a signed, short-lived token into the portal's see-as cookie.
 */
export async function PortalView({ doc, initPageResult, i18n }: DocumentViewServerProps) {
  const { req } = initPageResult
  const t = i18n.t as (key: string, vars?: Record<string, unknown>) => string
  if (!isStaff(req.user) || !(await hasPermission(req, P.portalViewAs))) {
    return (
      <Gutter>
        <p>{t('hauswerk:seeAsNeedsPermission')}</p>
      </Gutter>
    )
  }
  const personId = Number(doc.id)
  const invited = (await seeAsUser(req.payload, req.user, personId)).id !== 0
  const minutes = seeAsLifetimeSeconds / 60
  return (
    <Gutter className="portal-view">
      <p className="portal-view__notice" role="note">
        {t('hauswerk:seeAsNotice', {
          name: doc.displayName ?? '',
          minutes,
          invitation: t(invited ? 'hauswerk:seeAsInvited' : 'hauswerk:seeAsNotInvited'),
        })}
      </p>
      <form method="post" action={`/api/persons/${personId}/see-as`} className="portal-view__open">
        <button type="submit" className="btn btn--style-primary btn--size-medium">
          {t('hauswerk:seeAsOpen')}
        </button>
      </form>
    </Gutter>
  )
}
