import { can } from './permissions'
import { P } from '@/constants/permissions'

/**
 * Keys handed over belong to a tenancy (ADR 0065): whoever reads tenancies (900120) reads them,
 * and whoever may edit a tenancy (900122) records, corrects and removes its keys, as when they
 * were a field of the tenancy. Creating or deleting tenancies (900121, 900123) is the import's
 * business in practice and says nothing about keys.
 */
export const readKeys = can(P.tenanciesRead)
export const writeKeys = can(P.tenanciesUpdate)
