import { accountStatement } from '../account-statement'
import { allocationOffices } from '../allocation-offices'
import { depositStatementReport } from '../deposit-statement'
import { deposits } from '../deposits'
import { financingContribution } from '../financing-contribution'
import { securitiesReport } from '../securities'
import { fixedTermTenancies } from '../fixed-term-tenancies'
import { handoverList } from '../handover-list'
import { unitFunctionList } from '../unit-function-list'
import { unitListAll } from '../unit-list-all'
import { unitListObject } from '../unit-list-object'
import { unitStatusHistory } from '../unit-status-history'
import { vacancyList, vacancyListObject, vacancyListRefurbishment } from '../vacancy-list'
import type { ReportDefinition } from './definition'

/** Every report, in the order the reports list shows them within their group. */
export const allReports = [
  vacancyList,
  vacancyListRefurbishment,
  unitListAll,
  unitStatusHistory,
  allocationOffices,
  unitFunctionList,
  fixedTermTenancies,
  securitiesReport,
  deposits,
  depositStatementReport,
  financingContribution,
  unitListObject,
  vacancyListObject,
  accountStatement,
  handoverList,
] as ReportDefinition[]

const byKey = new Map(allReports.map((definition) => [definition.key, definition]))

export function reportByKey(key: string): ReportDefinition | undefined {
  return byKey.get(key)
}
