import { type Env, env, publicUrl } from '@/server/env'

/**
 * The session cookie of both auth collections: HttpOnly (Payload's default), SameSite=Lax, and
 * Secure whenever people reach Hauswerk over TLS (SERVER_URL https://).
 */
export function sessionCookies(config: Pick<Env, 'SERVER_URL' | 'PORT'> = env()) {
  return { secure: publicUrl(config).startsWith('https://'), sameSite: 'Lax' as const }
}

/**
 * Origins whose requests may use the session cookie (Payload's `csrf`): the public address and
 * the local one. A cookie sent from any other Origin is ignored, so the request is anonymous.
 */
export function allowedOrigins(config: Pick<Env, 'SERVER_URL' | 'PORT'> = env()): string[] {
  return [...new Set([publicUrl(config), `http://localhost:${config.PORT}`, `http://127.0.0.1:${config.PORT}`])]
}
