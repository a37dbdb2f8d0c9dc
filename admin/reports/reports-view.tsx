import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { isStaff } from '@/access/staff'
import { languageOf } from '@/i18n/language'
import { mailMergeParameters, mailMergePermission, mayMailMerge } from '@/reports/mail-merge'
import { mailMergeJobThreshold } from '@/reports/mail-merge/endpoint'
import { mailMergeRunKey, mailMergeRunResult } from '@/reports/mail-merge/job'
import { reportGroups } from '@/reports/pipeline/definition'
import { effectiveStatus } from '@/reports/pipeline/jobs'
import { mayRun } from '@/reports/pipeline/output'
import { parameterForm } from '@/reports/pipeline/parameter-form'
import { allReports } from '@/reports/pipeline/registry'

import { type ReportEntry, ReportsPanel, type RunEntry } from './reports-panel'
import type { ReportsMessage } from './say'
import './reports.css'

function lettersDone(result: unknown) {
  const { stored, releases, withoutAddress } = mailMergeRunResult(result)
  return { stored: Object.keys(stored).length, releases, withoutAddress }
}

/**
 * Admin page "Berichte" (/admin/reports): every report grouped as the manual's menus group them;
 * those the user may not run are shown disabled with the missing permission code.
 */
export async function ReportsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  // The reports' titles are written in both languages beside their definitions.
  const language = languageOf(req.i18n)
  const say = (key: ReportsMessage) => (req.i18n.t as (key: string) => string)(`hauswerk:${key}`)
  const staff = isStaff(req.user)
  const reports: ReportEntry[] = staff
    ? await Promise.all(
        allReports.map(async (definition) => ({
          key: definition.key,
          title: definition.title[language],
          group: definition.group,
          permission: definition.permission,
          allowed: await mayRun(req, definition),
          objectParameter: definition.objectParameter ?? null,
          form: parameterForm(definition.parameters),
        })),
      )
    : []
  if (staff) {
    // The mail merge (F-71) is no list report, but the clerk looks for it among the reports.
    reports.push({
      key: mailMergeRunKey,
      title: say('reportsMailMerge'),
      group: 'persons',
      permission: mailMergePermission,
      allowed: await mayMailMerge(req),
      objectParameter: null,
      // "generate" or "generate and release" is the choice of button, not a parameter.
      form: parameterForm(mailMergeParameters.omit({ release: true })),
      mailMerge: { mayRelease: await mayMailMerge(req, true) },
    })
  }
  const runs: RunEntry[] = staff
    ? (
        await req.payload.find({
          collection: 'report-runs',
          req,
          user: req.user,
          overrideAccess: false,
          depth: 0,
          limit: 10,
          sort: '-createdAt',
        })
      ).docs.map((run) => ({
        id: run.id,
        title: run.title ?? run.report,
        format: run.format,
        status: effectiveStatus(run as never),
        rowsDone: run.rowsDone ?? 0,
        rowsTotal: run.rowsTotal ?? 0,
        error: run.error ?? null,
        createdAt: run.createdAt,
        letters: run.report === mailMergeRunKey ? lettersDone(run.result) : null,
      }))
    : []
  const groups = Object.entries(reportGroups).map(([key, label]) => ({ key, title: label[language] }))
  const query = searchParams as Record<string, string | undefined> | undefined

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
      <Gutter className="reports-view">
        <h1>{say('reportsTitle')}</h1>
        <ReportsPanel
          groups={groups}
          reports={reports}
          runs={runs}
          initialReport={query?.report ?? null}
          initialObject={query?.object ? Number(query.object) : null}
          mailMergeJobAbove={mailMergeJobThreshold}
        />
      </Gutter>
    </DefaultTemplate>
  )
}
