import { describe, expect, it } from 'vitest'

import { nextNumber } from '@/seed/factories'

import { describeAccess } from '../helpers/access-matrix'
import { testPayload } from '../helpers/payload'
import { staffToken } from '../helpers/personas'
import { request } from '../helpers/rest'

/** A real 1×1 PNG. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
const file = () => ({ data: png, mimetype: 'image/png', name: `logo-${nextNumber()}.png`, size: png.length })

describe('media (company images): staff read, 900161 manages (like the settings they belong to)', () => {
  describeAccess(
    {
      collection: 'media',
      file,
      createData: () => ({ alt: `Logo ${nextNumber()}` }),
      existing: ({ payload, req }) =>
        payload.create({ collection: 'media', data: { alt: `Briefkopf ${nextNumber()}` }, file: file(), req }),
      change: () => ({ alt: `Logo neu ${nextNumber()}` }),
    },
    { admin: 'RCUD', clerk: 'R', accounting: 'R', auditor: 'R', anonymous: '' },
  )
})

describe('media files are served through the access check', () => {
  it('staff download the file; anonymous gets 403', async () => {
    const payload = await testPayload()
    const image = await payload.create({ collection: 'media', data: { alt: 'Logo' }, file: file() })
    const path = `/media/file/${image.filename}`
    const staffDownload = await request('GET', path, { token: await staffToken('clerk') })
    expect(staffDownload.status).toBe(200)
    expect(Buffer.from(await staffDownload.arrayBuffer()).equals(png)).toBe(true)
    expect((await request('GET', path)).status).toBe(403)
  })
})
