import { germanAmount, germanDate } from '../values'
import type { GeneratedKind } from './types'

export const tenancies: GeneratedKind = {
  name: 'tenancies',
  file: 'tenancies.csv',
  header: [
    'key',
    'unit',
    'kind',
    'holders',
    'reference',
    'moveIn',
    'moveOut',
    'fixedTermEnd',
    'paymentMethod',
    'sepaReference',
    'sepaSignedOn',
    'sepaIban',
    'sepaAccountHolder',
    'rent',
    'operatingCosts',
  ],
  rows: (world) =>
    world.tenancies.map((tenancy) => [
      tenancy.key,
      tenancy.unitKey,
      tenancy.kind,
      tenancy.holders.join('|'),
      tenancy.reference,
      germanDate(tenancy.moveIn),
      germanDate(tenancy.moveOut),
      germanDate(tenancy.fixedTermEnd),
      tenancy.sepa ? 'sepa' : 'transfer',
      tenancy.sepa?.reference,
      germanDate(tenancy.sepa?.signedOn),
      tenancy.sepa?.iban,
      tenancy.sepa?.holder,
      tenancy.rentCents === null ? null : germanAmount(tenancy.rentCents),
      tenancy.operatingCents === null ? null : germanAmount(tenancy.operatingCents),
    ]),
}
