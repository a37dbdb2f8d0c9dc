'use client'

/** POSTs JSON to Hauswerk's API as the signed-in admin user; throws with the server's message. */
export async function postJson<T>(url: string, body: unknown = {}): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const json = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(errorText(json, response))
  return json as T
}

/** What a refused request says: a validation error names its fields in `data.errors`, so those rather than the summary. */
export function errorText(json: { errors?: unknown }, response: Response): string {
  type ApiError = { message?: string; data?: { errors?: Array<{ path?: string; message?: string }> } }
  const messages = ((json.errors ?? []) as ApiError[])
    .flatMap((error) =>
      error.data?.errors?.length
        ? error.data.errors.map((field) => `${field.path}: ${field.message}`)
        : [error.message],
    )
    .filter(Boolean)
  return messages.join(' ') || response.statusText
}
