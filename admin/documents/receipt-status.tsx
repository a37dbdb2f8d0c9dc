import type { PayloadRequest, UIFieldServerComponent } from 'payload'

import { canReadReceipts } from '@/access/documents'
import { type ReceiptRow, receiptStatus } from '@/lib/documents/receipts'
import { formatGermanDate, toCalendarDate } from '@/lib/dates'

import './receipt-status.css'

const germanDateTime = (iso: string) =>
  new Intl.DateTimeFormat('de-AT', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Vienna' }).format(
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
      <h4>
        {t('Empfangsnachweis', 'Proof of receipt')}: {opened} / {rows.length} {t('geöffnet', 'opened')}
      </h4>
      {rows.length ? (
        <table>
          <thead>
            <tr>
              <th>{t('Empfänger:in', 'Recipient')}</th>
              <th>{t('Dokument', 'Document')}</th>
              <th>{t('freigegeben', 'released')}</th>
              <th>{t('Portal-Zugang', 'Portal sign-in')}</th>
              <th>{t('erstmals geöffnet', 'first opened')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.documentId}:${row.personId}`} data-opened={row.openedAt ? 'yes' : 'no'}>
                <td>
                  <a href={`/admin/collections/persons/${row.personId}`}>{row.personName}</a>
                </td>
                <td>{row.documentTitle}</td>
                <td>{formatGermanDate(toCalendarDate(new Date(row.releasedAt)))}</td>
                <td>{row.hasPortalUser ? t('ja', 'yes') : t('nein', 'no')}</td>
                <td>
                  {row.openedAt
                    ? `${germanDateTime(row.openedAt)} (${t('Version', 'version')} ${row.fileVersion ?? '–'})`
                    : t('noch nicht', 'not yet')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('Noch keine Freigaben.', 'No releases yet.')}</p>
      )}
      <form method="get" action={csvHref} className="receipt-status__csv">
        <input type="hidden" name="format" value="csv" />
        <label>
          {t('Nicht geöffnet bis', 'Not opened by')}{' '}
          <input type="date" name="deadline" defaultValue={deadline} required />
        </label>{' '}
        <button type="submit" className="btn btn--style-secondary btn--size-small">
          {t('CSV für Postversand', 'CSV for paper mail')}
        </button>
      </form>
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
