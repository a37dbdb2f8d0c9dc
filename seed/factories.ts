import type { CollectionSlug, DataFromCollectionSlug, RequiredDataFromCollectionSlug } from 'payload'

import { storedDate } from '@/lib/dates'
import { simplePdf } from '@/lib/documents/simple-pdf'

import type { SeedContext } from './context'

let counter = 0
/** A number unique within this process, for names and keys that must not clash. */
export function nextNumber(): number {
  counter += 1
  return counter
}

type Data<T extends CollectionSlug> = Partial<RequiredDataFromCollectionSlug<T>>

/** Creates a record as the system (seed and test set-up), sharing the context's transaction. */
export async function create<T extends CollectionSlug>(
  { payload, req }: SeedContext,
  collection: T,
  data: Data<T>,
): Promise<DataFromCollectionSlug<T>> {
  return payload.create({ collection, data: data as RequiredDataFromCollectionSlug<T>, req, depth: 0 }) as Promise<
    DataFromCollectionSlug<T>
  >
}

/** The factories the demo seed and the tests share: sensible defaults, any field overridable. */
export const factories = {
  object: (ctx: SeedContext, data: Data<'objects'> = {}) => {
    const n = nextNumber()
    return create(ctx, 'objects', {
      number: `T${n}`,
      name: `Testobjekt ${n}`,
      type: 'rental',
      address: { street: 'Teststraße', houseNumber: String(n), postcode: '1010', city: 'Wien', country: 'AT' },
      takeOverDate: storedDate('2015-01-01'),
      ...data,
    })
  },
  unit: (
    ctx: SeedContext,
    data: Data<'units'> & Pick<RequiredDataFromCollectionSlug<'units'>, 'object' | 'holdingType' | 'status'>,
  ) => create(ctx, 'units', { unitNumber: `E${nextNumber()}`, tenure: 'rental', ...data }),
  person: (ctx: SeedContext, data: Data<'persons'> = {}) => {
    const n = nextNumber()
    // A company (legal person) has no first and last name: the demo's firms must not read "Erika Muster4".
    const name = data.kind === 'legal' ? {} : { firstName: 'Erika', lastName: `Muster${n}` }
    return create(ctx, 'persons', { kind: 'natural', salutation: 'ms', ...name, ...data })
  },
  tenancy: (ctx: SeedContext, data: Data<'tenancies'> & Pick<RequiredDataFromCollectionSlug<'tenancies'>, 'unit'>) =>
    create(ctx, 'tenancies', { kind: 'tenant', ...data }),
  function: (
    ctx: SeedContext,
    data: Data<'functions'> & Pick<RequiredDataFromCollectionSlug<'functions'>, 'functionType' | 'person' | 'from'>,
  ) => create(ctx, 'functions', data),
  posting: (
    ctx: SeedContext,
    data: Data<'postings'> &
      Pick<RequiredDataFromCollectionSlug<'postings'>, 'tenancy' | 'date' | 'kind' | 'category' | 'amount'>,
  ) => create(ctx, 'postings', data),
  individualField: (
    ctx: SeedContext,
    data: Data<'individual-field-definitions'> &
      Pick<RequiredDataFromCollectionSlug<'individual-field-definitions'>, 'module' | 'type'>,
  ) => {
    const n = nextNumber()
    return create(ctx, 'individual-field-definitions', { key: `field_${n}`, label: { de: `Feld ${n}` }, ...data })
  },
  user: (ctx: SeedContext, data: { email: string; name: string; password: string; roles: number[] }) =>
    create(ctx, 'users', data),
  portalUser: (ctx: SeedContext, data: { email: string; password: string; person: number }) =>
    create(ctx, 'portal-users', data),
  /** A document with a generated one-page PDF (or the given file). */
  document: async (
    ctx: SeedContext,
    data: Data<'documents'> & { title: string },
    file?: { data: Buffer; name: string; mimetype: string },
  ) => {
    const bytes = file ?? {
      data: simplePdf([data.title, `Hauswerk Demo – ${data.year ?? ''}`]),
      name: `${data.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.pdf`,
      mimetype: 'application/pdf',
    }
    return ctx.payload.create({
      collection: 'documents',
      data: { category: 'other', ...data } as RequiredDataFromCollectionSlug<'documents'>,
      file: { ...bytes, size: bytes.data.length },
      req: ctx.req,
      depth: 0,
    })
  },
  release: (
    ctx: SeedContext,
    data: Data<'document-releases'> & Pick<RequiredDataFromCollectionSlug<'document-releases'>, 'document' | 'person'>,
  ) => create(ctx, 'document-releases', data),
}
