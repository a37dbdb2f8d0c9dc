import type { LoaderFunctionArgs } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'

import { type AllocationEntry, allocationOverview } from '@/portal/models/allocation.server'

import { type Dictionary, formatDate, type Language } from '../i18n'
import { portalPayload } from '../payload.server'
import { useRootData, useT } from '../root'
import { requireSession } from '../session.server'

/** F-57: for an allocation office's portal user; anyone else gets the 404 page of a foreign id. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireSession(request, context)
  const overview = await allocationOverview(await portalPayload(), user)
  if (!overview) throw new Response('not-found', { status: 404 })
  return overview
}

function Entry({ entry, t, language }: { entry: AllocationEntry; t: Dictionary; language: Language }) {
  const rows: Array<[string, string]> = [
    [t.columnAddress, entry.address],
    [t.columnHoldingType, entry.holdingType],
    ...(entry.kind === 'vacancy'
      ? ([
          [t.columnVacantSince, formatDate(language, entry.since)],
          [t.columnReason, entry.reason ?? ''],
        ] as Array<[string, string]>)
      : ([
          [t.columnNoticeGiven, formatDate(language, entry.since)],
          [t.columnEffective, formatDate(language, entry.effectiveOn)],
        ] as Array<[string, string]>)),
  ]
  return (
    <li className="card">
      <strong>{t.unitOf(entry.topNumber ?? entry.unitNumber, entry.objectName)}</strong>
      <dl className="details">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </li>
  )
}

export default function Allocation() {
  const t = useT()
  const { language } = useRootData()
  const { offices, unitCount, vacancies, terminations } = useLoaderData<typeof loader>()
  return (
    <>
      <title>{`${t.allocationTitle} – ${t.appName}`}</title>
      <h1>{t.allocationTitle}</h1>
      <p>{t.allocationIntro(offices.join(', '), unitCount)}</p>
      <section className="panel" aria-labelledby="vacancies-heading">
        <h2 id="vacancies-heading">{t.vacancies}</h2>
        {vacancies.length ? (
          <ul className="cards">
            {vacancies.map((entry) => (
              <Entry key={entry.tenancyId} entry={entry} t={t} language={language} />
            ))}
          </ul>
        ) : (
          <p>{t.noVacancies}</p>
        )}
      </section>
      <section className="panel" aria-labelledby="terminations-heading">
        <h2 id="terminations-heading">{t.terminations}</h2>
        {terminations.length ? (
          <ul className="cards">
            {terminations.map((entry) => (
              <Entry key={entry.tenancyId} entry={entry} t={t} language={language} />
            ))}
          </ul>
        ) : (
          <p>{t.noTerminations}</p>
        )}
      </section>
    </>
  )
}
