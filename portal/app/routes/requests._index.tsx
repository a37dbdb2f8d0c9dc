import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'

import { availableForms, listRequests } from '@/portal/models/requests.server'

import { formatDate } from '../i18n'
import { portalPayload } from '../payload.server'
import { useRootData, useT } from '../root'
import { requireSession } from '../session.server'

/** F-54: the person's own requests, newest first, with status and the staff's answers; the forms. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireSession(request, context)
  const payload = await portalPayload()
  const [requests, forms] = await Promise.all([listRequests(payload, user), availableForms(payload)])
  return { requests, forms, sent: new URL(request.url).searchParams.has('sent') }
}

export default function Requests() {
  const t = useT()
  const { language } = useRootData()
  const { requests, forms, sent } = useLoaderData<typeof loader>()
  return (
    <>
      <title>{`${t.requestsTitle} – ${t.appName}`}</title>
      <h1>{t.requestsTitle}</h1>
      <p>{t.requestsLead}</p>
      {sent ? (
        <p className="notice" role="status">
          {t.requestSent}
        </p>
      ) : null}
      <p className="actions">
        <Link to="/requests/new" className="button">
          {t.reportDamage}
        </Link>
      </p>
      {forms.length ? (
        <section className="panel" aria-labelledby="forms-heading">
          <h2 id="forms-heading">{t.formsTitle}</h2>
          <ul>
            {forms.map((form) => (
              <li key={form.id}>
                <Link to={`/forms/${form.id}`}>{form.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="panel" aria-labelledby="requests-heading">
        <h2 id="requests-heading">{t.requestsTitle}</h2>
        {requests.length === 0 ? <p>{t.noRequests}</p> : null}
        <ul className="requests">
          {requests.map((item) => (
            <li key={item.id}>
              <h3>{item.subject}</h3>
              <p>
                <span className="status">
                  <span className="visually-hidden">{t.status}: </span>
                  {t.requestStatuses[item.status] ?? item.status}
                </span>{' '}
                {t.requestKinds[item.kind] ?? item.kind} · {t.submittedOn(formatDate(language, item.createdAt))}
                {item.photos ? ` · ${t.photoCount(item.photos)}` : ''}
              </p>
              {item.description ? <p className="answer-text">{item.description}</p> : null}
              {item.answers.map((answer, index) => (
                <div className="answer" key={index}>
                  <strong>{t.answerOfManager}</strong>
                  <p>{answer}</p>
                </div>
              ))}
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
