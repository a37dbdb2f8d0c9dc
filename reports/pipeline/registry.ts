import { vacancyList, vacancyListObject, vacancyListRefurbishment } from '../vacancy-list'
import type { ReportDefinition } from './definition'

/** Every report, in the order the reports list shows them within their group. */
export const allReports: ReportDefinition[] = [
  vacancyList,
  vacancyListRefurbishment,
  vacancyListObject,
] as ReportDefinition[]

const byKey = new Map(allReports.map((definition) => [definition.key, definition]))

export function reportByKey(key: string): ReportDefinition | undefined {
  return byKey.get(key)
}
