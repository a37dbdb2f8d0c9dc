'use client'

import type { FormField } from '@/reports/pipeline/parameter-form'

type ApiError = { message?: string; data?: { errors?: Array<{ path?: string; message?: string }> } }

/**
 * POSTs to a report endpoint as the signed-in admin user; a refusal throws with the server's
 * messages, each naming the dialog's caption of its parameter ("Objekte: …") rather than its key.
 */
export async function postReport(url: string, body: unknown, form: FormField[] = []): Promise<Response> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (response.ok) return response
  const json = await response.json().catch(() => ({}))
  const captions = new Map(form.map((field) => [field.name, field.label]))
  const caption = (path: string | undefined) => {
    const name = path?.replace(/^parameters\./, '').split('.')[0] ?? ''
    return captions.get(name) ?? name
  }
  const messages = ((json.errors ?? []) as ApiError[]).flatMap((error) =>
    error.data?.errors?.length
      ? error.data.errors.map((field) => [caption(field.path), field.message].filter(Boolean).join(': '))
      : [error.message ?? ''],
  )
  throw new Error(messages.filter(Boolean).join(' ') || response.statusText)
}
