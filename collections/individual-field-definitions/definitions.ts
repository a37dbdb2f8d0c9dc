import type { Payload, PayloadRequest } from 'payload'

import { slugs } from '@/constants/slugs'
import type { IndividualFieldDefinition, IndividualFieldModule } from '@/lib/individual-fields/types'
import type { IndividualFieldDefinition as Doc } from '@/payload-types'

/** A stored definition in the shape the validator, the admin and the exports share. */
export function toDefinition(doc: Doc): IndividualFieldDefinition {
  return {
    module: doc.module,
    key: doc.key,
    type: doc.type,
    label: { de: doc.label.de, en: doc.label.en || doc.label.de },
    group: doc.group ?? null,
    helpText: doc.helpText ?? null,
    options: (doc.options ?? []).map((option) => ({
      value: option.value,
      label: { de: option.label.de, en: option.label.en || option.label.de },
    })),
    decimals: doc.decimals ?? 0,
    unit: doc.unit ?? null,
    required: Boolean(doc.required),
    defaultValue: doc.defaultValue ?? null,
    order: doc.order ?? 0,
    portalVisible: Boolean(doc.portalVisible),
    inExports: Boolean(doc.inExports),
    archived: Boolean(doc.archived),
  }
}

/**
 * Every definition of a module, archived ones included, in order. A system read: definitions are
 * configuration that every writer and reader of the module applies, whoever asks.
 */
export async function readDefinitions(
  payload: Payload,
  module: IndividualFieldModule,
  req?: PayloadRequest,
): Promise<IndividualFieldDefinition[]> {
  const { docs } = await payload.find({
    collection: slugs.individualFieldDefinitions,
    where: { module: { equals: module } },
    sort: ['order', 'key'],
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.map(toDefinition)
}

// One read per request and module; a change of definitions in the same request forgets it.
const cache = new WeakMap<PayloadRequest, Map<IndividualFieldModule, Promise<IndividualFieldDefinition[]>>>()

/** Every definition of a module, archived ones included (their values stay readable), in order. */
export function definitionsOf(
  req: PayloadRequest,
  module: IndividualFieldModule,
): Promise<IndividualFieldDefinition[]> {
  let perModule = cache.get(req)
  if (!perModule) {
    perModule = new Map()
    cache.set(req, perModule)
  }
  let loaded = perModule.get(module)
  if (!loaded) {
    loaded = readDefinitions(req.payload, module, req)
    perModule.set(module, loaded)
  }
  return loaded
}

export function forgetDefinitions(req: PayloadRequest): void {
  cache.delete(req)
}
