import { describe, expect, it } from 'vitest'

import { clientFromForwardedFor, clientOfConnection } from '@/auth/client-address'

describe('the client of a sign-in (ADR 0053)', () => {
  it('trusts only the entries the last proxies appended', () => {
    expect(clientFromForwardedFor('203.0.113.7', 1)).toBe('203.0.113.7')
    expect(clientFromForwardedFor('10.0.0.1, 203.0.113.7', 1)).toBe('203.0.113.7')
    expect(clientFromForwardedFor('10.0.0.1, 203.0.113.7, 192.0.2.1', 2)).toBe('203.0.113.7')
    expect(clientFromForwardedFor('203.0.113.7', 3)).toBe('203.0.113.7')
    expect(clientFromForwardedFor('203.0.113.7', 0)).toBeUndefined()
    expect(clientFromForwardedFor(undefined, 1)).toBeUndefined()
  })

  it('a server taking the connection itself counts its socket as the last hop', () => {
    expect(clientOfConnection(undefined, '198.51.100.4', 1)).toBe('198.51.100.4')
    expect(clientOfConnection('10.9.9.9', '198.51.100.4', 1)).toBe('198.51.100.4')
    expect(clientOfConnection('10.9.9.9, 203.0.113.7', '192.0.2.1', 2)).toBe('203.0.113.7')
  })
})
