import { Pill } from '@payloadcms/ui'
import type { PayloadRequest, UIFieldServerComponent } from 'payload'

import { canReadReceipts } from '@/access/documents'
import { type ReceiptRow, receiptStatus } from '@/collections/documents/receipts'
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
  en,
  csvHref,
  deadline,
}: {
  rows: ReceiptRow[]
  en: boolean
  csvHref: string
  deadline?: string
}) {
  const t = (de: string, english: string) => (en ? english : de)
  const opened = rows.filter((row) => row.openedAt).length
  return (
    <section className="receipt-status" aria-label={t('Empfangsnachweis', 'Proof of receipt')}>
      <h3 className="receipt-status__title">
        {t('Empfangsnachweis', 'Proof of receipt')}{' '}
        <Pill pillStyle={rows.length && opened === rows.length ? 'success' : 'light-gray'} size="small">
          {opened} / {rows.length} {t('geöffnet', 'opened')}
        </Pill>
      </h3>
      {rows.length ? (
        <DataTable
          rows={rows.map((row) => ({ ...row, id: `${row.documentId}:${row.personId}` }))}
          columns={[
            {
              key: 'person',
              heading: t('Empfänger:in', 'Recipient'),
              cell: (row) => <a href={`/admin/collections/persons/${row.personId}`}>{row.personName}</a>,
            },
            { key: 'document', heading: t('Dokument', 'Document'), cell: (row) => row.documentTitle },
            {
              key: 'released',
              heading: t('freigegeben', 'released'),
              cell: (row) => formatGermanDate(toCalendarDate(new Date(row.releasedAt))),
            },
            {
              key: 'portal',
              heading: t('Portal-Zugang', 'Portal sign-in'),
              cell: (row) => (row.hasPortalUser ? t('ja', 'yes') : t('nein', 'no')),
            },
            {
              key: 'opened',
              heading: t('erstmals geöffnet', 'first opened'),
              cell: (row) =>
                row.openedAt ? (
                  `${germanDateTime(row.openedAt)} (${t('Version', 'version')} ${row.fileVersion ?? '–'})`
                ) : (
                  <Pill pillStyle="warning" size="small">
                    {t('noch nicht', 'not yet')}
                  </Pill>
                ),
            },
          ]}
        />
      ) : (
        <p className="hauswerk-muted">{t('Noch keine Freigaben.', 'No releases yet.')}</p>
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
  return <ReceiptTable rows={rows} en={req.i18n?.language === 'en'} csvHref={csvHref} deadline={deadline} />
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
