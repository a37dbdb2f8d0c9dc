/**
 * The password policy, free of Node's crypto: the admin's account form checks it in the browser
 * before the server does (admin/account/password-rules.tsx).
 */

/** The shortest password a person may choose (invitation, reset, change). */
export const minPasswordLength = 10

export function passwordTooShort(password: unknown): boolean {
  return typeof password !== 'string' || password.length < minPasswordLength
}
