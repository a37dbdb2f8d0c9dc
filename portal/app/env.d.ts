/// <reference types="vite/client" />
/// <reference types="@remix-run/node" />

import '@remix-run/node'

declare module '@remix-run/node' {
  interface AppLoadContext {
    /** The CSP nonce of this response (portal/security-headers.ts). */
    nonce: string
    /** The browser's address as the portal server saw it, for sign-in throttling (ADR 0053). */
    clientAddress: string
  }
  interface Future {
    v3_singleFetch: true
  }
}
