import { describe, expect, it } from 'vitest'

import { nextNumber } from '@/seed/factories'

import { describeAccess } from '../helpers/access-matrix'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

const textField = (name: string) => ({ blockType: 'text', name, label: 'Beschreibung', required: true })
const thanks = {
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [{ type: 'text', version: 1, text: 'Danke, wir melden uns.' }],
      },
    ],
  },
}
const form = (title: string, field: string) => ({
  title: `${title} ${nextNumber()}`,
  fields: [textField(field)],
  confirmationType: 'message',
  confirmationMessage: thanks,
})

describe('forms (F-54): staff read, 900153 manages — not the form builder’s "anyone" defaults', () => {
  describeAccess(
    {
      collection: 'forms',
      createData: () => form('Schadensmeldung', 'description'),
      existing: ({ payload, req }) =>
        payload.create({
          collection: 'forms',
          data: form('Ratenansuchen', 'reason') as never,
          req,
        }),
      change: () => ({ title: `Geändert ${nextNumber()}` }),
    },
    { admin: 'RCUD', clerk: 'RCUD', accounting: 'R', auditor: 'R', anonymous: '' },
  )
})

describe('form submissions: never anonymous (portal users: test/int/portal-matrix)', () => {
  it('refuses anonymous submissions and reads', async () => {
    const payload = await testPayload()
    const contact = await payload.create({ collection: 'forms', data: form('Kontakt', 'message') as never })
    const submitted = await rest('POST', '/form-submissions', {
      body: { form: contact.id, submissionData: [{ field: 'message', value: 'Hallo' }] },
    })
    expect(submitted.status).toBe(403)
    expect((await rest('GET', '/form-submissions')).status).toBe(403)
    expect((await rest('GET', '/forms')).status).toBe(403)
    expect((await payload.count({ collection: 'form-submissions' })).totalDocs).toBe(0)
  })
})
