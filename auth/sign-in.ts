import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'

import { clientAddress } from './client-address'
import { passwordMatches, spendPasswordCheck } from './password'
import { forgetSignInFailures, recordSignInFailure, signInThrottled } from './sign-in-throttle'

export type SignInRefusal = 'invalid' | 'throttled'

/**
 * A refused sign-in. To the caller it is Payload's "e-mail or password incorrect" (status 401,
 * the same text) whether the address is unknown, the password wrong or this client has tried
 * too often; `reason` is for the portal's own code and logs only.
 */
export class SignInRefused extends AuthenticationError {
  constructor(
    t: ConstructorParameters<typeof AuthenticationError>[0],
    readonly reason: SignInRefusal,
  ) {
    super(t)
    // Logged and answered exactly like Payload's own refusal.
    this.name = AuthenticationError.name
  }
}

/**
 * Runs before Payload's login (REST, GraphQL, the admin and the Local API): answers unknown
 * addresses, wrong passwords and throttled clients alike — same text, same status, one password
 * check's worth of time each — and counts failures per client (ADR 0053). Payload's own
 * per-account lock is off (`maxLoginAttempts: 0`), because anyone could trigger it.
 */
export const hardenSignIn: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const address = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = data?.password
  // Missing fields: Payload's own validation answers (400), nothing to guess from.
  if (!address || typeof password !== 'string' || password.trim() === '') return args

  const client = clientAddress(req)
  const throttled = await signInThrottled(req, address, client)
  let accepted = false
  if (throttled) {
    await spendPasswordCheck(password)
  } else {
    // System read: the stored hash, which no access rule ever hands out.
    const account = await req.payload.db.findOne<{ id: number; hash?: unknown; salt?: unknown; disabled?: unknown }>({
      collection: collection.slug,
      req,
      where: { email: { equals: address } },
    })
    // A disabled sign-in (staff, auth/disabled.ts) is refused like a wrong password, after the same check.
    if (account) accepted = (await passwordMatches(account, password)) && !account.disabled
    else await spendPasswordCheck(password)
  }
  if (!accepted) {
    await recordSignInFailure(req, address, client)
    throw new SignInRefused(req.t, throttled ? 'throttled' : 'invalid')
  }
  await forgetSignInFailures(req, address, client)
  return args
}
