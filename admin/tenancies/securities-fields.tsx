import { FieldLabel } from '@payloadcms/ui'
import { Forbidden, type PayloadRequest, type UIFieldServerComponent } from 'payload'
import { cache } from 'react'

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

const texts = {
  de: {
    payout: 'Auszahlungsbetrag (mit Zinsen)',
    today: 'heute',
    paidOutOn: 'ausbezahlt am',
    atEnd: 'zum Auszug',
    paidIn: 'eingezahlt',
    paidOut: 'bereits ausbezahlt',
    interest: 'Zinsen',
    repayment: 'Rückzahlung bei Auszug',
    ifToday: 'bei Auszug heute',
    writtenDown: (percent: number, since: string) => `${percent} % abgeschrieben (volle Jahre seit ${since})`,
    problems: {
      missingPaidInOn: () => 'Ohne Einzahlungsdatum kann der Auszahlungsbetrag nicht berechnet werden.',
      noRate: (day: string) =>
        `Für den ${day} ist kein Kautionszinssatz hinterlegt (Konfiguration „Kautionszinssätze“).`,
      overdrawn: (day: string) => `Die Auszahlung am ${day} ist höher als das Guthaben der Kaution.`,
      badRate: (rate: string) => `Der Zinssatz ${rate} % hat mehr als drei Nachkommastellen.`,
    },
    flags: {
      permittedBefore1955:
        'Nicht berechnet: Die Benützungsbewilligung liegt vor 1955, es gelten andere Regeln. Bitte prüfen Sie die Rückzahlung selbst.',
      occupiedBeforeJuly2000:
        'Nicht berechnet: Das Gebäude wurde vor Juli 2000 bezogen, es gelten andere Regeln. Bitte prüfen Sie die Rückzahlung selbst.',
      noOccupancyDate:
        'Nicht berechnet: Beim Objekt oder Gebäudeteil fehlt das Datum der Benützungsbewilligung bzw. des Erstbezugs.',
    },
  },
  en: {
    payout: 'Payout amount (with interest)',
    today: 'today',
    paidOutOn: 'paid out on',
    atEnd: 'at move-out',
    paidIn: 'paid in',
    paidOut: 'already paid out',
    interest: 'interest',
    repayment: 'Repayment at move-out',
    ifToday: 'if moving out today',
    writtenDown: (percent: number, since: string) => `${percent} % written down (completed years since ${since})`,
    problems: {
      missingPaidInOn: () => 'Without the date paid in, the payout cannot be computed.',
      noRate: (day: string) => `No deposit interest rate is set for ${day} (configuration “Deposit interest rates”).`,
      overdrawn: (day: string) => `The payout on ${day} is more than the deposit holds.`,
      badRate: (rate: string) => `The rate ${rate} % has more than three decimals.`,
    },
    flags: {
      permittedBefore1955:
        'Not computed: the occupancy permit predates 1955, other rules apply. Please work out the repayment yourself.',
      occupiedBeforeJuly2000:
        'Not computed: the building was first occupied before July 2000, other rules apply. Please work out the repayment yourself.',
      noOccupancyDate: 'Not computed: the object or building part has no occupancy permit or first occupancy date.',
    },
  },
} satisfies Record<Language, unknown>

function problemText(problem: DepositProblem, language: Language): string {
  const text = texts[language].problems[problem.code]
  return problem.code === 'badRate' ? text(problem.detail) : text(formatDay(problem.detail, language))
}

function PayoutLine({ label, payout, language }: { label: string; payout: DepositPayout; language: Language }) {
  const t = texts[language]
  const heading = `${label} (${formatDay(payout.on, language)})`
  if ('problem' in payout) {
    return (
      <p className="securities-field__line securities-field__line--problem">
        {heading}: {problemText(payout.problem, language)}
      </p>
    )
  }
  const { statement } = payout
  return (
    <p className="securities-field__line">
      {heading}: <strong>{formatMoney(statement.payoutCents, language)}</strong>
      <span className="securities-field__detail">
        {' '}
        ({t.paidIn} {formatMoney(statement.paidInCents, language)}
        {statement.paidOutCents ? `, ${t.paidOut} ${formatMoney(statement.paidOutCents, language)}` : ''}, {t.interest}{' '}
        {formatMoney(statement.interestCents, language)})
      </span>
    </p>
  )
}

/** The deposit's payout today and at the move-out, through the interest engine (SPEC F-85). */
export const DepositPayoutField: UIFieldServerComponent = async ({ id, req }) => {
  if (!id) return null
  const securities = await securitiesOf(req, id)
  if (!securities?.deposit) return null
  const language: Language = req.i18n?.language === 'en' ? 'en' : 'de'
  const t = texts[language]
  const { atToday, atEnd } = securities.deposit
  const paidOut = atToday.on !== securities.today
  return (
    <div className="field-type securities-field" data-testid="deposit-payout">
      <FieldLabel label={t.payout} />
      <PayoutLine label={paidOut ? t.paidOutOn : t.today} payout={atToday} language={language} />
      {atEnd && atEnd.on !== atToday.on ? <PayoutLine label={t.atEnd} payout={atEnd} language={language} /> : null}
    </div>
  )
}

/** What the financing contribution repays at the move-out (§ 17 WGG), or why it is not computed. */
export const FinancingRepaymentField: UIFieldServerComponent = async ({ id, req }) => {
  if (!id) return null
  const securities = await securitiesOf(req, id)
  const financing = securities?.financingContribution
  if (!financing) return null
  const language: Language = req.i18n?.language === 'en' ? 'en' : 'de'
  const t = texts[language]
  const { repayment } = financing
  const when = financing.on === securities.today ? t.ifToday : formatDay(financing.on, language)
  return (
    <div className="field-type securities-field" data-testid="financing-repayment">
      <FieldLabel label={`${t.repayment} (${when})`} />
      {repayment.status === 'computed' ? (
        <p className="securities-field__line">
          <strong>{formatMoney(repayment.repaidCents, language)}</strong>
          <span className="securities-field__detail">
            {' '}
            ({t.writtenDown(repayment.writeDownPercent, formatDay(repayment.since, language))}:{' '}
            {formatMoney(repayment.writtenDownCents, language)})
          </span>
        </p>
      ) : (
        <p className="securities-field__line securities-field__line--problem">
          {t.flags[repayment.flag satisfies RepaymentFlag]}
        </p>
      )}
    </div>
  )
}
