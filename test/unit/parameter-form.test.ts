import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { parameterForm } from '@/reports/pipeline/parameter-form'

describe('report parameter dialog', () => {
  it('a text of several paragraphs (a letter body) is a text area, a short text one line', () => {
    const schema = z.object({
      subject: z.string().min(1).meta({ title: 'Betreff' }),
      text: z.string().min(1).meta({ title: 'Brieftext', description: 'Absätze durch eine Leerzeile.', multiline: true }),
    })
    const [subject, text] = parameterForm(schema)
    expect(subject).toMatchObject({ name: 'subject', kind: 'text', label: 'Betreff', required: true })
    expect(text).toMatchObject({
      name: 'text',
      kind: 'longtext',
      label: 'Brieftext',
      required: true,
      description: 'Absätze durch eine Leerzeile.',
    })
  })
})
