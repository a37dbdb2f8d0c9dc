import type { CollectionConfig } from 'payload'

import { apiTabForAdministrators } from '@/access/api-tab'
import { guardBankDataQueries } from '@/access/bank-data-queries'
import { applyPortalView } from '@/access/portal-views'
import { closeVersionsWhereNone } from '@/access/versions'
import { mapClientErrors } from '@/hooks/client-errors'
import { checkRequestShape } from '@/hooks/request-shape'
import { refuseDeletingReferenced } from '@/hooks/refuse-delete-when-referenced'

import { AllocationOffices } from './allocation-offices'
import { BuildingParts } from './building-parts'
import { CostSectors } from './configuration/cost-sectors'
import { FunctionTypes } from './configuration/function-types'
import { HoldingSubTypes } from './configuration/holding-sub-types'
import { HoldingTypes } from './configuration/holding-types'
import { IndividualFieldDefinitions } from './individual-field-definitions'
import { InterestRates } from './configuration/interest-rates'
import { Municipalities } from './configuration/municipalities'
import { ObjectGroups } from './configuration/object-groups'
import { ManagerGroups } from './configuration/manager-groups'
import { RentCategories } from './configuration/rent-categories'
import { UnitStatuses } from './configuration/unit-statuses'
import { VacancyReasons } from './configuration/vacancy-reasons'
import { DocumentAccessLog } from './document-access-log'
import { PrivacyRequests } from './privacy-requests'
import { DocumentFolders } from './document-folders'
import { DocumentReceipts } from './document-receipts'
import { DocumentReleases } from './document-releases'
import { Documents } from './documents'
import { Functions } from './functions'
import { ImportRuns } from './import-runs'
import { Keys } from './keys'
import { Media } from './media'
import { Notes } from './notes'
import { Objects } from './objects'
import { Persons } from './persons'
import { PortalUsers } from './portal-users'
import { Postings } from './postings'
import { ReleaseBatches } from './release-batches'
import { ReportRuns } from './report-runs'
import { RequestPhotos } from './request-photos'
import { Requests } from './requests'
import { Roles } from './roles'
import { Staircases } from './staircases'
import { Tenancies } from './tenancies'
import { Units } from './units'
import { Users } from './users'

/** Every collection, in the order the admin's navigation shows them. */
export const collections: CollectionConfig[] = refuseDeletingReferenced([
  Objects,
  BuildingParts,
  Staircases,
  Units,
  Persons,
  Tenancies,
  Keys,
  Functions,
  AllocationOffices,
  Documents,
  DocumentReleases,
  ReleaseBatches,
  DocumentReceipts,
  DocumentFolders,
  DocumentAccessLog,
  Postings,
  Requests,
  RequestPhotos,
  PrivacyRequests,
  Notes,
  UnitStatuses,
  HoldingTypes,
  HoldingSubTypes,
  RentCategories,
  VacancyReasons,
  ObjectGroups,
  ManagerGroups,
  InterestRates,
  CostSectors,
  FunctionTypes,
  Municipalities,
  Users,
  PortalUsers,
  Roles,
  ImportRuns,
  ReportRuns,
  IndividualFieldDefinitions,
  Media,
])
  .map(applyPortalView)
  .map(guardBankDataQueries)
  // After the guard: its hook must run on a query whose shape is already checked.
  .map(checkRequestShape)
  .map(mapClientErrors)
  .map(closeVersionsWhereNone)
  .map(apiTabForAdministrators)
