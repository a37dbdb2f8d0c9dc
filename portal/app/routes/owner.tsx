import type { LoaderFunctionArgs } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'

import { ownerOverview } from '@/portal/models/owner.server'

import { formatCents, formatDate, formatMonth } from '../i18n'
import { portalPayload } from '../payload.server'
import { useRootData, useT } from '../root'
import { roleScopeOf } from '../scope.server'
import { requireSession } from '../session.server'

/** F-55 owner overview: guard → (no input) → load; 404 for a person who owns nothing (in this scope). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireSession(request, context)
  const overview = await ownerOverview(await portalPayload(), user, roleScopeOf(request))
  if (!overview) throw new Response('not-found', { status: 404 })
  return overview
}

export default function Owner() {
  const t = useT()
  const { language } = useRootData()
  const { objects, months, openingArrearsCents, vacantUnits, newLettings } = useLoaderData<typeof loader>()
  const money = (cents: number) => formatCents(language, cents)
  return (
    <>
      <title>{`${t.ownerTitle} – ${t.appName}`}</title>
      <h1>{t.ownerTitle}</h1>
      <p className="muted">{t.ownerLead}</p>
      <section className="panel" aria-labelledby="owned-heading">
        <h2 id="owned-heading">{t.ownedUnits}</h2>
        {objects.map((object) => (
          <div key={object.id}>
            <h3>{object.name}</h3>
            <ul className="cards">
              {object.units.map((unit) => (
                <li key={unit.id} className="card">
                  <strong>
                    {t.unit} {unit.unitNumber}
                  </strong>
                  <span className="muted">{unit.vacant ? t.vacant : t.let}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section className="panel" aria-labelledby="months-heading">
        <h2 id="months-heading">{t.monthly}</h2>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="months-heading">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.month}</th>
                <th scope="col" className="number">
                  {t.target}
                </th>
                <th scope="col" className="number">
                  {t.actual}
                </th>
                <th scope="col" className="number">
                  {t.arrears}
                </th>
              </tr>
            </thead>
            <tbody>
              {openingArrearsCents !== 0 ? (
                <tr>
                  <th scope="row">{t.openingArrears}</th>
                  <td />
                  <td />
                  <td className="number">{money(openingArrearsCents)}</td>
                </tr>
              ) : null}
              {months.map((month) => (
                <tr key={month.month}>
                  <th scope="row">{formatMonth(language, month.month)}</th>
                  <td className="number">{money(month.targetCents)}</td>
                  <td className="number">{money(month.actualCents)}</td>
                  <td className="number">{money(month.arrearsCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="panel" aria-labelledby="vacant-heading">
        <h2 id="vacant-heading">{t.vacantUnits}</h2>
        {vacantUnits.length === 0 ? (
          <p>{t.noVacantUnits}</p>
        ) : (
          <ul>
            {vacantUnits.map((unit) => (
              <li key={unit.unitNumber}>{t.unitOf(unit.unitNumber, unit.objectName)}</li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="lettings-heading">
        <h2 id="lettings-heading">{t.newLettings}</h2>
        {newLettings.length === 0 ? (
          <p>{t.noNewLettings}</p>
        ) : (
          <ul>
            {newLettings.map((letting) => (
              <li key={`${letting.unitNumber}-${letting.moveIn}`}>
                {t.unitOf(letting.unitNumber, letting.objectName)}, {t.since(formatDate(language, letting.moveIn))}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
