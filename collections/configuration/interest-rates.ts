import { slugs } from '@/constants/slugs'
import { calendarDate } from '@/fields/calendar-date'
import { l } from '@/fields/label'
import { percentage } from '@/fields/number'

import { configurationTable } from './configuration-table'

/** Deposit interest rates with their validity (for the deposit report and F-85). */
export const InterestRates = configurationTable({
  slug: slugs.interestRates,
  labels: {
    singular: l('Kautionszinssatz', 'Deposit interest rate'),
    plural: l('Kautionszinssätze', 'Deposit interest rates'),
  },
  useAsTitle: 'validFrom',
  defaultSort: '-validFrom',
  defaultColumns: ['validFrom', 'rate', 'remark'],
  fields: [
    calendarDate('validFrom', l('gültig ab', 'valid from'), { required: true, unique: true }),
    percentage('rate', l('Zinssatz p. a. (%)', 'Rate p. a. (%)'), { required: true }),
    { name: 'remark', type: 'text', label: l('Bemerkung', 'Remark') },
  ],
})
