import { z } from 'zod'

import { minPasswordLength } from '@/auth/password'

import type { Dictionary } from './i18n'
import type { PasswordError } from './password-form'

export { minPasswordLength }

const newPassword = z.object({ password: z.string().max(1000), confirm: z.string().max(1000) })

/** Parses "new password twice": the password, or the error to show at its field. */
export function parseNewPassword(form: FormData, t: Dictionary): { password: string } | { error: PasswordError } {
  const parsed = newPassword.safeParse({ password: form.get('password'), confirm: form.get('confirm') })
  if (!parsed.success || parsed.data.password.length < minPasswordLength)
    return { error: { field: 'password', text: t.passwordTooShort(minPasswordLength) } }
  if (parsed.data.password !== parsed.data.confirm) return { error: { field: 'confirm', text: t.passwordsDiffer } }
  return { password: parsed.data.password }
}
