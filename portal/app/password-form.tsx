import { Form } from '@remix-run/react'

import type { Dictionary } from './i18n'
import { CsrfField } from './root'

export type PasswordError = { field: 'password' | 'confirm' | 'currentPassword'; text: string }

/** A field's error, tied to the input by id (aria-describedby) and announced. */
export function FieldError({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p className="field-error" id={id} role="alert">
      {text}
    </p>
  ) : null
}

/** New password twice (invitation, reset, account), with the length rule as a hint. */
export function NewPasswordFields({
  t,
  minLength,
  error,
}: {
  t: Dictionary
  minLength: number
  error?: PasswordError
}) {
  const described = (field: 'password' | 'confirm') =>
    [field === 'password' ? 'password-rule' : '', error?.field === field ? `${field}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined
  return (
    <>
      <label htmlFor="password">{t.newPassword}</label>
      <p className="hint" id="password-rule">
        {t.passwordRule(minLength)}
      </p>
      <input
        id="password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={minLength}
        aria-invalid={error?.field === 'password' ? true : undefined}
        aria-describedby={described('password')}
      />
      <FieldError id="password-error" text={error?.field === 'password' ? error.text : undefined} />
      <label htmlFor="confirm">{t.confirmPassword}</label>
      <input
        id="confirm"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        minLength={minLength}
        aria-invalid={error?.field === 'confirm' ? true : undefined}
        aria-describedby={described('confirm')}
      />
      <FieldError id="confirm-error" text={error?.field === 'confirm' ? error.text : undefined} />
    </>
  )
}

/** The page that sets a password from a link (invitation or reset). */
export function SetPasswordPage({
  t,
  title,
  intro,
  minLength,
  error,
}: {
  t: Dictionary
  title: string
  intro: string
  minLength: number
  error?: PasswordError
}) {
  return (
    <section className="panel narrow">
      <title>{`${title} – ${t.appName}`}</title>
      <h1>{title}</h1>
      {intro ? <p>{intro}</p> : null}
      <Form method="post" className="stack">
        <CsrfField />
        <NewPasswordFields t={t} minLength={minLength} error={error} />
        <button type="submit" className="button">
          {t.setPassword}
        </button>
      </Form>
    </section>
  )
}

/** The clear page of a link that no longer works. */
export function ExpiredLinkPage({
  t,
  title,
  text,
  hint,
}: {
  t: Dictionary
  title: string
  text: string
  hint?: string
}) {
  return (
    <section className="panel narrow">
      <title>{`${title} – ${t.appName}`}</title>
      <h1>{title}</h1>
      <p>{text}</p>
      {hint ? <p>{hint}</p> : null}
      <p>
        <a href="/login">{t.loginTitle}</a>
      </p>
    </section>
  )
}
