import type { LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'

import { accountStatement, statementQueryFrom } from '@/portal/models/statement.server'

import { formatCents, formatDate } from '../i18n'
import { portalPayload } from '../payload.server'
import { useRootData, useT } from '../root'
import { roleScopeOf } from '../scope.server'
import { requireSession } from '../session.server'

/** F-58 account statement: guard → parse (zod) → load. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireSession(request, context)
  const url = new URL(request.url)
  const { query, invalid } = statementQueryFrom(url.searchParams)
  const { tenancies, statements } = await accountStatement(await portalPayload(), user, query, roleScopeOf(request))
  return { query, invalid, statements, tenancies, csv: `/statement.csv${url.search}` }
}

export default function Statement() {
  const t = useT()
  const { language } = useRootData()
  const { query, invalid, statements, tenancies, csv } = useLoaderData<typeof loader>()
  const money = (cents: number) => formatCents(language, cents)
  return (
    <>
      <title>{`${t.statementTitle} – ${t.appName}`}</title>
      <h1>{t.statementTitle}</h1>
      <p className="muted">{t.statementLead}</p>
      <Form method="get" action="/statement" className="filters" role="search">
        <div className="field">
          <label htmlFor="from">{t.periodFrom}</label>
          <input id="from" name="from" type="date" defaultValue={query.from ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="to">{t.periodTo}</label>
          <input id="to" name="to" type="date" defaultValue={query.to ?? ''} />
        </div>
        {tenancies.length > 1 ? (
          <div className="field">
            <label htmlFor="tenancy">{t.tenancy}</label>
            <select id="tenancy" name="tenancy" defaultValue={query.tenancy ? String(query.tenancy) : ''}>
              <option value="">{t.allTenancies}</option>
              {tenancies.map((tenancy) => (
                <option key={tenancy.tenancyId} value={tenancy.tenancyId}>
                  {t.unitOf(tenancy.unitNumber, tenancy.objectName)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field actions">
          <button type="submit" className="button">
            {t.showStatement}
          </button>
          {query.from || query.to || query.tenancy ? <Link to="/statement">{t.resetFilter}</Link> : null}
        </div>
      </Form>
      {invalid ? (
        <p className="notice" role="alert">
          {t.invalidPeriod}
        </p>
      ) : null}
      <p>
        <a href={csv} className="button secondary" download>
          {t.downloadCsv}
        </a>
      </p>
      <p className="muted">{t.balanceHint}</p>
      {statements.length === 0 ? <p>{t.noRoles}</p> : null}
      {statements.map((statement) => {
        const heading = `statement-${statement.tenancyId}`
        return (
          <section key={statement.tenancyId} className="panel" aria-labelledby={heading}>
            <h2 id={heading}>
              {statement.active
                ? t.unitOf(statement.unitNumber, statement.objectName)
                : `${t.unitOf(statement.unitNumber, statement.objectName)} (${t.contractFormer})`}
            </h2>
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={heading}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.date}</th>
                    <th scope="col">{t.postingText}</th>
                    <th scope="col" className="number">
                      {t.charge}
                    </th>
                    <th scope="col" className="number">
                      {t.payment}
                    </th>
                    <th scope="col" className="number">
                      {t.balance}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {query.from ? (
                    <tr>
                      <td>{formatDate(language, query.from)}</td>
                      <td>{t.openingBalance}</td>
                      <td />
                      <td />
                      <td className="number">{money(statement.openingCents)}</td>
                    </tr>
                  ) : null}
                  {statement.lines.length === 0 ? (
                    <tr>
                      <td colSpan={5}>{t.noPostings}</td>
                    </tr>
                  ) : null}
                  {statement.lines.map((line) => (
                    <tr key={line.id}>
                      <td>{formatDate(language, line.date)}</td>
                      <td>
                        {line.text || (line.kind === 'charge' ? t.charge : t.payment)}
                        <span className="muted"> · {t.paymentKinds[line.category] ?? line.category}</span>
                      </td>
                      <td className="number">{line.kind === 'charge' ? money(line.cents) : ''}</td>
                      <td className="number">{line.kind === 'payment' ? money(line.cents) : ''}</td>
                      <td className="number">{money(line.balanceCents)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={2}>
                      {t.totals}
                    </th>
                    <td className="number">{money(statement.chargesCents)}</td>
                    <td className="number">{money(statement.paymentsCents)}</td>
                    <td className="number">
                      <strong>{money(statement.closingCents)}</strong>
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>
        )
      })}
    </>
  )
}
