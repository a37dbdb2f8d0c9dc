import type { TFunction } from '@payloadcms/translations'
import { Pill } from '@payloadcms/ui'
import type { PayloadRequest, UIFieldServerComponent } from 'payload'

import { canReadReceipts } from '@/access/documents'
import { type ReceiptRow, receiptStatus } from '@/collections/documents/receipts'
import { type HauswerkKey, hauswerkT } from '@/i18n/language'
import { defaultTimeZone, formatGermanDate, toCalendarDate } from '@/lib/dates'

import { DataTable } from '../lib/data-table'
import { ReceiptCsv } from './receipt-csv'

import './receipt-status.css'

const germanDateTime = (iso: string) =>
  new Intl.DateTimeFormat('de-AT', { dateStyle: 'medium', timeStyle: 'short', timeZone: defaultTimeZone }).format(
    new Date(iso),
  )

function ReceiptTable({
  rows,
  t,
  csvHref,
  deadline,
}: {
  rows: ReceiptRow[]
  t: TFunction<HauswerkKey>
  csvHref: string
  deadline?: string
}) {
  const opened = rows.filter((row) => row.openedAt).length
  return (
    <section className="receipt-status" aria-label={t('hauswerk:receiptTitle')}>
      <h3 className="receipt-status__title">
        {t('hauswerk:receiptTitle')}{' '}
        <Pill pillStyle={rows.length && opened === rows.length ? 'success' : 'light-gray'} size="small">
          {opened} / {rows.length} {t('hauswerk:receiptOpened')}
        </Pill>
      </h3>
      {rows.length ? (
        <DataTable
          rows={rows.map((row) => ({ ...row, id: `${row.documentId}:${row.personId}` }))}
          columns={[
            {
              key: 'person',
              heading: t('hauswerk:receiptRecipient'),
              cell: (row) => <a href={`/admin/collections/persons/${row.personId}`}>{row.personName}</a>,
            },
            { key: 'document', heading: t('hauswerk:receiptDocument'), cell: (row) => row.documentTitle },
            {
              key: 'released',
              heading: t('hauswerk:receiptReleased'),
              cell: (row) => formatGermanDate(toCalendarDate(new Date(row.releasedAt))),
            },
            {
              key: 'portal',
              heading: t('hauswerk:receiptPortal'),
              cell: (row) => t(row.hasPortalUser ? 'hauswerk:yes' : 'hauswerk:no'),
            },
            {
              key: 'opened',
              heading: t('hauswerk:receiptFirstOpened'),
              cell: (row) =>
                row.openedAt ? (
                  `${germanDateTime(row.openedAt)} (${t('hauswerk:receiptVersion')} ${row.fileVersion ?? '–'})`
                ) : (
                  <Pill pillStyle="warning" size="small">
                    {t('hauswerk:receiptNotYet')}
                  </Pill>
                ),
            },
          ]}
        />
      ) : (
        <p className="hauswerk-muted">{t('hauswerk:receiptNone')}</p>
      )}
      <ReceiptCsv csvHref={csvHref} deadline={deadline} />
    </section>
  )
}

async function render(
  req: PayloadRequest,
  scope: { document: number } | { batch: number },
  csvHref: string,
  deadline?: string,
) {
  if (!(await canReadReceipts(req))) return null
  const rows = await receiptStatus(req, scope)
  return <ReceiptTable rows={rows} t={hauswerkT(req.i18n)} csvHref={csvHref} deadline={deadline} />
}

/** F-81 on a document: who has and has not opened it. */
export const DocumentReceiptStatus: UIFieldServerComponent = async ({ id, req }) =>
  id ? render(req, { document: Number(id) }, `/api/documents/${id}/receipts`) : null

/** F-81 on a release batch, with its deadline preset for the CSV. */
export const BatchReceiptStatus: UIFieldServerComponent = async ({ id, req, data }) =>
  id
    ? render(
        req,
        { batch: Number(id) },
        `/api/release-batches/${id}/receipts`,
        toCalendarDate(data?.deadline) ?? undefined,
      )
    : null
