import { DefaultTemplate } from '@payloadcms/next/templates'
import { Banner, Gutter, Pill } from '@payloadcms/ui'
import Link from 'next/link'
import type { AdminViewServerProps } from 'payload'

import { hasPermission } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { importRunStatuses, importTriggers, labelIn } from '@/imports/labels'
import { defaultTimeZone } from '@/lib/dates'

import { DataTable } from '../lib/data-table'
import { ImportForm } from './import-form'
import './import.css'

const statusPill: Record<string, 'success' | 'error' | 'warning'> = {
  imported: 'success',
  rejected: 'error',
  interrupted: 'error',
  running: 'warning',
  waiting: 'warning',
}

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
          <div role="alert">
            <Banner type="error">{t('Dafür fehlt die Berechtigung 900300.', 'This needs permission 900300.')}</Banner>
          </div>
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
            <DataTable
              testId="import-runs"
              rows={runs}
              columns={[
                {
                  key: 'fileName',
                  heading: t('Datei', 'File'),
                  cell: (run) => (
                    <Link prefetch={false} href={`/admin/collections/import-runs/${run.id}`}>
                      {run.fileName}
                    </Link>
                  ),
                },
                { key: 'kind', heading: t('Art', 'Kind'), cell: (run) => run.kind },
                {
                  key: 'status',
                  heading: t('Status', 'Status'),
                  cell: (run) => (
                    <Pill size="small" pillStyle={statusPill[run.status ?? ''] ?? 'light-gray'}>
                      {labelIn(language, importRunStatuses, run.status)}
                    </Pill>
                  ),
                },
                {
                  key: 'trigger',
                  heading: t('über', 'via'),
                  cell: (run) => labelIn(language, importTriggers, run.trigger),
                },
                { key: 'rowsRead', heading: t('Zeilen', 'Rows'), cell: (run) => run.rowsRead },
                { key: 'problemCount', heading: t('Fehler', 'Problems'), cell: (run) => run.problemCount ?? 0 },
                { key: 'createdAt', heading: t('Datum', 'Date'), cell: (run) => when.format(new Date(run.createdAt)) },
              ]}
            />
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
