'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

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
        <label>
          <span>{t('Exportdateien (CSV oder JSON)', 'Export files (CSV or JSON)')}</span>
          <input
            type="file"
            multiple
            accept=".csv,.json,text/csv,application/json"
            onChange={(event) => setFiles([...(event.target.files ?? [])])}
            aria-label={t('Exportdateien', 'Export files')}
          />
        </label>
        <label>
          <span>{t('Zeichensatz', 'Encoding')}</span>
          <select value={encoding} onChange={(event) => setEncoding(event.target.value)}>
            <option value="auto">{t('erkennen (UTF-8 oder Windows-1252)', 'detect (UTF-8 or Windows-1252)')}</option>
            <option value="utf-8">UTF-8</option>
            <option value="windows-1252">Windows-1252 (ANSI)</option>
          </select>
        </label>
        <Button buttonStyle="primary" disabled={!files.length || busy} onClick={start}>
          {busy ? t('Import läuft …', 'Importing …') : t('Importieren', 'Import')}
        </Button>
      </div>
      {running.map((run) => (
        <p key={run.fileName} className="import-form__progress" role="status">
          {run.fileName}: {labelIn(language, importRunStatuses, run.status)} · {run.phase} · {run.rowsRead ?? 0}{' '}
          {t('Zeilen', 'rows')}
        </p>
      ))}
      {error && (
        <p className="import-form__error" role="alert">
          {error}
        </p>
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
