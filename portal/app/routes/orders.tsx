import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'

import { providerAssignments } from '@/portal/models/orders.server'

import { formatDate } from '../i18n'
import { portalPayload } from '../payload.server'
import { useRootData, useT } from '../root'
import { requireSession } from '../session.server'

/** F-56 (minimal): for a service provider; anyone else gets the 404 page of a foreign id. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireSession(request, context)
  const orders = await providerAssignments(await portalPayload(), user)
  if (!orders) throw new Response('not-found', { status: 404 })
  return orders
}

function detailLink(kind: string, value: string) {
  if (kind === 'email') return `mailto:${value}`
  if (kind === 'phone' || kind === 'mobile') return `tel:${value.replace(/[^\d+]/g, '')}`
  return null
}

export default function Orders() {
  const t = useT()
  const { language } = useRootData()
  const { assignments, objects } = useLoaderData<typeof loader>()
  return (
    <>
      <title>{`${t.ordersTitle} – ${t.appName}`}</title>
      <h1>{t.ordersTitle}</h1>
      <p>{t.ordersIntro}</p>
      <p>
        <Link to="/documents">{t.ordersDocuments}</Link>
      </p>
      <section className="panel" aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">{t.roleProvider}</h2>
        <ul className="cards">
          {assignments.map((held) => (
            <li key={held.functionId} className="card">
              <strong>
                {held.unitNumber ? t.unitOf(held.unitNumber, held.objectName ?? '') : (held.objectName ?? '')}
              </strong>
              {held.address ? <span>{held.address}</span> : null}
              <span className="muted">
                {[
                  t.assignedSince(formatDate(language, held.from)),
                  held.until ? t.until(formatDate(language, held.until)) : '',
                ]
                  .filter(Boolean)
                  .join(', ')}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {objects
        .filter((object) => object.contacts.length)
        .map((object) => (
          <section key={object.id} className="panel" aria-labelledby={`contacts-${object.id}`}>
            <h2 id={`contacts-${object.id}`}>{`${t.contactsThere}: ${object.name}`}</h2>
            <ul className="cards">
              {object.contacts.map((contact) => (
                <li key={contact.key} className="card">
                  <strong>{contact.name}</strong>
                  {contact.personName && contact.personName !== contact.name ? <span>{contact.personName}</span> : null}
                  <dl className="details">
                    {contact.details.map((detail, index) => {
                      const href = detailLink(detail.kind, detail.value)
                      return (
                        <div key={index}>
                          <dt>{t.contactKinds[detail.kind] ?? detail.kind}</dt>
                          <dd>{href ? <a href={href}>{detail.value}</a> : detail.value}</dd>
                        </div>
                      )
                    })}
                  </dl>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  )
}
