import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { hasPermission } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { importRunStatuses, importTriggers, labelIn } from '@/imports/labels'
import { defaultTimeZone } from '@/lib/dates'

import { ImportForm } from './import-form'
import './import.css'

/** Admin page "Import aus der Buchhaltung" (/admin/import): upload, run, report, recent runs. */
export async function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const en = req.i18n.language === 'en'
  const language = en ? 'en' : 'de'
  const t = (de: string, english: string) => (en ? english : de)
  const when = new Intl.DateTimeFormat(en ? 'en-GB' : 'de-AT', {
    timeZone: defaultTimeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  })
  const allowed = Boolean(req.user) && (await hasPermission(req, P.importRun))
  const runs = allowed
    ? (
        await req.payload.find({
          collection: 'import-runs',
          req,
          user: req.user,
          overrideAccess: false,
          depth: 0,
          limit: 15,
          sort: '-createdAt',
          select: {
            fileName: true,
            kind: true,
            status: true,
            trigger: true,
            rowsRead: true,
            problemCount: true,
            createdAt: true,
          },
        })
      ).docs
    : []

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="import-view">
        <h1>{t('Import aus der Buchhaltung', 'Import from accounting')}</h1>
        {!allowed ? (
          <p role="alert">{t('Dafür fehlt die Berechtigung 900300.', 'This needs permission 900300.')}</p>
        ) : (
          <>
            <p className="import-view__intro">
              {t(
                'Objekte, Personen, Einheiten, Bestandsverhältnisse, Funktionen und Buchungen aus CSV- oder JSON-Exporten. Jede Datei wird ganz oder gar nicht übernommen; der Bericht nennt jede fehlerhafte Zeile.',
                'Objects, persons, units, tenancies, functions and postings from CSV or JSON exports. Each file is taken whole or not at all; the report names every bad row.',
              )}
            </p>
            <ImportForm />
            <h2>{t('Letzte Importläufe', 'Recent import runs')}</h2>
            <table className="import-view__runs">
              <thead>
                <tr>
                  <th>{t('Datei', 'File')}</th>
                  <th>{t('Art', 'Kind')}</th>
                  <th>{t('Status', 'Status')}</th>
                  <th>{t('über', 'via')}</th>
                  <th>{t('Zeilen', 'Rows')}</th>
                  <th>{t('Fehler', 'Problems')}</th>
                  <th>{t('Datum', 'Date')}</th>
                </tr>
              </thead>
              <tbody>
                {runs.map((run) => (
                  <tr key={run.id}>
                    <td>
                      <a href={`/admin/collections/import-runs/${run.id}`}>{run.fileName}</a>
                    </td>
                    <td>{run.kind}</td>
                    <td>{labelIn(language, importRunStatuses, run.status)}</td>
                    <td>{labelIn(language, importTriggers, run.trigger)}</td>
                    <td>{run.rowsRead}</td>
                    <td>{run.problemCount ?? 0}</td>
                    <td>{when.format(new Date(run.createdAt))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
