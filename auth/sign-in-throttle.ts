import type { PayloadRequest } from 'payload'

import { runStatement, statement } from '@/db/client'

/**
 * Failed sign-ins, counted per client and per (address, client) in the table
 * `auth_sign_in_failures` (created by a migration, outside Payload's collections: nobody reads it
 * through the API). A foreign client's failures never count against the owner's client, so
 * nobody can lock another person out (ADR 0053).
 */
export const signInLimits = {
  windowMinutes: 15,
  /** Failures for one address from one client before that client waits for the window. */
  perAddressAndClient: 5,
  /** Failures from one client over all addresses (guessing many accounts from one place). */
  perClient: 20,
}

const counts = statement(
  'sign-in-failures-count',
  `select count(*) filter (where address = $1)::int as "forAddress", count(*)::int as "forClient"
     from auth_sign_in_failures
    where client = $2 and failed_at > now() - make_interval(mins => $3)`,
)
const insert = statement(
  'sign-in-failures-insert',
  'insert into auth_sign_in_failures (address, client, failed_at) values ($1, $2, now())',
)
const forget = statement(
  'sign-in-failures-forget',
  "delete from auth_sign_in_failures where (address = $1 and client = $2) or failed_at < now() - interval '1 day'",
)

/** Failures are written outside the sign-in's transaction: a refused sign-in must still count. */
function outsideTransaction(req: PayloadRequest): PayloadRequest {
  return { payload: req.payload } as PayloadRequest
}

/** Whether this client must wait before trying this address (or any address) again. */
export async function signInThrottled(req: PayloadRequest, address: string, client: string): Promise<boolean> {
  const [row] = await runStatement(outsideTransaction(req), counts, [address, client, signInLimits.windowMinutes])
  return (
    Number(row?.forAddress ?? 0) >= signInLimits.perAddressAndClient ||
    Number(row?.forClient ?? 0) >= signInLimits.perClient
  )
}

export async function recordSignInFailure(req: PayloadRequest, address: string, client: string): Promise<void> {
  await runStatement(outsideTransaction(req), insert, [address, client])
}

/** A successful sign-in clears that client's failures for the address (and old rows of anyone). */
export async function forgetSignInFailures(req: PayloadRequest, address: string, client: string): Promise<void> {
  await runStatement(outsideTransaction(req), forget, [address, client])
}
