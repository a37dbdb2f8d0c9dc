import type { LoaderFunctionArgs } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'

import { contractData, contractDataOffered } from '@/portal/models/contract.server'

import { formatCents, formatDate } from '../i18n'
import { languageOf } from '../language.server'
import { portalPayload } from '../payload.server'
import { useRootData, useT } from '../root'
import { roleScopeOf } from '../scope.server'
import { requireSession } from '../session.server'

/** F-51 contract data: guard → (no input to parse) → load; a clear page when the company does not offer it. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireSession(request, context)
  const payload = await portalPayload()
  if (!(await contractDataOffered(payload))) return { offered: false as const, contracts: [] }
  const contracts = await contractData(payload, user, { scope: roleScopeOf(request), language: languageOf(request) })
  return { offered: true as const, contracts }
}

export default function Contract() {
  const t = useT()
  const { language } = useRootData()
  const { offered, contracts } = useLoaderData<typeof loader>()
  if (!offered) {
    return (
      <section className="panel">
        <title>{`${t.contractNotOfferedTitle} – ${t.appName}`}</title>
        <h1>{t.contractNotOfferedTitle}</h1>
        <p>{t.contractNotOffered}</p>
      </section>
    )
  }
  const date = (value: string | null) => (value ? formatDate(language, value) : '–')
  return (
    <>
      <title>{`${t.contractTitle} – ${t.appName}`}</title>
      <h1>{t.contractTitle}</h1>
      <p className="muted">{t.contractLead}</p>
      {contracts.length === 0 ? <p>{t.noContracts}</p> : null}
      {contracts.map((contract) => {
        const heading = `contract-${contract.tenancyId}`
        const role =
          contract.kind === 'owner'
            ? contract.state === 'former'
              ? t.roleFormerOwner
              : t.roleOwner
            : contract.state === 'former'
              ? t.roleFormerTenant
              : t.roleTenant
        const state = { current: t.contractCurrent, former: t.contractFormer, future: t.contractFuture }[contract.state]
        return (
          <section
            key={contract.tenancyId}
            className={contract.state === 'former' ? 'panel former' : 'panel'}
            aria-labelledby={heading}
          >
            <h2 id={heading}>
              {role}: {t.unitOf(contract.unitNumber, contract.objectName)}
            </h2>
            <p>
              <span className="badge">{state}</span>
            </p>
            <dl className="details">
              {contract.reference ? (
                <div>
                  <dt>{t.reference}</dt>
                  <dd>{contract.reference}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t.moveIn}</dt>
                <dd>{date(contract.moveIn)}</dd>
              </div>
              {contract.moveOut ? (
                <div>
                  <dt>{t.moveOut}</dt>
                  <dd>{date(contract.moveOut)}</dd>
                </div>
              ) : null}
              {contract.contractEnd ? (
                <div>
                  <dt>{t.contractEnd}</dt>
                  <dd>{date(contract.contractEnd)}</dd>
                </div>
              ) : null}
              {contract.fixedTermEnd ? (
                <div>
                  <dt>{t.fixedTermEnd}</dt>
                  <dd>{date(contract.fixedTermEnd)}</dd>
                </div>
              ) : null}
            </dl>
            {contract.kind === 'tenant' || contract.payments.length > 0 ? (
              <>
                <h3>{t.agreedPayments}</h3>
                {contract.payments.length === 0 ? (
                  <p>{t.noPayments}</p>
                ) : (
                  <div className="table-scroll" tabIndex={0} role="region" aria-label={t.agreedPayments}>
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">{t.paymentKind}</th>
                          <th scope="col" className="number">
                            {t.amount}
                          </th>
                          <th scope="col">{t.validFrom}</th>
                          <th scope="col">{t.validUntil}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {contract.payments.map((payment, index) => (
                          <tr key={index} className={payment.upcoming ? 'upcoming' : undefined}>
                            <td>
                              {t.paymentKinds[payment.kind] ?? payment.kind}
                              {payment.upcoming ? (
                                <>
                                  {' '}
                                  <strong className="badge">{t.upcomingChange}</strong>
                                </>
                              ) : null}
                            </td>
                            <td className="number">{formatCents(language, payment.cents)}</td>
                            <td>{date(payment.validFrom)}</td>
                            <td>{payment.validUntil ? date(payment.validUntil) : ''}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
                <h3>{t.sepaMandate}</h3>
                {contract.sepa ? (
                  <dl className="details">
                    <div>
                      <dt>{t.mandateReference}</dt>
                      <dd>{contract.sepa.reference ?? '–'}</dd>
                    </div>
                    <div>
                      <dt>{t.signedOn}</dt>
                      <dd>{date(contract.sepa.signedOn)}</dd>
                    </div>
                    <div>
                      <dt>{t.iban}</dt>
                      <dd className="iban">{contract.sepa.iban ?? '–'}</dd>
                    </div>
                    <div>
                      <dt>{t.accountHolder}</dt>
                      <dd>{contract.sepa.accountHolder ?? '–'}</dd>
                    </div>
                  </dl>
                ) : (
                  <p>{t.noMandate}</p>
                )}
              </>
            ) : null}
            {contract.fields.length > 0 ? (
              <>
                <h3>{t.moreDetails}</h3>
                <dl className="details">
                  {contract.fields.map((field, index) => (
                    <div key={`${index}-${field.key}`}>
                      <dt>{field.label}</dt>
                      <dd>{field.text}</dd>
                    </div>
                  ))}
                </dl>
              </>
            ) : null}
          </section>
        )
      })}
    </>
  )
}
