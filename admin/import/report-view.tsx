import type { RenderedReport } from '@/imports/render'

export type ReportHeadings = { line: string; field: string; value: string; reason: string }

/**
 * One file's report, rendered on the server in the reader's language (imports/render.ts): shown
 * after an import on the page, and for a past run. Markup only, so both the client form and the
 * server page use it.
 */
export function ReportView({ report, headings }: { report: RenderedReport; headings: ReportHeadings }) {
  const counts = [report.summary, ...report.effectTexts].filter(Boolean).join(' · ')
  return (
    <section className={`import-report import-report--${report.status}`} aria-label={report.file}>
      <h3>
        {report.file} · {report.kindLabel} · {report.statusText}
      </h3>
      {counts && <p>{counts}</p>}
      {report.missingText && <p>{report.missingText}</p>}
      {report.problems.length > 0 && (
        <table className="import-report__problems">
          <thead>
            <tr>
              <th>{headings.line}</th>
              <th>{headings.field}</th>
              <th>{headings.value}</th>
              <th>{headings.reason}</th>
            </tr>
          </thead>
          <tbody>
            {report.problems.map((problem, index) => (
              <tr key={index}>
                <td>{problem.line ?? ''}</td>
                {/* The label names the field; the file's column name is one hover away for fixing the file. */}
                <td title={problem.column}>{problem.field ?? ''}</td>
                <td>{problem.value ?? ''}</td>
                <td>{problem.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.moreText && <p>{report.moreText}</p>}
    </section>
  )
}
