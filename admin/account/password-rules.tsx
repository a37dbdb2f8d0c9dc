'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'
import type { FormField, UIFieldClientComponent, Validate } from 'payload'
import { useEffect, useMemo } from 'react'

import { minPasswordLength, passwordTooShort } from '@/auth/password-policy'

const newPassword = 'password'
const confirmation = 'confirm-password'

type Verdict = string | true

/** Keeps a field's state as the check says it is; `undefined` when nothing needs to change. */
function correction(field: FormField, check: Validate, verdict: Verdict) {
  const valid = verdict === true
  const errorMessage = valid ? undefined : verdict
  if (field.validate === check && field.valid === valid && field.errorMessage === errorMessage) return undefined
  return { validate: check, valid, errorMessage }
}

/**
 * Payload's "Passwort ändern" marks the new password and its confirmation as missing ("Pflichtfeld")
 * without giving the form their checks. Its password fields read the form through a context that
 * is updated only after they mount, so they may start from the state before that mark; a value
 * typed within their first 150 ms (a browser test, a password manager) then passes their own
 * check without their clearing the mark, and Speichern refuses the form on the stale mark
 * without a request. Here both fields carry Hauswerk's checks in the form state, and their
 * verdict follows every change: the form then checks the current values on saving, and shows the
 * reason (too short for the policy, confirmation differs) at the field. The server checks again
 * (auth/password-change.ts).
 */
export const PasswordRules: UIFieldClientComponent = () => {
  const { t } = useTranslation()
  const translate = t as (key: string, vars?: Record<string, unknown>) => string
  const password = useFormFields(([fields]) => fields[newPassword])
  const confirm = useFormFields(([fields]) => fields[confirmation])
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)

  const checkNew = useMemo<Validate>(
    () => (value) => {
      if (typeof value !== 'string' || value === '') return translate('validation:required')
      if (passwordTooShort(value)) return translate('hauswerk:passwordTooShort', { min: minPasswordLength })
      return true
    },
    [translate],
  )
  const checkConfirmation = useMemo<Validate>(
    () => (value, options) => {
      if (typeof value !== 'string' || value === '') return translate('validation:required')
      const typed = (options?.siblingData as { password?: unknown } | undefined)?.password
      return value === typed ? true : translate('fields:passwordsDoNotMatch')
    },
    [translate],
  )

  useEffect(() => {
    if (!password) return
    const verdict = (checkNew as (value: unknown) => Verdict)(password.value)
    const update = correction(password, checkNew, verdict)
    if (update) dispatch({ type: 'UPDATE', path: newPassword, ...update })
  }, [password, checkNew, dispatch])

  const typed = password?.value
  useEffect(() => {
    if (!confirm) return
    const verdict = (checkConfirmation as (value: unknown, options: unknown) => Verdict)(confirm.value, {
      siblingData: { password: typed },
    })
    const update = correction(confirm, checkConfirmation, verdict)
    if (update) dispatch({ type: 'UPDATE', path: confirmation, ...update })
  }, [confirm, typed, checkConfirmation, dispatch])

  return null
}
