'use client'

import { Button, CheckboxInput, DatePicker, ReactSelect, TextInput, toast, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useId, useMemo, useState } from 'react'

import type { FormField } from '@/reports/pipeline/parameter-form'

import { postJson } from '../lib/api'

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

export type RunEntry = {
  id: number
  title: string
  format: string
  status: 'queued' | 'running' | 'done' | 'failed'
  rowsDone: number
  rowsTotal: number
  error: string | null
  createdAt: string
  /** A mail merge's run: what it stored; it has no file to download. */
  letters: { stored: number; releases: number; withoutAddress: string[] } | null
}

type MergePreview = { letters: number; recipients: number; invited: number; withoutAddress: string[] }
type MergeDone = { letters: number; releases: number; withoutAddress: string[] }

type Option = { value: string; label: string }
type Values = Record<string, unknown>

function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The label of a related record, whatever its collection calls it. */
function labelOf(doc: Record<string, unknown>): string {
  const parts = [doc.number ?? doc.code, doc.name ?? doc.text ?? doc.displayName ?? doc.unitNumber]
  return parts.filter((part) => part !== undefined && part !== null && part !== '').join(' ') || String(doc.id)
}

function useRelationOptions(relationTo: string | undefined): Option[] {
  const [options, setOptions] = useState<Option[]>([])
  useEffect(() => {
    if (!relationTo) return
    fetch(`/api/${relationTo}?limit=500&depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs: Array<Record<string, unknown>> }) =>
        setOptions(body.docs.map((doc) => ({ value: String(doc.id), label: labelOf(doc) }))),
      )
      .catch(() => setOptions([]))
  }, [relationTo])
  return options
}

/** One parameter, drawn from its schema (see reports/pipeline/parameter-form.ts). */
function ParameterInput({
  field,
  value,
  onChange,
}: {
  field: FormField
  value: unknown
  onChange: (value: unknown) => void
}) {
  const related = useRelationOptions(
    field.kind === 'relation' || field.kind === 'relations' ? field.relationTo : undefined,
  )
  const id = useId()
  switch (field.kind) {
    case 'boolean':
      return (
        <CheckboxInput
          id={id}
          label={field.label}
          checked={Boolean(value)}
          onToggle={(event) => onChange(event.target.checked)}
        />
      )
    case 'date':
      return (
        <DatePicker
          id={id}
          pickerAppearance="dayOnly"
          displayFormat="dd.MM.yyyy"
          value={typeof value === 'string' && value ? new Date(`${value}T12:00:00`) : undefined}
          onChange={(picked) => onChange(picked ? localDay(picked) : undefined)}
        />
      )
    case 'select': {
      const options = field.options ?? []
      return (
        <ReactSelect
          options={options}
          value={options.find((option) => option.value === value)}
          onChange={(picked) => onChange((picked as Option | null)?.value)}
        />
      )
    }
    case 'multiselect':
    case 'relations': {
      const options = field.kind === 'multiselect' ? (field.options ?? []) : related
      const chosen = new Set(((value as unknown[]) ?? []).map(String))
      return (
        <ReactSelect
          isMulti
          options={options}
          value={options.filter((option) => chosen.has(option.value))}
          onChange={(picked) => {
            const values = ((picked as Option[] | null) ?? []).map((option) => option.value)
            onChange(field.kind === 'relations' ? values.map(Number) : values)
          }}
        />
      )
    }
    case 'relation':
      return (
        <ReactSelect
          options={related}
          value={related.find((option) => option.value === String(value))}
          onChange={(picked) => onChange((picked as Option | null) ? Number((picked as Option).value) : undefined)}
        />
      )
    default:
      return (
        <TextInput
          path={field.name}
          value={value === undefined || value === null ? '' : String(value)}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
            onChange(
              event.target.value === ''
                ? undefined
                : field.kind === 'number'
                  ? Number(event.target.value)
                  : event.target.value,
            )
          }
        />
      )
  }
}

async function fetchReport(key: string, body: unknown): Promise<Response> {
  const response = await fetch(`/api/reports/${key}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!response.ok) {
    const json = await response.json().catch(() => ({}))
    type ApiError = { message?: string; data?: { errors?: Array<{ path?: string; message?: string }> } }
    const messages = ((json.errors ?? []) as ApiError[]).flatMap((error) =>
      error.data?.errors?.length
        ? error.data.errors.map((field) => `${field.path}: ${field.message}`)
        : [error.message ?? ''],
    )
    throw new Error(messages.filter(Boolean).join(' ') || response.statusText)
  }
  return response
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
}: {
  groups: Array<{ key: string; title: string }>
  reports: ReportEntry[]
  runs: RunEntry[]
  initialReport: string | null
  initialObject: number | null
}) {
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const t = (de: string, english: string) => (en ? english : de)
  const router = useRouter()
  const [selected, setSelected] = useState<string | null>(
    reports.find((report) => report.key === initialReport && report.allowed)?.key ?? null,
  )
  const report = reports.find((entry) => entry.key === selected) ?? null
  const [values, setValues] = useState<Values>({})
  const [preview, setPreview] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [storeTitle, setStoreTitle] = useState('')
  const [releaseTo, setReleaseTo] = useState<'none' | 'tenants' | 'owners'>('none')
  const [recipients, setRecipients] = useState<{ recipients: number; invited: number } | null>(null)
  const [mailTo, setMailTo] = useState('')
  const [merge, setMerge] = useState<MergePreview | null>(null)

  useEffect(() => {
    if (!report) return
    const defaults: Values = {}
    for (const field of report.form) if (field.default !== undefined) defaults[field.name] = field.default
    if (report.objectParameter && initialObject) defaults[report.objectParameter] = initialObject
    setValues(defaults)
    setPreview(null)
    setRecipients(null)
  }, [report, initialObject])

  // A changed parameter makes the counted recipients stale.
  useEffect(() => setMerge(null), [values])

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

  const run = async (format: 'html' | 'pdf' | 'csv', extra: Record<string, unknown> = {}) => {
    if (!report) return
    setBusy(true)
    try {
      const response = await fetchReport(report.key, { parameters: values, format, ...extra })
      if (response.status === 202) {
        const body = await response.json()
        toast.info(
          body.message ?? t('Der Bericht wird im Hintergrund erstellt.', 'The report is produced in the background.'),
        )
        router.refresh()
      } else if (response.status === 201) {
        const body = await response.json()
        toast.success(
          body.document
            ? t(
                `Im Dokumentenspeicher abgelegt${body.releases ? ` und an ${body.recipients} freigegeben` : ''}.`,
                `Stored${body.releases ? ` and released to ${body.recipients}` : ''}.`,
              )
            : t('Versendet.', 'Sent.'),
        )
      } else if (format === 'html') {
        setPreview(await response.text())
      } else {
        saveBlob(await response.blob(), `${report.key}.${format}`)
      }
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const checkRecipients = async (kind: 'tenants' | 'owners') => {
    if (!objectOfParameters) {
      toast.error(t('Zum Freigeben wählen Sie bitte genau ein Objekt.', 'To release, choose exactly one object.'))
      return
    }
    setRecipients(await postJson('/api/document-releases/preview', { audience: { object: objectOfParameters, kind } }))
  }

  const store = () => {
    const release =
      releaseTo === 'none'
        ? undefined
        : { audience: { object: objectOfParameters, kind: releaseTo }, bindToTenancy: true }
    return run('pdf', {
      deliver: { store: { title: storeTitle || undefined, category: 'other', object: objectOfParameters, release } },
    })
  }

  const mailMerge = async (action: 'preview' | 'generate' | 'release') => {
    setBusy(true)
    try {
      const parameters = { ...values, release: action === 'release' }
      if (action === 'preview') {
        setMerge(await postJson<MergePreview>('/api/letters/mail-merge', { parameters, preview: true }))
        return
      }
      const body = await postJson<MergeDone | { run: number; letters: number }>('/api/letters/mail-merge', {
        parameters,
      })
      if ('run' in body) {
        toast.info(
          t(
            `Die ${body.letters} Briefe werden im Hintergrund erstellt; den Fortschritt sehen Sie unten.`,
            `The ${body.letters} letters are produced in the background; see the progress below.`,
          ),
        )
        router.refresh()
      } else {
        toast.success(
          t(
            `${body.letters} Briefe im Dokumentenspeicher abgelegt${body.releases ? `, ${body.releases} Freigaben` : ''}.`,
            `${body.letters} letters stored${body.releases ? `, ${body.releases} releases` : ''}.`,
          ),
        )
      }
      setMerge(null)
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const mergeActions = report?.mailMerge ? (
    <fieldset className="reports-panel__store">
      <legend>{t('Briefe erzeugen', 'Produce the letters')}</legend>
      <Button buttonStyle="primary" size="medium" disabled={busy} onClick={() => mailMerge('preview')}>
        {t('Empfänger:innen prüfen', 'Check the recipients')}
      </Button>
      {merge ? (
        <>
          <p>
            {t(
              `${merge.letters} Briefe an ${merge.recipients} Empfänger:innen.`,
              `${merge.letters} letters to ${merge.recipients} recipients.`,
            )}
          </p>
          {merge.withoutAddress.length ? (
            <p role="status">
              {t(
                `Ohne Anschrift, daher kein Brief (${merge.withoutAddress.length}): `,
                `No address, so no letter (${merge.withoutAddress.length}): `,
              )}
              {merge.withoutAddress.join('; ')}
            </p>
          ) : null}
          {report.mailMerge.mayRelease ? (
            <p className="reports-panel__warning" role="alert">
              {t(
                `Wenn Sie „erzeugen und freigeben“ wählen, sehen ${merge.recipients} Empfänger:innen ihren Brief sofort im Portal (${merge.invited} davon haben bereits einen Portal-Zugang).`,
                `If you choose "generate and release", ${merge.recipients} recipients see their letter at once in the portal (${merge.invited} of them already have a portal sign-in).`,
              )}
            </p>
          ) : null}
          <div className="reports-panel__actions">
            <Button
              buttonStyle="secondary"
              size="medium"
              disabled={busy || merge.letters === 0}
              onClick={() => mailMerge('generate')}
            >
              {t('Erzeugen', 'Generate')}
            </Button>
            {report.mailMerge.mayRelease ? (
              <Button
                buttonStyle="secondary"
                size="medium"
                disabled={busy || merge.letters === 0}
                onClick={() => mailMerge('release')}
              >
                {t(`Erzeugen und für ${merge.recipients} freigeben`, `Generate and release to ${merge.recipients}`)}
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
    </fieldset>
  ) : null

  return (
    <div className="reports-panel">
      <nav className="reports-panel__list" aria-label={t('Berichte', 'Reports')}>
        {groups.map((group) => (
          <section key={group.key}>
            <h2>{group.title}</h2>
            <ul>
              {reports
                .filter((entry) => entry.group === group.key)
                .map((entry) => (
                  <li key={entry.key}>
                    <Button
                      buttonStyle={entry.key === selected ? 'primary' : 'secondary'}
                      size="small"
                      disabled={!entry.allowed}
                      tooltip={
                        entry.allowed
                          ? undefined
                          : t(
                              `Dafür fehlt die Berechtigung ${entry.permission}.`,
                              `This needs permission ${entry.permission}.`,
                            )
                      }
                      onClick={() => setSelected(entry.key)}
                    >
                      {entry.title}
                    </Button>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </nav>
      {report ? (
        <section className="reports-panel__dialog" aria-label={report.title}>
          <h2>{report.title}</h2>
          <div className="reports-panel__fields">
            {report.form.map((field) => (
              <div className="reports-panel__field" key={field.name}>
                {field.kind !== 'boolean' ? (
                  <label>
                    {field.label}
                    {field.required ? ' *' : ''}
                  </label>
                ) : null}
                <ParameterInput
                  field={field}
                  value={values[field.name]}
                  onChange={(value) => setValues((old) => ({ ...old, [field.name]: value }))}
                />
              </div>
            ))}
          </div>
          {mergeActions ?? (
            <>
              <div className="reports-panel__actions">
                <Button buttonStyle="primary" size="medium" disabled={busy} onClick={() => run('html')}>
                  {t('Vorschau', 'Preview')}
                </Button>
                <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={() => run('pdf')}>
                  PDF
                </Button>
                <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={() => run('csv')}>
                  CSV
                </Button>
                <Button
                  buttonStyle="secondary"
                  size="medium"
                  disabled={busy}
                  onClick={() => run('csv', { background: true })}
                >
                  {t('Im Hintergrund erstellen (CSV)', 'Produce in the background (CSV)')}
                </Button>
              </div>
              <fieldset className="reports-panel__store">
                <legend>{t('Im Dokumentenspeicher ablegen', 'Store in the document store')}</legend>
                <label>{t('Titel', 'Title')}</label>
                <TextInput
                  path="storeTitle"
                  value={storeTitle}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => setStoreTitle(event.target.value)}
                />
                <div role="radiogroup">
                  {(['none', 'tenants', 'owners'] as const).map((choice) => (
                    <label key={choice} className="reports-panel__radio">
                      <input
                        type="radio"
                        name="release"
                        checked={releaseTo === choice}
                        onChange={() => {
                          setReleaseTo(choice)
                          setRecipients(null)
                          if (choice !== 'none')
                            void checkRecipients(choice).catch((error) => toast.error((error as Error).message))
                        }}
                      />
                      {choice === 'none'
                        ? t('erzeugen', 'generate')
                        : choice === 'tenants'
                          ? t(
                              'erzeugen und an die Mieter:innen des Objekts freigeben',
                              'generate and release to the tenants of the object',
                            )
                          : t(
                              'erzeugen und an die Eigentümer:innen des Objekts freigeben',
                              'generate and release to the owners of the object',
                            )}
                    </label>
                  ))}
                </div>
                {releaseTo !== 'none' && recipients ? (
                  <p className="reports-panel__warning" role="alert">
                    {t(
                      `Sobald Sie freigeben, sehen ${recipients.recipients} Empfänger:innen das Dokument sofort im Portal (${recipients.invited} davon haben bereits einen Portal-Zugang).`,
                      `Once you release, ${recipients.recipients} recipients see the document at once in the portal (${recipients.invited} of them already have a portal sign-in).`,
                    )}
                  </p>
                ) : null}
                <Button
                  buttonStyle="secondary"
                  size="medium"
                  disabled={busy || (releaseTo !== 'none' && !recipients?.recipients)}
                  onClick={store}
                >
                  {releaseTo === 'none'
                    ? t('Als PDF ablegen', 'Store as PDF')
                    : t(
                        `Ablegen und für ${recipients?.recipients ?? 0} freigeben`,
                        `Store and release to ${recipients?.recipients ?? 0}`,
                      )}
                </Button>
              </fieldset>
              <fieldset className="reports-panel__mail">
                <legend>{t('Per E-Mail senden (PDF)', 'Send by e-mail (PDF)')}</legend>
                <TextInput
                  path="mailTo"
                  value={mailTo}
                  placeholder="name@example.at"
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => setMailTo(event.target.value)}
                />
                <Button
                  buttonStyle="secondary"
                  size="medium"
                  disabled={busy || !mailTo.includes('@')}
                  onClick={() => run('pdf', { deliver: { email: { to: mailTo.split(/[,;\s]+/).filter(Boolean) } } })}
                >
                  {t('Senden', 'Send')}
                </Button>
              </fieldset>
            </>
          )}
          {preview !== null ? (
            <iframe className="reports-panel__preview" title={t('Vorschau', 'Preview')} sandbox="" srcDoc={preview} />
          ) : null}
        </section>
      ) : (
        <p className="reports-panel__hint">{t('Wählen Sie links einen Bericht.', 'Choose a report on the left.')}</p>
      )}
      <section className="reports-panel__runs">
        <h2>{t('Im Hintergrund erstellt', 'Produced in the background')}</h2>
        {runs.length === 0 ? <p>{t('Noch keine.', 'None yet.')}</p> : null}
        <ul>
          {runs.map((entry) => (
            <li key={entry.id} data-status={entry.status}>
              <strong>{entry.title}</strong> ({entry.format.toUpperCase()}) –{' '}
              {entry.status === 'done' && entry.letters ? (
                t(
                  `${entry.letters.stored} Briefe abgelegt, ${entry.letters.releases} Freigaben${entry.letters.withoutAddress.length ? `; ohne Anschrift: ${entry.letters.withoutAddress.join('; ')}` : ''}`,
                  `${entry.letters.stored} letters stored, ${entry.letters.releases} releases${entry.letters.withoutAddress.length ? `; no address: ${entry.letters.withoutAddress.join('; ')}` : ''}`,
                )
              ) : entry.status === 'done' ? (
                <a href={`/api/reports/runs/${entry.id}/file`}>{t('herunterladen', 'download')}</a>
              ) : entry.status === 'failed' ? (
                <>
                  {t('fehlgeschlagen', 'failed')}
                  {entry.error ? `: ${entry.error}` : ''}{' '}
                  <Button
                    buttonStyle="secondary"
                    size="small"
                    onClick={() =>
                      postJson(`/api/reports/runs/${entry.id}/rerun`)
                        .then(() => router.refresh())
                        .catch((error) => toast.error((error as Error).message))
                    }
                  >
                    {t('neu starten', 'run again')}
                  </Button>
                </>
              ) : (
                <>
                  {entry.status === 'queued' ? t('wartet', 'waiting') : t('läuft', 'running')}{' '}
                  <progress max={entry.rowsTotal || 1} value={entry.rowsDone} /> {entry.rowsDone} / {entry.rowsTotal}
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
