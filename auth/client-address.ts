import type { PayloadRequest } from 'payload'

import { env } from '@/server/env'

/** Local API calls that name no client (seed, scripts, tests) share one bucket. */
export const localClient = 'local'

/**
 * The address of the client as our own proxy saw it. Proxies append to X-Forwarded-For, so only
 * the entries added by the last `hops` proxies (ours) can be trusted; anything further left was
 * written by the client and may be forged. Next itself fills the header with the socket address
 * when a request arrives without one. See docs/decisions/0053-sign-in-throttling.md.
 */
export function clientFromForwardedFor(forwardedFor: string | null | undefined, hops = env().HAUSWERK_PROXY_HOPS) {
  if (!forwardedFor || hops < 1) return undefined
  const entries = forwardedFor
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return undefined
  return entries[Math.max(0, entries.length - hops)]
}

/**
 * The client of a sign-in: the portal passes the address it took from its own socket as
 * `context.clientAddress`; REST and GraphQL requests reaching Next carry it in X-Forwarded-For.
 */
export function clientAddress(req: PayloadRequest): string {
  const fromContext = req.context?.clientAddress
  if (typeof fromContext === 'string' && fromContext) return fromContext
  return clientFromForwardedFor(req.headers?.get('x-forwarded-for')) ?? localClient
}

/**
 * For a server that receives the browser's connection itself (the portal's Express): its socket
 * address is the last hop, after whatever proxies in front of it appended.
 */
export function clientOfConnection(
  forwardedFor: string | undefined,
  socketAddress: string | undefined,
  hops = env().HAUSWERK_PROXY_HOPS,
): string {
  const chain = [forwardedFor, socketAddress].filter(Boolean).join(', ')
  return clientFromForwardedFor(chain, Math.max(hops, 1)) ?? localClient
}
