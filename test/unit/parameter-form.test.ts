import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { mailMergeParameters } from '@/reports/mail-merge'
import { parameterForm } from '@/reports/pipeline/parameter-form'

describe('report parameter dialog', () => {
  it('a text of several paragraphs (a letter body) is a text area, a short text one line', () => {
    const schema = z.object({
      subject: z.string().min(1).meta({ title: 'Betreff' }),
      text: z
        .string()
        .min(1)
        .meta({ title: 'Brieftext', description: 'Absätze durch eine Leerzeile.', multiline: true }),
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

  it("the mail merge's objects are required: the dialog marks them, an empty or missing choice is refused", () => {
    const fields = parameterForm(mailMergeParameters)
    expect(fields.find((field) => field.name === 'objects')).toMatchObject({ kind: 'relations', required: true })
    expect(fields.find((field) => field.name === 'functionTypes')).toMatchObject({ required: false })
    const base = { dataSet: 'units', subject: 'Betreff', text: 'Text' }
    for (const objects of [[], undefined]) {
      const parsed = mailMergeParameters.safeParse({ ...base, objects })
      expect(parsed.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
        [['objects'], 'Bitte wählen Sie mindestens ein Objekt.'],
      ])
    }
  })
})
