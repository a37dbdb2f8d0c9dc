import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'

import { hasPermission } from '@/access/permissions'
import { isStaff } from '@/access/staff'
import { documentCategories } from '@/collections/documents/categories'
import { P } from '@/constants/permissions'
import { formatGermanDate, toCalendarDate } from '@/lib/dates'
import { seeAsUser } from '@/lib/portal/see-as'
import { objectContacts } from '@/portal/models/contacts.server'
import { documentListQuery, listDocuments } from '@/portal/models/documents.server'

import './portal-view.css'

/**
 * F-23 "see as": a person's portal, read-only, built by the very model functions the portal uses
 * (portal/models), with a user that stands for the person. Staff check releases before inviting.
 */
export async function PortalView({ doc, initPageResult, searchParams, i18n }: DocumentViewServerProps) {
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
  const query = documentListQuery.safeParse(searchParams ?? {})
  const user = await seeAsUser(req.payload, req.user, personId)
  const [documents, objects] = await Promise.all([
    listDocuments(req.payload, user, query.success ? query.data : {}),
    objectContacts(req.payload, user),
  ])
  const categoryLabel = (value?: string | null) => {
    const found = documentCategories.find((category) => category.value === value)
    return found ? (en ? found.label.en : found.label.de) : ''
  }
  const base = `/admin/collections/persons/${personId}/portal-view`

  return (
    <Gutter className="portal-view">
      <p className="portal-view__notice" role="note">
        {t(
          `So sieht ${doc.displayName ?? ''} das Portal – nur lesen. ${user.id ? 'Hat einen Portal-Zugang.' : 'Noch nicht eingeladen.'} Ihr Blick wird protokolliert und gilt nicht als Empfang.`,
          `This is the portal as ${doc.displayName ?? ''} sees it – read only. ${user.id ? 'Has a portal sign-in.' : 'Not invited yet.'} Your view is logged and does not count as receipt.`,
        )}
      </p>
      <h3>
        {t('Dokumente', 'Documents')} ({documents.totalDocs})
      </h3>
      {documents.docs.length ? (
        <table className="portal-view__table">
          <thead>
            <tr>
              <th>{t('Titel', 'Title')}</th>
              <th>{t('Kategorie', 'Category')}</th>
              <th>{t('Jahr', 'Year')}</th>
              <th>{t('Datum', 'Date')}</th>
            </tr>
          </thead>
          <tbody>
            {documents.docs.map((document) => (
              <tr key={document.id}>
                <td>
                  <a href={`/admin/collections/documents/${document.id}`}>{document.title}</a>
                </td>
                <td>{categoryLabel(document.category)}</td>
                <td>{document.year ?? ''}</td>
                <td>{formatGermanDate(toCalendarDate(new Date(document.createdAt)))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('Keine freigegebenen Dokumente.', 'No released documents.')}</p>
      )}
      {documents.totalPages > 1 ? (
        <nav className="portal-view__pages" aria-label={t('Seiten', 'Pages')}>
          {documents.hasPrevPage ? <a href={`${base}?page=${documents.page! - 1}`}>{t('zurück', 'previous')}</a> : null}{' '}
          {documents.page} / {documents.totalPages}{' '}
          {documents.hasNextPage ? <a href={`${base}?page=${documents.page! + 1}`}>{t('weiter', 'next')}</a> : null}
        </nav>
      ) : null}
      <h3>{t('Kontakte', 'Contacts')}</h3>
      {objects.length ? (
        objects.map((object) => (
          <section key={object.id} className="portal-view__object">
            <h4>
              {object.number} {object.name}
            </h4>
            <ul>
              {(object.publishedContacts ?? []).map((contact) => (
                <li key={contact.id ?? contact.name}>
                  <strong>{contact.name}</strong>
                  {contact.personName && contact.personName !== contact.name ? ` – ${contact.personName}` : ''}:{' '}
                  {(contact.details ?? []).map((detail) => detail.value).join(', ') || '–'}
                </li>
              ))}
            </ul>
            {(object.publishedImages ?? []).length > 0 && (
              <ul className="portal-view__images" aria-label={t('Bilder', 'Images')}>
                {(object.publishedImages ?? []).map((image) => (
                  <li key={image.document}>
                    {/* eslint-disable-next-line @next/next/no-img-element -- served through the access-checked API */}
                    <img src={image.url ?? ''} alt={image.title ?? ''} loading="lazy" />
                    <span>{image.title}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      ) : (
        <p>{t('Mit keinem Objekt verbunden.', 'Not related to any object.')}</p>
      )}
    </Gutter>
  )
}
