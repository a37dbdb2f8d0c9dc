import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

/**
 * Payload's stored password format (payload/dist/auth/strategies/local/generatePasswordSaltHash.js,
 * 3.90): `pbkdf2-sha256-v1:<hex>` with 600,000 iterations and 32 bytes, or the legacy bare hex
 * with 25,000 iterations and 512 bytes. Payload does not export its check, and the sign-in
 * hardening needs it before Payload's own (to answer unknown addresses in the same time).
 */
const currentPrefix = 'pbkdf2-sha256-v1:'
const current = { iterations: 600_000, keyLength: 32 }
const legacy = { iterations: 25_000, keyLength: 512 }

export { minPasswordLength, passwordTooShort } from './password-policy'

/** Whether the password matches the stored hash and salt (false when the account has none). */
export async function passwordMatches(stored: { hash?: unknown; salt?: unknown }, password: string): Promise<boolean> {
  const { hash, salt } = stored
  if (typeof hash !== 'string' || typeof salt !== 'string') {
    await spendPasswordCheck(password)
    return false
  }
  const params = hash.startsWith(currentPrefix) ? current : legacy
  const expected = Buffer.from(hash.startsWith(currentPrefix) ? hash.slice(currentPrefix.length) : hash, 'hex')
  const actual = await derive(password, salt, params.iterations, params.keyLength, 'sha256')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

const dummySalt = 'hauswerk-no-such-account'

/**
 * The work of one password check against a current hash, thrown away: an unknown address or a
 * refused client costs the same time as a wrong password for an existing account.
 */
export async function spendPasswordCheck(password: string): Promise<void> {
  await derive(password, dummySalt, current.iterations, current.keyLength, 'sha256')
}
