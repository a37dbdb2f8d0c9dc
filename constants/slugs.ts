/** Collection and global slugs: the names other code, tests and the portal rely on. */
export const slugs = {
  users: 'users',
  portalUsers: 'portal-users',
  roles: 'roles',
  objects: 'objects',
  buildingParts: 'building-parts',
  staircases: 'staircases',
  units: 'units',
  persons: 'persons',
  tenancies: 'tenancies',
  functions: 'functions',
  functionTypes: 'function-types',
  allocationOffices: 'allocation-offices',
  municipalities: 'municipalities',
  postings: 'postings',
  requests: 'requests',
  forms: 'forms',
  formSubmissions: 'form-submissions',
  notes: 'notes',
  media: 'media',
  documents: 'documents',
  documentFolders: 'document-folders',
  releases: 'document-releases',
  releaseBatches: 'release-batches',
  receipts: 'document-receipts',
  accessLog: 'document-access-log',
  unitStatuses: 'unit-statuses',
  holdingTypes: 'holding-types',
  holdingSubTypes: 'holding-sub-types',
  rentCategories: 'rent-categories',
  vacancyReasons: 'vacancy-reasons',
  objectGroups: 'object-groups',
  interestRates: 'interest-rates',
  costSectors: 'cost-sectors',
  importRuns: 'import-runs',
  individualFieldDefinitions: 'individual-field-definitions',
} as const

export const globalSlugs = {
  settings: 'settings',
} as const

export type CollectionSlugName = (typeof slugs)[keyof typeof slugs]
