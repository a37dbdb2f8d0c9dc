import type { ServerProps, Where } from 'payload'

import { hauswerkT, languageOf } from '@/i18n/language'
import { activeOnWhere } from '@/lib/active-where'
import { formatDecimal } from '@/lib/format'

import './overview.css'
import { today } from '@/globals/settings-reader'

type Figure = { label: string; value: number; href: string }

type Reader = Pick<ServerProps, 'payload' | 'user'>

async function countAs({ payload, user }: Reader, collection: 'units' | 'tenancies' | 'requests', where: Where) {
  try {
    return (await payload.count({ collection, where, user, overrideAccess: false })).totalDocs
  } catch {
    return null
  }
}

/**
 * The start of the admin: the figures a property manager looks at first and a way into each
 * object's unit overview. Everything is read as the signed-in user; what they may not read is left out.
 */
export async function DashboardOverview({ payload, user, i18n }: ServerProps) {
  if (!user || user.collection !== 'users') return null
  const reader = { payload, user }
  const t = hauswerkT(i18n)
  const day = (await today(payload))

  const [activeUnits, vacancies, openRequests] = await Promise.all([
    countAs(reader, 'units', { active: { equals: true } }),
    countAs(reader, 'tenancies', { and: [{ kind: { equals: 'vacancy' } }, activeOnWhere('moveIn', 'moveOut', day)] }),
    countAs(reader, 'requests', { status: { in: ['new', 'inProgress'] } }),
  ])
  const figures: Figure[] = [
    ...(activeUnits === null
      ? []
      : [
          {
            label: t('hauswerk:dashboardActiveUnits'),
            value: activeUnits,
            href: '/admin/collections/units?where[active][equals]=true',
          },
        ]),
    ...(vacancies === null
      ? []
      : [
          {
            label: t('hauswerk:dashboardVacantToday'),
            value: vacancies,
            href: '/admin/collections/tenancies?where[kind][equals]=vacancy',
          },
        ]),
    ...(openRequests === null
      ? []
      : [
          {
            label: t('hauswerk:dashboardOpenRequests'),
            value: openRequests,
            href: '/admin/collections/requests?where[status][in]=new,inProgress',
          },
        ]),
  ]

  const objects = await payload
    .find({
      collection: 'objects',
      sort: 'number',
      limit: 12,
      depth: 0,
      select: { number: true, name: true, address: true },
      overrideAccess: false,
      user,
    })
    .catch(() => null)

  return (
    <section className="hw-dashboard" aria-label={t('hauswerk:dashboardOverview')}>
      <h2 className="hw-dashboard__greeting">
        {t('hauswerk:dashboardHello', { name: String((user as { name?: string }).name ?? user.email) })}
      </h2>
      {figures.length > 0 && (
        <ul className="hw-dashboard__figures">
          {figures.map((figure) => (
            <li key={figure.label}>
              <a href={figure.href}>
                <strong>{formatDecimal(figure.value, 0, languageOf(i18n))}</strong>
                <span>{figure.label}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {objects && objects.docs.length > 0 && (
        <>
          <h3 className="hw-dashboard__heading">{t('hauswerk:dashboardObjects')}</h3>
          <ul className="hw-dashboard__objects">
            {objects.docs.map((object) => (
              <li key={object.id}>
                <a href={`/admin/collections/objects/${object.id}/unit-overview`}>
                  <span className="hw-dashboard__number">{object.number}</span> {object.name}
                  <span className="hw-dashboard__city">
                    {[object.address?.postcode, object.address?.city].filter(Boolean).join(' ')}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
