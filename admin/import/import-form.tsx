'use client'

import { Banner, Button, Dropzone, FieldLabel, Pill, SelectInput, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'

import { effectLabel, importRunStatuses, labelIn } from '@/imports/labels'
import type { ImportReport } from '@/imports/report'

import { postJson } from '../lib/api'

type Running = { fileName: string; phase?: string | null; rowsRead?: number | null; status?: string | null }

async function upload(file: File): Promise<string> {
  const response = await fetch('/api/import-runs/upload', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: file,
  })
  const json = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(json.errors?.[0]?.message ?? response.statusText)
  return json.upload as string
}

/** Upload export files, run the import, show each file's report (SPEC F-12). */
export function ImportForm() {
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const language = en ? 'en' : 'de'
  const t = (de: string, english: string) => (en ? english : de)
  const router = useRouter()
  const picker = useRef<HTMLInputElement>(null)
  const [files, setFiles] = useState<File[]>([])
  const [encoding, setEncoding] = useState('auto')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [reports, setReports] = useState<ImportReport[]>([])
  const [running, setRunning] = useState<Running[]>([])

  useEffect(() => {
    if (!busy) return
    const timer = setInterval(async () => {
      const response = await fetch('/api/import-runs?where[status][in]=waiting,running&depth=0&limit=10', {
        credentials: 'include',
      })
      if (response.ok) setRunning((await response.json()).docs)
    }, 1000)
    return () => clearInterval(timer)
  }, [busy])

  const start = async () => {
    setBusy(true)
    setError(null)
    setReports([])
    try {
      const uploaded = []
      for (const file of files) uploaded.push({ upload: await upload(file), name: file.name })
      const result = await postJson<{ reports: ImportReport[] }>('/api/import-runs/start', {
        files: uploaded,
        encoding,
      })
      setReports(result.reports)
      router.refresh()
    } catch (caught) {
      setError((caught as Error).message)
    } finally {
      setBusy(false)
      setRunning([])
    }
  }

  return (
    <div className="import-form">
      <div className="import-form__fields">
        <div className="field-type import-form__files">
          <FieldLabel label={t('Exportdateien (CSV oder JSON)', 'Export files (CSV or JSON)')} />
          <Dropzone multipleFiles onChange={(list) => setFiles([...list])} disabled={busy}>
            <div className="import-form__dropzone">
              <Button buttonStyle="pill" size="small" disabled={busy} onClick={() => picker.current?.click()}>
                {t('Dateien auswählen', 'Choose files')}
              </Button>
              <span className="hauswerk-muted">{t('oder hierher ziehen', 'or drop them here')}</span>
              <input
                ref={picker}
                type="file"
                hidden
                multiple
                accept=".csv,.json,text/csv,application/json"
                onChange={(event) => setFiles([...(event.target.files ?? [])])}
                aria-label={t('Exportdateien', 'Export files')}
              />
            </div>
          </Dropzone>
          {files.length ? (
            <ul className="import-form__chosen" aria-label={t('Gewählte Dateien', 'Chosen files')}>
              {files.map((file) => (
                <li key={file.name}>
                  <Pill size="small">{file.name}</Pill>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <SelectInput
          name="encoding"
          path="encoding"
          label={t('Zeichensatz', 'Encoding')}
          isClearable={false}
          options={[
            { value: 'auto', label: t('erkennen (UTF-8 oder Windows-1252)', 'detect (UTF-8 or Windows-1252)') },
            { value: 'utf-8', label: 'UTF-8' },
            { value: 'windows-1252', label: 'Windows-1252 (ANSI)' },
          ]}
          value={encoding}
          onChange={(option) => setEncoding(Array.isArray(option) ? 'auto' : String(option?.value ?? 'auto'))}
        />
        <Button buttonStyle="primary" size="medium" disabled={!files.length || busy} onClick={start}>
          {busy ? t('Import läuft …', 'Importing …') : t('Importieren', 'Import')}
        </Button>
      </div>
      {running.map((run) => (
        <div key={run.fileName} role="status">
          <Banner type="info">
            {run.fileName}: {labelIn(language, importRunStatuses, run.status)} · {run.phase} · {run.rowsRead ?? 0}{' '}
            {t('Zeilen', 'rows')}
          </Banner>
        </div>
      ))}
      {error && (
        <div role="alert">
          <Banner type="error">{error}</Banner>
        </div>
      )}
      {reports.map((report) => (
        <section key={report.file} className={`import-report import-report--${report.status}`} aria-label={report.file}>
          <h3>
            {report.file} · {report.kind ?? '?'} ·{' '}
            {report.status === 'imported'
              ? t('importiert', 'imported')
              : t('abgelehnt – nichts geschrieben', 'rejected – nothing written')}
          </h3>
          <p>
            {report.rows} {t('Zeilen', 'rows')} · {report.created} {t('neu', 'created')} · {report.updated}{' '}
            {t('geändert', 'updated')} · {report.unchanged} {t('unverändert', 'unchanged')}
            {report.fullExport ? ` · ${t('Vollexport', 'full export')}` : ''}
            {Object.entries(report.effects)
              .filter(([, count]) => count > 0)
              .map(([name, count]) => ` · ${effectLabel(language, name)}: ${count}`)
              .join('')}
          </p>
          {report.problems.length > 0 && (
            <table className="import-report__problems">
              <thead>
                <tr>
                  <th>{t('Zeile', 'Line')}</th>
                  <th>{t('Feld', 'Field')}</th>
                  <th>{t('Wert', 'Value')}</th>
                  <th>{t('Grund', 'Reason')}</th>
                </tr>
              </thead>
              <tbody>
                {report.problems.map((problem, index) => (
                  <tr key={index}>
                    <td>{problem.line ?? ''}</td>
                    <td>{problem.field ?? ''}</td>
                    <td>{problem.value ?? ''}</td>
                    <td>{problem.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.problemCount > report.problems.length && (
            <p>
              … {report.problemCount - report.problems.length} {t('weitere', 'more')}
            </p>
          )}
        </section>
      ))}
    </div>
  )
}
