import type { PayloadRequest } from 'payload'

import {
  type Language,
  portalFieldsOf,
  type ReportColumn,
  reportColumnsOf,
  type ShownField,
} from '@/lib/individual-fields/format'
import type { IndividualFieldModule, IndividualFieldValues } from '@/lib/individual-fields/types'

import { definitionsOf } from './definitions'

const languageOf = (req: PayloadRequest): Language => (req.i18n?.language === 'en' ? 'en' : 'de')

/**
 * The individual fields of one record that the portal shows (SPEC F-51), for the signed-in user
 * of the request: the record is read with that user's access (a record they may not read
 * throws), the fields are those marked "shown in the portal", formatted in their language.
 * Portal users cannot read the raw `individualFields` object; this is their way to the values.
 */
export async function portalIndividualFields(
  req: PayloadRequest,
  module: IndividualFieldModule,
  id: number | string,
): Promise<ShownField[]> {
  // The user's access decides whether they may see the record at all (this throws if not) …
  await req.payload.findByID({
    collection: module,
    id,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
    select: { updatedAt: true },
  })
  // … the definitions decide which values: the raw object is staff-only, so it is read as the system.
  const record = await req.payload.findByID({
    collection: module,
    id,
    depth: 0,
    req,
    overrideAccess: true,
    select: { individualFields: true },
  })
  const values = (record as { individualFields?: IndividualFieldValues | null }).individualFields
  return portalFieldsOf(await definitionsOf(req, module), values, languageOf(req))
}

/** The report and CSV columns of a module's individual fields (marked "in reports and exports"). */
export async function reportColumns(req: PayloadRequest, module: IndividualFieldModule): Promise<ReportColumn[]> {
  return reportColumnsOf(await definitionsOf(req, module), languageOf(req))
}
