import type { Field } from 'payload'

import { l } from '@/fields/label'

const nobody = () => false

/**
 * Portal users' pending invitation (SPEC F-50). The token is stored only as its SHA-256, and only the invitation code
 * writes it (system writes after the staff member's permission check): no one can plant a token
 * they know, through any API.
 */
export const invitationFields: Field[] = [
  {
    name: 'invitationTokenHash',
    type: 'text',
    hidden: true,
    index: true,
    access: { read: nobody, create: nobody, update: nobody },
  },
  {
    name: 'invitationExpiresAt',
    type: 'date',
    label: l('Einladung gültig bis', 'Invitation valid until'),
    admin: {
      readOnly: true,
      description: l(
        'Leer, sobald die Person ihr Passwort über die Einladung festgelegt hat.',
        'Empty once the person has chosen their password through the invitation.',
      ),
    },
    access: { create: nobody, update: nobody },
  },
]
