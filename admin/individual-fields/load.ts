import { cache } from 'react'

import { readDefinitions } from '@/lib/individual-fields/definitions'

/** The definitions of a module, read once per server render (React's request cache). */
export const loadDefinitions = cache(readDefinitions)
