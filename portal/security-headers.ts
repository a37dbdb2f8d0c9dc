import { randomBytes } from 'node:crypto'

import type { NextFunction, Request, Response } from 'express'

/**
 * Security headers on every portal response (F-50): a CSP whose only inline scripts are Remix's
 * own, carrying this response's nonce; no framing; no sniffing; no referrer to other sites.
 * In development Vite's client also needs its websocket and inline styles for hot reload.
 */
export function portalSecurityHeaders(dev: boolean) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const nonce = randomBytes(16).toString('base64')
    res.locals.nonce = nonce
    const csp = [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      dev ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; ')
    res.setHeader('Content-Security-Policy', csp)
    res.setHeader('X-Frame-Options', 'DENY')
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()')
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
    next()
  }
}
