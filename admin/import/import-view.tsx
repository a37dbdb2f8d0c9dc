import { DefaultTemplate } from '@payloadcms/next/templates'
import { Banner, Gutter, Pill } from '@payloadcms/ui'
import Link from 'next/link'
import type { AdminViewServerProps } from 'payload'

import { hasPermission } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { localeOf } from '@/i18n/language'
import { importRunStatuses, importTriggers, optionLabel } from '@/imports/labels'
import { type RenderedReport, ReportRenderer } from '@/imports/render'
import type { StoredReport } from '@/imports/report'
import { defaultTimeZone } from '@/lib/dates'

import { DataTable } from '../lib/data-table'
import { ImportForm } from './import-form'
import { ReportView } from './report-view'
import './import.css'

const statusPill: Record<string, 'success' | 'error' | 'warning'> = {
  imported: 'success',
  rejected: 'error',
  interrupted: 'error',
  running: 'warning',
  waiting: 'warning',
}

/**
 * Admin page "Import aus der Buchhaltung" (/admin/import): upload, run, report, recent runs; with
 * `?run=<id>` also that run's stored report, rendered in the user's language.
 */
export async function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const t = req.i18n.t as (key: string, vars?: Record<string, unknown>) => string
  const when = new Intl.DateTimeFormat(localeOf(req.i18n), {
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
  const renderer = new ReportRenderer(req.payload, req.i18n)
  const runId = Number(searchParams?.run)
  let pastReport: RenderedReport | null = null
  if (allowed && Number.isInteger(runId) && runId > 0) {
    // `find`, not `findByID`: an id that no longer exists shows the page without a report.
    const [run] = (
      await req.payload.find({
        collection: 'import-runs',
        where: { id: { equals: runId } },
        req,
        user: req.user,
        overrideAccess: false,
        depth: 0,
        limit: 1,
      })
    ).docs
    if (run?.report) pastReport = await renderer.report(run.report as StoredReport)
  }
  const headings = {
    line: t('hauswerk:importColumnLine'),
    field: t('hauswerk:importColumnField'),
    value: t('hauswerk:importColumnValue'),
    reason: t('hauswerk:importColumnReason'),
  }

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
        <h1>{t('hauswerk:importTitle')}</h1>
        {!allowed ? (
          <div role="alert">
            <Banner type="error">{t('hauswerk:forbidden', { code: P.importRun })}</Banner>
          </div>
        ) : (
          <>
            <p className="import-view__intro">{t('hauswerk:importIntro')}</p>
            <ImportForm />
            {pastReport && (
              <>
                <h2>{t('hauswerk:importReportOf')}</h2>
                <ReportView report={pastReport} headings={headings} />
              </>
            )}
            <h2>{t('hauswerk:importRecentRuns')}</h2>
            <DataTable
              testId="import-runs"
              rows={runs}
              columns={[
                {
                  key: 'fileName',
                  heading: t('hauswerk:importColumnFile'),
                  cell: (run) => (
                    <Link prefetch={false} href={`/admin/collections/import-runs/${run.id}`}>
                      {run.fileName}
                    </Link>
                  ),
                },
                {
                  key: 'kind',
                  heading: t('hauswerk:importColumnKind'),
                  cell: (run) => (run.kind ? renderer.kindLabel(run.kind) : ''),
                },
                {
                  key: 'status',
                  heading: t('hauswerk:importColumnStatus'),
                  cell: (run) => (
                    <Pill size="small" pillStyle={statusPill[run.status ?? ''] ?? 'light-gray'}>
                      {optionLabel(importRunStatuses, run.status, req.i18n)}
                    </Pill>
                  ),
                },
                {
                  key: 'trigger',
                  heading: t('hauswerk:importColumnTrigger'),
                  cell: (run) => optionLabel(importTriggers, run.trigger, req.i18n),
                },
                { key: 'rowsRead', heading: t('hauswerk:importColumnRows'), cell: (run) => run.rowsRead },
                {
                  key: 'problemCount',
                  heading: t('hauswerk:importColumnProblems'),
                  cell: (run) =>
                    run.status === 'imported' || run.status === 'rejected' ? (
                      <Link prefetch={false} href={`/admin/import?run=${run.id}`}>
                        {run.problemCount ?? 0} · {t('hauswerk:importShowReport')}
                      </Link>
                    ) : (
                      (run.problemCount ?? 0)
                    ),
                },
                {
                  key: 'createdAt',
                  heading: t('hauswerk:importColumnDate'),
                  cell: (run) => when.format(new Date(run.createdAt)),
                },
              ]}
            />
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
