import { cache } from 'react'

import { readDefinitions } from '@/collections/individual-field-definitions/definitions'

/** The definitions of a module, read once per server render (React's request cache). */
export const loadDefinitions = cache(readDefinitions)
