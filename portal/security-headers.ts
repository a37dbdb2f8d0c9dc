import { randomBytes } from 'node:crypto'

import type { NextFunction, Request, Response } from 'express'

import { securityHeaders } from '@/server/security-headers'

/**
 * The security headers of server/security-headers.ts on every portal response (F-50), with a
 * fresh nonce per response: the only inline scripts the CSP lets run are Remix's own, which
 * carry it (portal/app/entry.server.tsx).
 */
export function portalSecurityHeaders(dev: boolean) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const nonce = randomBytes(16).toString('base64')
    res.locals.nonce = nonce
    for (const { key, value } of securityHeaders({ dev, nonce })) res.setHeader(key, value)
    next()
  }
}
