import type { Payload } from 'payload'
import { cache } from 'react'

import { slugs } from '@/constants/slugs'
import { toDefinition } from '@/lib/individual-fields/definitions'
import type { IndividualFieldDefinition, IndividualFieldModule } from '@/lib/individual-fields/types'

// Configuration, not personal data: read as the system, once per request and module.
export const loadDefinitions = cache(
  async (payload: Payload, module: IndividualFieldModule): Promise<IndividualFieldDefinition[]> => {
    const { docs } = await payload.find({
      collection: slugs.individualFieldDefinitions,
      where: { module: { equals: module } },
      sort: ['order', 'key'],
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    return docs.map(toDefinition)
  },
)
