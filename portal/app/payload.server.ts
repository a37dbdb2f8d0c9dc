import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * The portal process's own Payload on the same config and database as Next's (two processes,
 * one address: ARCHITECTURE.md "Portal"). Only model functions and the session use it.
 */
export function portalPayload(): Promise<Payload> {
  return getPayload({ config })
}
