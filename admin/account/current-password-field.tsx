'use client'
import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

// Optional in the form: the server asks for it only when the password changes (auth/password-change.ts).
const optional = () => true as const

/** "Aktuelles Passwort" on one's own account page: masked like the password fields beside it. */
export const CurrentPasswordField: TextFieldClientComponent = (props) => (
  <PasswordField {...props} autoComplete="current-password" validate={optional} />
)
