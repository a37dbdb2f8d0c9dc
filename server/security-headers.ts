/**
 * The security headers of every page and API answer (docs/security.md "Headers"). One list, for
 * Next (next.config.ts) and the portal server (portal/security-headers.ts), so both stay the same;
 * only the scripts and styles a page may run differ between the admin and the portal.
 */

/**
 * Payload's JSON fields (import reports, the document access log) edit in Monaco, which
 * Payload's UI loads from this CDN path; nothing else comes from outside.
 */
const monaco = 'https://cdn.jsdelivr.net/npm/monaco-editor@0.55.1/'

export type SecurityHeaderOptions = {
  dev?: boolean
  /**
   * The portal's (Remix) per-response nonce: its pages run only scripts carrying it, and no
   * inline styles. Without one, the admin's sources (below).
   */
  nonce?: string
}

/**
 * Admin: `'unsafe-inline'` scripts, because Next streams the page's data in inline `<script>`
 * tags and nonces would need every admin page rendered through the proxy with a fresh nonce;
 * inline styles, because Payload's admin and React set `style` attributes. `'unsafe-eval'` only
 * for `npm run dev` (React's development build evaluates code for its stack traces), and inline
 * styles for the portal in development (Vite's hot reload injects them).
 */
function contentSecurityPolicy({ dev, nonce }: { dev: boolean; nonce?: string }): string {
  const scripts = nonce ? [`'nonce-${nonce}'`] : ["'unsafe-inline'", monaco, ...(dev ? ["'unsafe-eval'"] : [])]
  const styles = nonce ? (dev ? ["'unsafe-inline'"] : []) : ["'unsafe-inline'", monaco]
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...scripts],
    'style-src': ["'self'", ...styles],
    'font-src': ["'self'", 'data:', monaco],
    'img-src': ["'self'", 'data:', 'blob:'],
    'media-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'connect-src': ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  }
  return Object.entries(directives)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ')
}

export type SecurityHeader = { key: string; value: string }

export function securityHeaders({
  dev = process.env.NODE_ENV === 'development',
  nonce,
}: SecurityHeaderOptions = {}): SecurityHeader[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev, nonce }) },
    // frame-ancestors for current browsers, X-Frame-Options for those without CSP level 2.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'same-origin' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
}
