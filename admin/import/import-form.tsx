'use client'

import { Banner, Button, Dropzone, FieldLabel, Pill, SelectInput, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'

import { importRunStatuses, optionLabel } from '@/imports/labels'
import type { RenderedReport } from '@/imports/render'

import { errorText, postJson } from '../lib/api'
import { ReportView } from './report-view'

type Running = { fileName: string; phase?: string | null; rowsRead?: number | null; status?: string | null }

async function upload(file: File): Promise<string> {
  const response = await fetch('/api/import-runs/upload', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: file,
  })
  const json = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(errorText(json, response))
  return json.upload as string
}

/** Upload export files, run the import, show each file's report (SPEC F-12). */
export function ImportForm() {
  const { i18n } = useTranslation()
  const t = i18n.t as (key: string, vars?: Record<string, unknown>) => string
  const router = useRouter()
  const picker = useRef<HTMLInputElement>(null)
  const [files, setFiles] = useState<File[]>([])
  const [encoding, setEncoding] = useState('auto')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [reports, setReports] = useState<RenderedReport[]>([])
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
      // The endpoint renders the reports in the user's language (imports/render.ts).
      const result = await postJson<{ rendered: RenderedReport[] }>('/api/import-runs/start', {
        files: uploaded,
        encoding,
      })
      setReports(result.rendered)
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
          <FieldLabel label={t('hauswerk:importFilesLabel')} />
          <Dropzone multipleFiles onChange={(list) => setFiles([...list])} disabled={busy}>
            <div className="import-form__dropzone">
              <Button buttonStyle="pill" size="small" disabled={busy} onClick={() => picker.current?.click()}>
                {t('hauswerk:importChooseFiles')}
              </Button>
              <span className="hauswerk-muted">{t('hauswerk:importOrDrop')}</span>
              <input
                ref={picker}
                type="file"
                hidden
                multiple
                accept=".csv,.json,text/csv,application/json"
                onChange={(event) => setFiles([...(event.target.files ?? [])])}
                aria-label={t('hauswerk:importFiles')}
              />
            </div>
          </Dropzone>
          {files.length ? (
            <ul className="import-form__chosen" aria-label={t('hauswerk:importChosenFiles')}>
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
          label={t('hauswerk:importEncoding')}
          isClearable={false}
          options={[
            { value: 'auto', label: t('hauswerk:importEncodingAuto') },
            { value: 'utf-8', label: 'UTF-8' },
            { value: 'windows-1252', label: 'Windows-1252 (ANSI)' },
          ]}
          value={encoding}
          onChange={(option) => setEncoding(Array.isArray(option) ? 'auto' : String(option?.value ?? 'auto'))}
        />
        <Button buttonStyle="primary" size="medium" disabled={!files.length || busy} onClick={start}>
          {busy ? t('hauswerk:importRunning') : t('hauswerk:importStart')}
        </Button>
      </div>
      {running.map((run) => (
        <div key={run.fileName} role="status">
          <Banner type="info">
            {run.fileName}: {optionLabel(importRunStatuses, run.status, i18n)} ·{' '}
            {run.phase ? t(`hauswerk:importPhase_${run.phase}`) : ''} ·{' '}
            {t('hauswerk:importRowsRead', { count: run.rowsRead ?? 0 })}
          </Banner>
        </div>
      ))}
      {error && (
        <div role="alert">
          <Banner type="error">{error}</Banner>
        </div>
      )}
      {reports.map((report) => (
        <ReportView
          key={report.file}
          report={report}
          headings={{
            line: t('hauswerk:importColumnLine'),
            field: t('hauswerk:importColumnField'),
            value: t('hauswerk:importColumnValue'),
            reason: t('hauswerk:importColumnReason'),
          }}
        />
      ))}
    </div>
  )
}
