import type { Access, FieldAccess } from 'payload'

import { P } from '@/constants/permissions'

import { permissionsOf } from './permissions'
import { personOf, type PortalRule } from './portal'

/**
 * Data-protection requests (F-86, DSGVO Art. 15, 17, 20). Staff with either code see them;
 * 900188 produces a data export for any person (an Art. 15 request received by letter),
 * 900189 records and carries out erasure requests.
 */
export const canReadPrivacyRequests: Access = async ({ req }) => {
  const codes = await permissionsOf(req)
  return codes.has(P.privacyExport) || codes.has(P.privacyErase)
}

/** An export needs 900188, an erasure request 900189; without data (may they create at all?) either. */
export const canCreatePrivacyRequest: Access = async ({ req, data }) => {
  const codes = await permissionsOf(req)
  const kind = (data as { kind?: unknown } | undefined)?.kind
  if (kind === 'export') return codes.has(P.privacyExport)
  if (kind === 'erasure') return codes.has(P.privacyErase)
  return data === undefined && (codes.has(P.privacyExport) || codes.has(P.privacyErase))
}

/** Status, archive and decision are written by the export job and the erasure action only. */
export const writtenBySystem: FieldAccess = () => false

/** A portal user's own requests. */
export const ownPrivacyRequests: PortalRule = (_args, user) => ({ person: { equals: personOf(user) } })

/** A request for their own person, of a kind the portal offers. */
export const privacyRequestOfTheirs: PortalRule = ({ data }, user) => {
  if (data === undefined || data === null) return true
  const record = data as { person?: unknown; kind?: unknown }
  return Number(record.person) === personOf(user) && (record.kind === 'export' || record.kind === 'erasure')
}

/** The access log rows about their own person (F-86). */
export const ownAccessLog: PortalRule = (_args, user) => ({ personId: { equals: personOf(user) } })
