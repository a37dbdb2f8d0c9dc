import type { LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'

import { documentCategories } from '@/collections/documents/categories'
import { documentListQuery, listDocuments } from '@/portal/models/documents.server'

import { formatDate, formatFileSize } from '../i18n'
import { portalPayload } from '../payload.server'
import { useRootData, useT } from '../root'
import { roleScopeOf } from '../scope.server'
import { requireSession } from '../session.server'

const firstYear = 2000

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireSession(request, context)
  const params = new URL(request.url).searchParams
  // Empty select values mean "all"; anything invalid falls back to the unfiltered first page.
  const raw = Object.fromEntries([...params].filter(([, value]) => value !== ''))
  const parsed = documentListQuery.safeParse(raw)
  const query = parsed.success ? parsed.data : documentListQuery.parse({})
  const result = await listDocuments(await portalPayload(), user, query, roleScopeOf(request))
  return {
    query,
    page: result.page ?? 1,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
    documents: result.docs.map((doc) => ({
      id: doc.id,
      title: doc.title,
      category: doc.category,
      year: doc.year,
      filesize: doc.filesize,
      createdAt: doc.createdAt,
    })),
    categories: documentCategories.map((category) => category.value),
    years: Array.from(
      { length: new Date().getFullYear() - firstYear + 2 },
      (_, index) => new Date().getFullYear() + 1 - index,
    ),
  }
}

function pageLink(query: { category?: string; year?: number }, page: number) {
  const params = new URLSearchParams()
  if (query.category) params.set('category', query.category)
  if (query.year) params.set('year', String(query.year))
  params.set('page', String(page))
  return `/documents?${params}`
}

export default function Documents() {
  const t = useT()
  const { language, seeAs } = useRootData()
  const { documents, query, page, totalPages, totalDocs, categories, years } = useLoaderData<typeof loader>()
  return (
    <>
      <title>{`${t.documentsTitle} – ${t.appName}`}</title>
      <h1>{t.documentsTitle}</h1>
      <Form method="get" action="/documents" className="filters" role="search">
        <div className="field">
          <label htmlFor="category">{t.category}</label>
          <select id="category" name="category" defaultValue={query.category ?? ''}>
            <option value="">{t.allCategories}</option>
            {categories.map((category) => (
              <option key={category} value={category}>
                {t.categories[category] ?? category}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="year">{t.year}</label>
          <select id="year" name="year" defaultValue={query.year ? String(query.year) : ''}>
            <option value="">{t.allYears}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div className="field actions">
          <button type="submit" className="button">
            {t.filter}
          </button>
          {query.category || query.year ? <Link to="/documents">{t.resetFilter}</Link> : null}
        </div>
      </Form>
      <p className="muted" role="status">
        {t.documentCount(totalDocs)}
      </p>
      {documents.length === 0 ? (
        <p>{t.noDocuments}</p>
      ) : (
        <ul className="document-list">
          {documents.map((doc) => (
            <li key={doc.id} className="card document">
              <span className="document-title">{doc.title}</span>
              <span className="muted">
                {[
                  t.categories[doc.category ?? ''] ?? '',
                  doc.year ? String(doc.year) : '',
                  formatDate(language, doc.createdAt),
                  formatFileSize(language, doc.filesize),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              {/* "See as" has no portal token for the file route, and opening is not the person's receipt. */}
              {seeAs ? (
                <span className="muted">{t.seeAsNoDownload}</span>
              ) : (
                <a
                  href={`/documents/${doc.id}/download`}
                  className="button secondary"
                  aria-label={t.downloadNamed(doc.title)}
                >
                  {t.download}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
      {totalPages > 1 ? (
        <nav aria-label={t.pagination} className="pagination">
          {page > 1 ? <Link to={pageLink(query, page - 1)}>{t.previous}</Link> : <span />}
          <span>{t.pageOf(page, totalPages)}</span>
          {page < totalPages ? <Link to={pageLink(query, page + 1)}>{t.next}</Link> : <span />}
        </nav>
      ) : null}
    </>
  )
}
