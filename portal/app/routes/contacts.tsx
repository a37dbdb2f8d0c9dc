import type { LoaderFunctionArgs } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'

import { objectContacts } from '@/portal/models/contacts.server'

import { portalPayload } from '../payload.server'
import { useT } from '../root'
import { audiencesOf, roleScopeOf } from '../scope.server'
import { requireSession } from '../session.server'

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user, seeAs } = await requireSession(request, context)
  const audiences = new Set<string>(audiencesOf(roleScopeOf(request)))
  const objects = await objectContacts(await portalPayload(), user)
  return {
    objects: objects.map((object) => ({
      id: object.id,
      name: object.name ?? '',
      address: [
        [object.address?.street, object.address?.houseNumber].filter(Boolean).join(' '),
        [object.address?.postcode, object.address?.city].filter(Boolean).join(' '),
      ]
        .filter(Boolean)
        .join(', '),
      contacts: (object.publishedContacts ?? [])
        .filter(
          (contact) => !contact.audiences?.length || contact.audiences.some((audience) => audiences.has(audience)),
        )
        .map((contact, index) => ({
          key: contact.id ?? String(index),
          name: contact.name ?? '',
          personName: contact.personName ?? '',
          details: (contact.details ?? []).map((detail) => ({ kind: detail.kind ?? '', value: detail.value ?? '' })),
        })),
      // "See as" has no portal token for the image route (F-23): the titles show, not the pictures.
      images: (object.publishedImages ?? [])
        .filter((image) => typeof image.document === 'number')
        .map((image) => ({
          key: String(image.document),
          title: image.title ?? '',
          url: seeAs ? null : `/contacts/images/${object.id}/${image.document}`,
        })),
    })),
  }
}

function detailLink(kind: string, value: string) {
  if (kind === 'email') return `mailto:${value}`
  if (kind === 'phone' || kind === 'mobile') return `tel:${value.replace(/[^\d+]/g, '')}`
  return null
}

export default function Contacts() {
  const t = useT()
  const { objects } = useLoaderData<typeof loader>()
  const hasAny = objects.some((object) => object.contacts.length || object.images.length)
  return (
    <>
      <title>{`${t.contactsTitle} – ${t.appName}`}</title>
      <h1>{t.contactsTitle}</h1>
      {!hasAny ? <p>{t.noContacts}</p> : null}
      {objects.map((object) => (
        <section key={object.id} className="panel" aria-labelledby={`object-${object.id}`}>
          <h2 id={`object-${object.id}`}>{object.name}</h2>
          {object.address ? <p className="muted">{object.address}</p> : null}
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
          {object.images.length ? (
            <>
              <h3>{t.images}</h3>
              <ul className="images">
                {object.images.map((image) => (
                  <li key={image.key}>
                    <figure>
                      {image.url ? (
                        <img src={image.url} alt={image.title} loading="lazy" width={320} height={240} />
                      ) : null}
                      <figcaption>{image.title}</figcaption>
                    </figure>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ))}
    </>
  )
}
