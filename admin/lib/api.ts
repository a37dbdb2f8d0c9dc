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
  if (!response.ok) {
    // A validation error names its fields in `data.errors`; say those rather than the summary.
    type ApiError = { message?: string; data?: { errors?: Array<{ path?: string; message?: string }> } }
    const messages = ((json.errors ?? []) as ApiError[])
      .flatMap((error) =>
        error.data?.errors?.length
          ? error.data.errors.map((field) => `${field.path}: ${field.message}`)
          : [error.message],
      )
      .filter(Boolean)
    throw new Error(messages.join(' ') || response.statusText)
  }
  return json as T
}
