import type { Field } from 'payload'

import { calendarDate } from './calendar-date'
import { l } from './label'

/**
 * When a building was permitted for use and first occupied (Benützungsbewilligung, Erstbezug). The
 * financing contribution of a tenancy is written down from here (§ 17 WGG, docs/decisions/0062);
 * a building part's dates take precedence over its object's.
 */
export function occupancyDates(description: ReturnType<typeof l>): Field {
  return {
    type: 'row',
    fields: [
      calendarDate('occupancyPermitDate', l('Benützungsbewilligung', 'Occupancy permit'), {
        admin: { width: '50%', description },
      }),
      calendarDate('firstOccupancyDate', l('Erstbezug', 'First occupancy'), { admin: { width: '50%' } }),
    ],
  }
}
