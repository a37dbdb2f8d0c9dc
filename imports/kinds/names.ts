/**
 * The kinds of import file, in the order a run imports them: each kind may refer to the ones
 * before it (units to objects, tenancies to units and persons, postings to tenancies).
 */
export const importKinds = [
  'allocation-offices',
  'objects',
  'persons',
  'units',
  'tenancies',
  'functions',
  'postings',
] as const

export type ImportKind = (typeof importKinds)[number]
