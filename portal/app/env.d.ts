/// <reference types="vite/client" />
/// <reference types="@remix-run/node" />

import '@remix-run/node'

declare module '@remix-run/node' {
  interface AppLoadContext {
    /** The CSP nonce of this response (portal/security-headers.ts). */
    nonce: string
    /** The client's address for sign-in throttling (auth/client-address.ts `clientOfConnection`). */
    clientAddress: string
  }
  interface Future {
    v3_singleFetch: true
  }
}
