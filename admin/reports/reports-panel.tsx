'use client'

import { Banner, Button, Pill, TextInput, toast, useDrawerSlug, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useMemo, useState } from 'react'

import type { FormField } from '@/reports/pipeline/parameter-form'

import { postJson } from '../lib/api'
import { RadioOptions } from '../lib/radio-options'
import { MailMergeActions } from './mail-merge-actions'
import { ParameterInput } from './parameter-input'
import { postReport } from './request'
import { RunsTable, type RunEntry } from './runs-table'
import { useReportsText } from './say'
import { TitledDrawer } from '../lib/titled-drawer'

export type { RunEntry }

export type ReportEntry = {
  key: string
  title: string
  group: string
  permission: number
  allowed: boolean
  objectParameter: string | null
  form: FormField[]
  /** The mail merge (F-71): letters stored per recipient instead of one report. */
  mailMerge?: { mayRelease: boolean }
}

type Values = Record<string, unknown>
type Release = 'none' | 'tenants' | 'owners'

/** The server names the file (German title and day), exactly in `filename*`; the key is the fallback. */
function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? ''
  const exact = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1]
  if (exact) return decodeURIComponent(exact)
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallback
}

function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The reports list, the parameter dialog of the chosen report, its outputs, and recent background runs. */
export function ReportsPanel({
  groups,
  reports,
  runs,
  initialReport,
  initialObject,
  mailMergeJobAbove,
}: {
  groups: Array<{ key: string; title: string }>
  reports: ReportEntry[]
  runs: RunEntry[]
  initialReport: string | null
  initialObject: number | null
  mailMergeJobAbove: number
}) {
  const { say, language } = useReportsText()
  const router = useRouter()
  const { openModal, closeModal } = useModal()
  const storeSlug = useDrawerSlug('report-store')
  const mailSlug = useDrawerSlug('report-mail')
  const [selected, setSelected] = useState<string | null>(
    reports.find((report) => report.key === initialReport && report.allowed)?.key ?? null,
  )
  const report = reports.find((entry) => entry.key === selected) ?? null
  const [values, setValues] = useState<Values>({})
  const [preview, setPreview] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [storeTitle, setStoreTitle] = useState('')
  const [releaseTo, setReleaseTo] = useState<Release>('none')
  const [recipients, setRecipients] = useState<{ recipients: number; invited: number } | null>(null)
  const [mailTo, setMailTo] = useState('')

  useEffect(() => {
    if (!report) return
    const defaults: Values = {}
    for (const field of report.form) if (field.default !== undefined) defaults[field.name] = field.default
    if (report.objectParameter && initialObject) defaults[report.objectParameter] = initialObject
    if (report.mailMerge && initialObject) defaults.objects = [initialObject]
    setValues(defaults)
    setPreview(null)
    setReleaseTo('none')
    setRecipients(null)
  }, [report, initialObject])

  useEffect(() => {
    if (!runs.some((run) => run.status === 'queued' || run.status === 'running')) return
    const timer = setInterval(() => router.refresh(), 2000)
    return () => clearInterval(timer)
  }, [runs, router])

  const objectOfParameters = useMemo(() => {
    const single = report?.objectParameter ? values[report.objectParameter] : undefined
    const many = values.objects as number[] | undefined
    return (single as number | undefined) ?? (many?.length === 1 ? many[0] : undefined)
  }, [report, values])

  // F-22: the recipients are counted as soon as a release is chosen, and again when the object changes.
  useEffect(() => {
    setRecipients(null)
    if (releaseTo === 'none' || !objectOfParameters) return
    let current = true
    postJson<{ recipients: number; invited: number }>('/api/document-releases/preview', {
      audience: { object: objectOfParameters, kind: releaseTo },
    })
      .then((result) => current && setRecipients(result))
      .catch((error: Error) => current && toast.error(error.message))
    return () => {
      current = false
    }
  }, [releaseTo, objectOfParameters])

  const run = async (format: 'html' | 'pdf' | 'csv', extra: Record<string, unknown> = {}) => {
    if (!report) return false
    setBusy(true)
    try {
      const response = await postReport(
        `/api/reports/${report.key}`,
        { parameters: values, format, ...extra },
        report.form,
      )
      if (response.status === 202) {
        await response.json()
        toast.info(say('reportsInBackground'))
        router.refresh()
      } else if (response.status === 201) {
        const body = await response.json()
        toast.success(
          body.document
            ? body.releases
              ? say('reportsStoredReleased', { count: body.recipients })
              : say('reportsStored')
            : say('reportsMailSent'),
        )
      } else if (format === 'html') {
        setPreview(await response.text())
      } else {
        saveBlob(await response.blob(), fileNameOf(response, `${report.key}.${format}`))
      }
      return true
    } catch (error) {
      toast.error((error as Error).message)
      return false
    } finally {
      setBusy(false)
    }
  }

  const store = async () => {
    const release =
      releaseTo === 'none'
        ? undefined
        : { audience: { object: objectOfParameters, kind: releaseTo }, bindToTenancy: true }
    const done = await run('pdf', {
      deliver: { store: { title: storeTitle || undefined, category: 'other', object: objectOfParameters, release } },
    })
    if (done) closeModal(storeSlug)
  }

  const send = async () => {
    const done = await run('pdf', { deliver: { email: { to: mailTo.split(/[,;\s]+/).filter(Boolean) } } })
    if (done) closeModal(mailSlug)
  }

  // The function types matter only to the mail merge over functions.
  const fields =
    report?.form.filter(
      (field) => !(report.mailMerge && field.name === 'functionTypes' && values.dataSet !== 'functions'),
    ) ?? []

  return (
    <div className="reports-panel">
      <nav className="reports-panel__list" aria-label={say('reportsTitle')}>
        {groups.map((group) => (
          <section key={group.key} aria-labelledby={`reports-group-${group.key}`}>
            <h2 id={`reports-group-${group.key}`}>{group.title}</h2>
            <ul>
              {reports
                .filter((entry) => entry.group === group.key)
                .map((entry) => (
                  <li key={entry.key}>
                    <Button
                      buttonStyle={entry.key === selected ? 'primary' : 'subtle'}
                      size="small"
                      disabled={!entry.allowed}
                      aria-label={
                        entry.allowed
                          ? undefined
                          : `${entry.title} – ${say('reportsMissingPermission', { code: entry.permission })}`
                      }
                      tooltip={entry.allowed ? undefined : say('reportsMissingPermission', { code: entry.permission })}
                      onClick={() => setSelected(entry.key)}
                    >
                      {entry.title}
                    </Button>
                    {entry.allowed ? null : (
                      <Pill
                        size="small"
                        pillStyle="light-gray"
                        aria-label={say('reportsMissingPermission', { code: entry.permission })}
                      >
                        {say('reportsPermissionPill', { code: entry.permission })}
                      </Pill>
                    )}
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </nav>
      {report ? (
        <section className="reports-panel__dialog" aria-labelledby="reports-dialog-title">
          <h2 id="reports-dialog-title">{report.title}</h2>
          <div className="reports-panel__fields">
            {fields.map((field) => (
              <div className={`reports-panel__field reports-panel__field--${field.kind}`} key={field.name}>
                <ParameterInput
                  id={`report-${field.name}`}
                  field={field}
                  language={language}
                  value={values[field.name]}
                  onChange={(value) => setValues((old) => ({ ...old, [field.name]: value }))}
                />
              </div>
            ))}
          </div>
          {report.mailMerge ? (
            <MailMergeActions
              form={report.form}
              values={values}
              mayRelease={report.mailMerge.mayRelease}
              jobAbove={mailMergeJobAbove}
            />
          ) : (
            <>
              <div className="reports-panel__actions">
                <Button buttonStyle="primary" size="medium" disabled={busy} onClick={() => run('html')}>
                  {say('reportsPreview')}
                </Button>
                <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={() => run('pdf')}>
                  {say('reportsPdf')}
                </Button>
                <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={() => run('csv')}>
                  {say('reportsCsv')}
                </Button>
                <Button
                  buttonStyle="subtle"
                  size="medium"
                  disabled={busy}
                  onClick={() => run('csv', { background: true })}
                >
                  {say('reportsBackground')}
                </Button>
                <Button buttonStyle="subtle" size="medium" disabled={busy} onClick={() => openModal(storeSlug)}>
                  {say('reportsStoreOpen')}
                </Button>
                <Button buttonStyle="subtle" size="medium" disabled={busy} onClick={() => openModal(mailSlug)}>
                  {say('reportsMailOpen')}
                </Button>
              </div>
              <TitledDrawer slug={storeSlug} title={say('reportsStoreTitle')} className="reports-drawer">
                <div className="reports-drawer__form">
                  <TextInput
                    path="report-store-title"
                    label={say('reportsStoreName')}
                    value={storeTitle}
                    onChange={(event: React.ChangeEvent<HTMLInputElement>) => setStoreTitle(event.target.value)}
                  />
                  <RadioOptions<Release>
                    name="report-store-release"
                    legend={say('reportsStoreHow')}
                    value={releaseTo}
                    onChange={setReleaseTo}
                    options={[
                      { value: 'none', label: say('reportsGenerate') },
                      { value: 'tenants', label: say('reportsGenerateReleaseTenants') },
                      { value: 'owners', label: say('reportsGenerateReleaseOwners') },
                    ]}
                  />
                  {releaseTo !== 'none' && !objectOfParameters ? (
                    <Banner type="error">{say('reportsOneObject')}</Banner>
                  ) : null}
                  {releaseTo !== 'none' && recipients ? (
                    <div role="alert">
                      <Banner type="info">{say('reportsReleaseWarning', recipients)}</Banner>
                    </div>
                  ) : null}
                  <div className="reports-drawer__actions">
                    <Button
                      buttonStyle="primary"
                      size="medium"
                      disabled={busy || (releaseTo !== 'none' && !recipients?.recipients)}
                      onClick={store}
                    >
                      {releaseTo === 'none'
                        ? say('reportsStorePdf')
                        : say('reportsStoreRelease', { count: recipients?.recipients ?? 0 })}
                    </Button>
                  </div>
                </div>
              </TitledDrawer>
              <TitledDrawer slug={mailSlug} title={say('reportsMailTitle')} className="reports-drawer">
                <div className="reports-drawer__form">
                  <TextInput
                    path="report-mail-to"
                    label={say('reportsMailTo')}
                    value={mailTo}
                    placeholder="name@example.at"
                    onChange={(event: React.ChangeEvent<HTMLInputElement>) => setMailTo(event.target.value)}
                  />
                  <div className="reports-drawer__actions">
                    <Button buttonStyle="primary" size="medium" disabled={busy || !mailTo.includes('@')} onClick={send}>
                      {say('reportsMailSend')}
                    </Button>
                  </div>
                </div>
              </TitledDrawer>
            </>
          )}
          {preview !== null ? (
            <iframe
              className="reports-panel__preview"
              title={say('reportsPreviewOf', { title: report.title })}
              sandbox=""
              srcDoc={preview}
            />
          ) : null}
        </section>
      ) : (
        <p className="reports-panel__hint">{say('reportsChoose')}</p>
      )}
      <RunsTable runs={runs} />
    </div>
  )
}
