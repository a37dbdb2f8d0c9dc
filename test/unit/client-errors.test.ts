import { describe, expect, it } from 'vitest'

import { clientErrorsAs4xx } from '@/hooks/client-errors'

/** Issue 14: in the production build Payload's formatter drops `data.errors` (instanceof fails). */
describe('a refusal keeps its field errors on REST', () => {
  it('answers a ValidationError with its path and message, whatever class instance it is', () => {
    const error = Object.assign(new Error('Das folgende Feld ist nicht korrekt: netArea'), {
      name: 'ValidationError',
      status: 400,
      data: { collection: 'units', errors: [{ path: 'netArea', message: 'Wird vom Buchhaltungssystem verwaltet.' }] },
    })
    const result = clientErrorsAs4xx({ error } as never) as { response: { errors: unknown[] }; status: number }
    expect(result.status).toBe(400)
    expect(result.response.errors).toEqual([{ name: 'ValidationError', data: error.data, message: error.message }])
  })

  it('leaves other errors to Payload', () => {
    const error = Object.assign(new Error('Dafür fehlt die Berechtigung.'), { name: 'Forbidden', status: 403 })
    expect(clientErrorsAs4xx({ error } as never)).toBeUndefined()
  })
})
