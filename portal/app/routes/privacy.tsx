import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { z } from 'zod'

import { accessLog, askForErasure, askForExport, privacyRequests } from '@/portal/models/privacy.server'

import { requireCsrf } from '../csrf.server'
import { type Dictionary, formatDate, formatDateTime } from '../i18n'
import { portalPayload } from '../payload.server'
import { CsrfField, useRootData, useT } from '../root'
import { requireActingSession, requireSession } from '../session.server'

const query = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) })

/** F-86: who read their data, "download my data" and "ask for erasure". */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireSession(request, context)
  const url = new URL(request.url)
  const { page } = query.parse({ page: url.searchParams.get('page') ?? undefined })
  const payload = await portalPayload()
  const [log, requests] = await Promise.all([accessLog(payload, user, page), privacyRequests(payload, user)])
  return { log, requests, sent: url.searchParams.has('sent'), gone: url.searchParams.has('gone') }
}

const form = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('export') }),
  z.object({ intent: z.literal('erasure'), message: z.string().max(2000).default('') }),
])

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireActingSession(request, context)
  const data = await request.formData()
  await requireCsrf(request, context, data)
  const parsed = form.safeParse(Object.fromEntries(data))
  if (!parsed.success) throw new Response('bad-request', { status: 400 })
  const payload = await portalPayload()
  if (parsed.data.intent === 'export') await askForExport(payload, user)
  else await askForErasure(payload, user, parsed.data.message.trim())
  return redirect('/privacy?sent')
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>

function who(t: Dictionary, entry: Loaded['log']['entries'][number]) {
  if (entry.who.kind === 'self') return t.accessYou
  return entry.who.seeAs ? t.accessStaffSeeAs(entry.who.name) : t.accessStaff(entry.who.name)
}

function what(t: Dictionary, entry: Loaded['log']['entries'][number]) {
  if (entry.subject === 'person') return t.accessPersonRecord
  return t.accessDocuments(entry.documents.map((doc) => doc.title || t.accessDocument(doc.id)).join(', '))
}

export default function Privacy() {
  const t = useT()
  const { language } = useRootData()
  const { log, requests, sent, gone } = useLoaderData<typeof loader>()
  const queued = requests.some((request) => request.kind === 'export' && request.status === 'queued')
  const ready = requests.find(
    (request) => request.kind === 'export' && request.status === 'ready' && request.expiresAt && request.expiresAt > new Date().toISOString(),
  )
  const erasureOpen = requests.some((request) => request.kind === 'erasure' && request.status === 'open')
  return (
    <>
      <title>{`${t.privacyTitle} – ${t.appName}`}</title>
      {/* Without JavaScript too: the page looks again while the archive is being made. */}
      {queued ? <meta httpEquiv="refresh" content="5" /> : null}
      <h1>{t.privacyTitle}</h1>
      <p>{t.privacyLead}</p>
      {sent ? (
        <p className="notice" role="status">
          {t.privacySent}
        </p>
      ) : null}
      {gone ? (
        <p className="notice" role="alert">
          {t.exportGone}
        </p>
      ) : null}

      <section className="panel" aria-labelledby="export-heading">
        <h2 id="export-heading">{t.exportTitle}</h2>
        <p>{t.exportLead}</p>
        {ready ? (
          <p>
            {t.exportReady(formatDateTime(language, ready.expiresAt!))}{' '}
            <a className="button" href={`/privacy/archive/${ready.id}`}>
              {t.exportDownload}
            </a>
          </p>
        ) : queued ? (
          <p role="status">{t.exportQueued}</p>
        ) : (
          <Form method="post">
            <CsrfField />
            <button type="submit" name="intent" value="export" className="button">
              {t.exportAsk}
            </button>
          </Form>
        )}
      </section>

      <section className="panel" aria-labelledby="erasure-heading">
        <h2 id="erasure-heading">{t.erasureTitle}</h2>
        <p>{t.erasureLead}</p>
        {erasureOpen ? (
          <p role="status">{t.erasureOpen}</p>
        ) : (
          <Form method="post" className="stack">
            <CsrfField />
            <label htmlFor="erasure-message">{t.erasureMessage}</label>
            <textarea id="erasure-message" name="message" maxLength={2000} rows={3} />
            <button type="submit" name="intent" value="erasure" className="button">
              {t.erasureAsk}
            </button>
          </Form>
        )}
      </section>

      {requests.length ? (
        <section className="panel" aria-labelledby="privacy-requests-heading">
          <h2 id="privacy-requests-heading">{t.privacyRequestsTitle}</h2>
          <ul className="requests">
            {requests.map((request) => (
              <li key={request.id}>
                <p>
                  <strong>{t.privacyKinds[request.kind]}</strong> · {formatDate(language, request.createdAt)} ·{' '}
                  <span className="status">{t.privacyStatuses[request.status] ?? request.status}</span>
                </p>
                {request.outcome?.refused ? <p>{t.privacyRefusedText}</p> : null}
                {request.outcome && !request.outcome.refused ? (
                  <>
                    <p>{t.privacyErasedList(request.outcome.erase.map((entry) => t.privacyKindNames[entry.kind]).join(', '))}</p>
                    <ul>
                      {request.outcome.keep.map((entry) => (
                        <li key={entry.kind}>{t.privacyKeptItem(t.privacyKindNames[entry.kind], formatDate(language, entry.until))}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="panel" aria-labelledby="access-heading">
        <h2 id="access-heading">{t.accessLogTitle}</h2>
        {log.entries.length === 0 ? (
          <p>{t.accessLogEmpty}</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="access-heading">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.accessWhen}</th>
                  <th scope="col">{t.accessWho}</th>
                  <th scope="col">{t.accessWhat}</th>
                </tr>
              </thead>
              <tbody>
                {log.entries.map((entry) => (
                  <tr key={entry.id}>
                    <td>{formatDateTime(language, entry.at)}</td>
                    <td>{who(t, entry)}</td>
                    <td>
                      {what(t, entry)} ({t.accessActions[entry.action] ?? entry.action})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {log.totalPages > 1 ? (
          <nav className="pager" aria-label={t.accessLogTitle}>
            {log.page > 1 ? <Link to={`/privacy?page=${log.page - 1}`}>{t.newerEntries}</Link> : null}{' '}
            {log.page < log.totalPages ? <Link to={`/privacy?page=${log.page + 1}`}>{t.olderEntries}</Link> : null}
          </nav>
        ) : null}
      </section>
    </>
  )
}
