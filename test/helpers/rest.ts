import { handleEndpoints } from 'payload'

export type RestResponse<T = any> = { status: number; body: T }

type Options = {
  token?: string
  /** Sent as JSON; a FormData or a stream is sent as it is (uploads). */
  body?: unknown
  /** Sent as multipart/form-data (uploads). */
  form?: FormData
  language?: 'de' | 'en'
  headers?: Record<string, string>
}

/**
 * A real request through Payload's HTTP handler (the one Next mounts at /api), without a network
 * hop: same routing, parsing, auth, access control and error formatting. The raw response.
 */
export async function request(method: string, path: string, options: Options = {}): Promise<Response> {
  const { default: config } = await import('@payload-config')
  const headers: Record<string, string> = { 'Accept-Language': options.language ?? 'en', ...options.headers }
  if (options.token) headers.Authorization = `JWT ${options.token}`
  const raw = options.body instanceof FormData || options.body instanceof ReadableStream
  if (options.body !== undefined && !raw) headers['Content-Type'] = 'application/json'
  const init: RequestInit & { duplex?: 'half' } = {
    method,
    headers,
    body:
      options.form ??
      (options.body === undefined ? undefined : raw ? (options.body as BodyInit) : JSON.stringify(options.body)),
  }
  if (options.body instanceof ReadableStream) init.duplex = 'half'
  return handleEndpoints({ config, request: new Request(`http://localhost:3000/api${path}`, init) })
}

/** A REST request with its JSON answer. */
export async function rest<T = any>(method: string, path: string, options: Options = {}): Promise<RestResponse<T>> {
  const response = await request(method, path, options)
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

/** A GraphQL request through the handler Next mounts at /api/graphql. */
export async function graphql<T = any>(
  query: string,
  options: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<RestResponse<{ data?: T; errors?: Array<{ message: string }> }>> {
  const { default: config } = await import('@payload-config')
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Accept-Language': 'en' }
  if (options.token) headers.Authorization = `JWT ${options.token}`
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables }),
  })
  const response = await GRAPHQL_POST(config)(request as never)
  return { status: response.status, body: await response.json() }
}

/** Signs in through REST and returns the token. */
export async function login(collection: 'users' | 'portal-users', email: string, password: string): Promise<string> {
  const response = await rest<{ token?: string }>('POST', `/${collection}/login`, { body: { email, password } })
  if (!response.body?.token)
    throw new Error(`Login of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body.token
}

/** A `where` as REST query parameters (`where[and][0][moveIn][less_than_equal]=…`), the way the admin sends it. */
export function whereQuery(where: unknown, prefix = 'where'): string {
  const pairs: string[] = []
  const walk = (value: unknown, key: string) => {
    if (value !== null && typeof value === 'object') {
      for (const [inner, child] of Object.entries(value)) walk(child, `${key}[${inner}]`)
    } else {
      pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    }
  }
  walk(where, prefix)
  return pairs.join('&')
}
