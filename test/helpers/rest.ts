import { handleEndpoints } from 'payload'

export type RestResponse<T = any> = { status: number; body: T }

type Options = { token?: string; body?: unknown; language?: 'de' | 'en'; headers?: Record<string, string> }

/**
 * A real REST request through Payload's HTTP handler (the one Next mounts at /api), without a
 * network hop: same routing, parsing, auth, access control and error formatting.
 */
export async function rest<T = any>(method: string, path: string, options: Options = {}): Promise<RestResponse<T>> {
  const response = await request(method, path, options)
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

/** The raw response of a REST request (file downloads, CSV). `body` may be a FormData (uploads). */
export async function request(
  method: string,
  path: string,
  options: Omit<Options, 'body'> & { body?: unknown } = {},
): Promise<Response> {
  const { default: config } = await import('@payload-config')
  const headers: Record<string, string> = { 'Accept-Language': options.language ?? 'en', ...options.headers }
  if (options.token) headers.Authorization = `JWT ${options.token}`
  const raw = options.body instanceof FormData || options.body instanceof ReadableStream
  if (options.body !== undefined && !raw) headers['Content-Type'] = 'application/json'
  const init: RequestInit & { duplex?: 'half' } = {
    method,
    headers,
    body: options.body === undefined ? undefined : raw ? (options.body as BodyInit) : JSON.stringify(options.body),
  }
  if (options.body instanceof ReadableStream) init.duplex = 'half'
  return handleEndpoints({ config, request: new Request(`http://localhost:3000/api${path}`, init) })
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
