'use client'

import { Button, Drawer, Pill, useModal, useTranslation } from '@payloadcms/ui'
import { type ReactNode, useState } from 'react'

import type { ContractData, ContractDataPayment } from '@/collections/tenancies/contract-data'
import { DataTable } from '@/admin/lib/data-table'
import { languageOf } from '@/i18n/language'
import { formatDay, formatIban, formatMoney, type Language } from '@/lib/format'

import './contract-data.css'

type Translate = (key: string, vars?: Record<string, unknown>) => string

/** Reads the contract data when the drawer opens; the server says why when it refuses. */
async function load(tenancyId: number): Promise<ContractData> {
  const response = await fetch(`/api/tenancies/${tenancyId}/contract-data`, { credentials: 'include' })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(body.errors?.[0]?.message ?? response.statusText)
  return body as ContractData
}

function Entry({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contract-data__entry">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

function Details({ data, t, language }: { data: ContractData; t: Translate; language: Language }) {
  const day = (value: string | null | undefined) => (value ? formatDay(value, language) : '–')
  const payments = (data.payments ?? []).map((payment, index) => ({ ...payment, id: index }))
  return (
    <>
      <dl className="contract-data__list">
        {data.kind ? <Entry label={t('hauswerk:contractDataKind')}>{t(`hauswerk:contractDataKind_${data.kind}`)}</Entry> : null}
        {data.reference ? <Entry label={t('hauswerk:contractDataReference')}>{data.reference}</Entry> : null}
        {data.unit ? (
          <Entry label={t('hauswerk:contractDataUnit')}>
            {[data.unit.number, data.unit.objectName].filter(Boolean).join(', ')}
          </Entry>
        ) : null}
        {data.unit && data.unit.rentCategory !== undefined ? (
          <Entry label={t('hauswerk:contractDataRentCategory')}>{data.unit.rentCategory ?? '–'}</Entry>
        ) : null}
        {data.holders ? (
          <Entry label={t('hauswerk:contractDataHolders')}>{data.holders.join('; ') || '–'}</Entry>
        ) : null}
        {data.moveIn !== undefined ? <Entry label={t('hauswerk:contractDataMoveIn')}>{day(data.moveIn)}</Entry> : null}
        {data.moveOut ? <Entry label={t('hauswerk:contractDataMoveOut')}>{day(data.moveOut)}</Entry> : null}
        {data.contractEnd ? (
          <Entry label={t('hauswerk:contractDataContractEnd')}>{day(data.contractEnd)}</Entry>
        ) : null}
        {data.fixedTermEnd !== undefined ? (
          <Entry label={t('hauswerk:contractDataFixedTerm')}>
            {data.fixedTermEnd ? day(data.fixedTermEnd) : t('hauswerk:contractDataUnlimited')}
          </Entry>
        ) : null}
        {data.noticeEffectiveOn ? (
          <Entry label={t('hauswerk:contractDataNoticeEffective')}>{day(data.noticeEffectiveOn)}</Entry>
        ) : null}
        {data.deposit ? (
          <Entry label={t('hauswerk:contractDataDeposit')}>
            {data.deposit.cents === null ? '–' : formatMoney(data.deposit.cents, language)}
            {data.deposit.paidInOn
              ? ` (${t('hauswerk:contractDataDepositPaidIn', { day: day(data.deposit.paidInOn) })})`
              : null}
          </Entry>
        ) : null}
      </dl>
      {data.payments ? (
        <section className="contract-data__section">
          <h3>{t('hauswerk:contractDataPayments')}</h3>
          {payments.length === 0 ? (
            <p>{t('hauswerk:contractDataNoPayments')}</p>
          ) : (
            <DataTable<ContractDataPayment & { id: number }>
              testId="contract-data-payments"
              rows={payments}
              columns={[
                {
                  key: 'kind',
                  heading: t('hauswerk:contractDataPaymentKind'),
                  cell: (row) => (
                    <>
                      {row.kindLabel}
                      {row.upcoming ? (
                        <>
                          {' '}
                          <Pill size="small" pillStyle="warning">
                            {t('hauswerk:contractDataUpcoming')}
                          </Pill>
                        </>
                      ) : null}
                    </>
                  ),
                },
                {
                  key: 'amount',
                  heading: t('hauswerk:contractDataAmount'),
                  cell: (row) => <span className="contract-data__amount">{formatMoney(row.cents, language)}</span>,
                },
                { key: 'validFrom', heading: t('hauswerk:contractDataValidFrom'), cell: (row) => day(row.validFrom) },
                {
                  key: 'validUntil',
                  heading: t('hauswerk:contractDataValidUntil'),
                  cell: (row) => (row.validUntil ? day(row.validUntil) : ''),
                },
              ]}
            />
          )}
        </section>
      ) : null}
      {data.sepa ? (
        <section className="contract-data__section">
          <h3>{t('hauswerk:contractDataSepa')}</h3>
          <dl className="contract-data__list">
            <Entry label={t('hauswerk:contractDataMandateReference')}>{data.sepa.reference ?? '–'}</Entry>
            <Entry label={t('hauswerk:contractDataSignedOn')}>{day(data.sepa.signedOn)}</Entry>
            <Entry label={t('hauswerk:contractDataIban')}>
              {data.sepa.iban ? formatIban(data.sepa.iban) : '–'}
            </Entry>
            <Entry label={t('hauswerk:contractDataAccountHolder')}>{data.sepa.accountHolder ?? '–'}</Entry>
          </dl>
        </section>
      ) : null}
    </>
  )
}

/**
 * "Mietvertragsdaten": a drawer with the tenancy's contract data as the signed-in user may read
 * it — the same facts the tenant's portal page shows, plus holders, rent category and deposit.
 */
export function ContractDataDrawer({ tenancyId, inRow = false }: { tenancyId: number; inRow?: boolean }) {
  const { t: translate, i18n } = useTranslation()
  const t = translate as unknown as Translate
  const language: Language = languageOf(i18n)
  const { openModal } = useModal()
  const [data, setData] = useState<ContractData | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const slug = `contract-data-${tenancyId}`

  const open = async () => {
    setData(null)
    setProblem(null)
    openModal(slug)
    try {
      setData(await load(tenancyId))
    } catch (error) {
      setProblem((error as Error).message || t('hauswerk:contractDataFailed'))
    }
  }

  return (
    <div className={inRow ? 'contract-data contract-data--in-row' : 'field-type contract-data'}>
      <Button buttonStyle={inRow ? 'subtle' : 'secondary'} size={inRow ? 'small' : 'medium'} onClick={open}>
        {t('hauswerk:contractDataButton')}
      </Button>
      <Drawer slug={slug} title={t('hauswerk:contractDataTitle')}>
        {problem ? (
          <p role="alert">{problem}</p>
        ) : data ? (
          <div data-testid="contract-data">
            <Details data={data} t={t} language={language} />
          </div>
        ) : (
          <p role="status">{t('hauswerk:contractDataLoading')}</p>
        )}
      </Drawer>
    </div>
  )
}
