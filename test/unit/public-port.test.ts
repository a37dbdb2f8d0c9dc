import { describe, expect, it } from 'vitest'

import { allowedOrigins } from '@/auth/session'
import { parseEnv, publicUrl } from '@/server/env'

/**
 * Next runs behind the portal server on an internal port and sets PORT to it; `npm start` passes
 * the public port as HAUSWERK_PUBLIC_PORT, so the session's allowed origins and the links in
 * e-mails stay those people reach Hauswerk at.
 */
describe('the public port', () => {
  const base = {
    NODE_ENV: 'test',
    PAYLOAD_SECRET: 'a-secret-of-sixteen-or-more',
    HAUSWERK_DATA_DIR: '/tmp/hauswerk-public-port',
  } as const

  it('is HAUSWERK_PUBLIC_PORT when set, whatever PORT Next set', () => {
    const config = parseEnv({ ...base, PORT: '41234', HAUSWERK_PUBLIC_PORT: '3200' })
    expect(config.PORT).toBe(3200)
    expect(publicUrl(config)).toBe('http://localhost:3200')
    expect(allowedOrigins(config)).toEqual(['http://localhost:3200', 'http://127.0.0.1:3200'])
  })

  it('is PORT otherwise', () => {
    expect(parseEnv({ ...base, PORT: '3000' }).PORT).toBe(3000)
  })
})
