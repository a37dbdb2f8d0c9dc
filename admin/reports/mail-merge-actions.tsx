'use client'

import { Banner, Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import type { FormField } from '@/reports/pipeline/parameter-form'

import { postReport } from './request'
import { useReportsText } from './say'

type MergePreview = { letters: number; recipients: number; invited: number; withoutAddress: string[] }
type MergeDone = { letters: number; releases: number; withoutAddress: string[] }

/**
 * The mail merge's outputs (F-71): first the recipients are found and counted — with those left
 * out for want of an address — then "generate" or "generate and release" with F-22's warning.
 * A merge above `jobAbove` letters runs in the background (the runs table below shows it).
 */
export function MailMergeActions({
  values,
  form,
  mayRelease,
  jobAbove,
}: {
  values: Record<string, unknown>
  form: FormField[]
  mayRelease: boolean
  jobAbove: number
}) {
  const { say } = useReportsText()
  const router = useRouter()
  const [merge, setMerge] = useState<MergePreview | null>(null)
  const [busy, setBusy] = useState(false)

  // A changed parameter makes the counted recipients stale.
  useEffect(() => setMerge(null), [values])

  const act = async (action: 'preview' | 'generate' | 'release') => {
    setBusy(true)
    try {
      const parameters = { ...values, release: action === 'release' }
      if (action === 'preview') {
        const response = await postReport('/api/letters/mail-merge', { parameters, preview: true }, form)
        setMerge((await response.json()) as MergePreview)
        return
      }
      const response = await postReport('/api/letters/mail-merge', { parameters }, form)
      const body = (await response.json()) as MergeDone | { run: number; letters: number }
      if ('run' in body) {
        toast.info(say('reportsMergeQueued', { letters: body.letters }))
        router.refresh()
      } else {
        toast.success(
          body.releases
            ? say('reportsMergeReleased', { letters: body.letters, releases: body.releases })
            : say('reportsMergeStored', { letters: body.letters }),
        )
      }
      setMerge(null)
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="reports-merge">
      <div className="reports-panel__actions">
        <Button
          buttonStyle={merge ? 'secondary' : 'primary'}
          size="medium"
          disabled={busy}
          onClick={() => act('preview')}
        >
          {say('reportsMergeCheck')}
        </Button>
      </div>
      {merge ? (
        <div className="reports-merge__result" aria-live="polite">
          <p>{merge.letters ? say('reportsMergeCount', merge) : say('reportsMergeNone')}</p>
          {merge.withoutAddress.length ? (
            <Banner type="error">
              {say('reportsMergeNoAddress', {
                count: merge.withoutAddress.length,
                names: merge.withoutAddress.join('; '),
              })}
            </Banner>
          ) : null}
          {merge.letters > jobAbove ? <Banner type="info">{say('reportsMergeJob', { limit: jobAbove })}</Banner> : null}
          {mayRelease && merge.letters ? (
            <div role="alert">
              <Banner type="info">{say('reportsMergeWarning', merge)}</Banner>
            </div>
          ) : null}
          {merge.letters ? (
            <div className="reports-panel__actions">
              <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={() => act('generate')}>
                {say('reportsMergeGenerate')}
              </Button>
              {mayRelease ? (
                <Button buttonStyle="primary" size="medium" disabled={busy} onClick={() => act('release')}>
                  {say('reportsMergeRelease', { count: merge.recipients })}
                </Button>
              ) : null}
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
