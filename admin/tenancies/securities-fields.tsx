import type { TFunction } from '@payloadcms/translations'
import { FieldLabel } from '@payloadcms/ui'
import { Forbidden, type PayloadRequest, type UIFieldServerComponent } from 'payload'
import { cache } from 'react'

import { type HauswerkKey, hauswerkT, languageOf } from '@/i18n/language'
import { formatDay, formatMoney, type Language } from '@/lib/format'
import type { RepaymentFlag } from '@/lib/securities/financing-contribution'
import { type DepositPayout, type DepositProblem, tenancySecurities } from '@/collections/tenancies/tenancy-securities'

import './securities-fields.css'

// Both fields of one tenancy form share one read (as the signed-in user) per request.
const securitiesOf = cache(async (req: PayloadRequest, id: string | number) => {
  try {
    return await tenancySecurities(req, id)
  } catch (error) {
    // Who may read the tenancy but not its unit or object sees no computed amount.
    if (error instanceof Forbidden) return null
    throw error
  }
})

type T = TFunction<HauswerkKey>

function problemText(problem: DepositProblem, language: Language, t: T): string {
  // A bad rate's detail is the rate; the other problems name a day.
  const detail = problem.code === 'badRate' ? problem.detail : formatDay(problem.detail, language)
  return t(`hauswerk:securitiesProblem_${problem.code}`, { detail })
}

function PayoutLine({
  label,
  payout,
  language,
  t,
}: {
  label: string
  payout: DepositPayout
  language: Language
  t: T
}) {
  const heading = `${label} (${formatDay(payout.on, language)})`
  if ('problem' in payout) {
    return (
      <p className="securities-field__line securities-field__line--problem">
        {heading}: {problemText(payout.problem, language, t)}
      </p>
    )
  }
  const { statement } = payout
  return (
    <p className="securities-field__line">
      {heading}: <strong>{formatMoney(statement.payoutCents, language)}</strong>
      <span className="securities-field__detail">
        {' '}
        ({t('hauswerk:securitiesPaidIn')} {formatMoney(statement.paidInCents, language)}
        {statement.paidOutCents
          ? `, ${t('hauswerk:securitiesPaidOut')} ${formatMoney(statement.paidOutCents, language)}`
          : ''}
        , {t('hauswerk:securitiesInterest')} {formatMoney(statement.interestCents, language)})
      </span>
    </p>
  )
}

/** The deposit's payout today and at the move-out, through the interest engine (SPEC F-85). */
export const DepositPayoutField: UIFieldServerComponent = async ({ id, req }) => {
  if (!id) return null
  const securities = await securitiesOf(req, id)
  if (!securities?.deposit) return null
  const language = languageOf(req.i18n)
  const t = hauswerkT(req.i18n)
  const { atToday, atEnd } = securities.deposit
  const paidOut = atToday.on !== securities.today
  return (
    <div className="field-type securities-field" data-testid="deposit-payout">
      <FieldLabel label={t('hauswerk:securitiesPayout')} />
      <PayoutLine
        label={t(paidOut ? 'hauswerk:securitiesPaidOutOn' : 'hauswerk:securitiesToday')}
        payout={atToday}
        language={language}
        t={t}
      />
      {atEnd && atEnd.on !== atToday.on ? (
        <PayoutLine label={t('hauswerk:securitiesAtEnd')} payout={atEnd} language={language} t={t} />
      ) : null}
    </div>
  )
}

/** What the financing contribution repays at the move-out (§ 17 WGG), or why it is not computed. */
export const FinancingRepaymentField: UIFieldServerComponent = async ({ id, req }) => {
  if (!id) return null
  const securities = await securitiesOf(req, id)
  const financing = securities?.financingContribution
  if (!financing) return null
  const language = languageOf(req.i18n)
  const t = hauswerkT(req.i18n)
  const { repayment } = financing
  const when = financing.on === securities.today ? t('hauswerk:securitiesIfToday') : formatDay(financing.on, language)
  return (
    <div className="field-type securities-field" data-testid="financing-repayment">
      <FieldLabel label={`${t('hauswerk:securitiesRepayment')} (${when})`} />
      {repayment.status === 'computed' ? (
        <p className="securities-field__line">
          <strong>{formatMoney(repayment.repaidCents, language)}</strong>
          <span className="securities-field__detail">
            {' '}
            (
            {t('hauswerk:securitiesWrittenDown', {
              percent: repayment.writeDownPercent,
              since: formatDay(repayment.since, language),
            })}
            : {formatMoney(repayment.writtenDownCents, language)})
          </span>
        </p>
      ) : (
        <p className="securities-field__line securities-field__line--problem">
          {t(`hauswerk:securitiesFlag_${repayment.flag satisfies RepaymentFlag}`)}
        </p>
      )}
    </div>
  )
}
