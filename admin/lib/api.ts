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
    // A validation error names each field in `data.errors`; show those rather than the summary.
    const messages = (json.errors ?? [])
      .flatMap((error: { message?: string; data?: { errors?: Array<{ message?: string }> } }) =>
        error.data?.errors?.length ? error.data.errors.map((detail) => detail.message) : [error.message],
      )
      .filter(Boolean)
    throw new Error(messages.join(' ') || response.statusText)
  }
  return json as T
}
