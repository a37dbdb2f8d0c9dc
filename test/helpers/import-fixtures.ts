import path from 'node:path'

/** The sample import files (docs/import.md), one per kind, in the order a run imports them. */
export const fixtures = path.resolve('test/fixtures/import')

export const fixtureOrder = [
  'allocation-offices.csv',
  'objects.csv',
  'persons.csv',
  'units.csv',
  'tenancies.csv',
  'functions.csv',
  'postings.json',
]
