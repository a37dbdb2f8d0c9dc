/**
 * The security headers of every page and API answer (docs/security.md "Headers"). One list, for
 * Next (next.config.ts) and for the portal's pages, so both stay the same.
 */

/**
 * Payload's JSON fields (import reports, the document access log) edit in Monaco, which
 * Payload's UI loads from this CDN path; nothing else comes from outside.
 */
const monaco = 'https://cdn.jsdelivr.net/npm/monaco-editor@0.55.1/'

/**
 * `'unsafe-inline'` scripts: Next streams the page's data in inline `<script>` tags; nonces
 * would need every admin page rendered through the proxy with a fresh nonce. Inline styles:
 * Payload's admin and React set `style` attributes. `'unsafe-eval'` only for `npm run dev`
 * (React's development build evaluates code for its stack traces).
 */
function contentSecurityPolicy(dev: boolean): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", monaco, ...(dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'", monaco],
    'font-src': ["'self'", 'data:', monaco],
    'img-src': ["'self'", 'data:', 'blob:'],
    'media-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'connect-src': ["'self'", ...(dev ? ['ws:'] : [])],
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

export function securityHeaders({ dev = process.env.NODE_ENV === 'development' } = {}): SecurityHeader[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(dev) },
    // frame-ancestors for current browsers, X-Frame-Options for those without CSP level 2.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'same-origin' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
}
