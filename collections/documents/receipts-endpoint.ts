import { type Endpoint, Forbidden } from 'payload'
import { z } from 'zod'

import { canReadReceipts } from '@/access/documents'
import { notOpenedCsv, receiptStatus } from './receipts'

const query = z.object({ deadline: z.iso.date().optional(), format: z.enum(['json', 'csv']).default('json') })

/**
 * F-81 for staff: `GET /api/documents/:id/receipts` and `GET /api/release-batches/:id/receipts`
 * list every recipient with their first opening; `?format=csv&deadline=YYYY-MM-DD` gives the CSV
 * of those who had not opened by the deadline (for paper mail).
 */
export function receiptsEndpoint(scope: 'document' | 'batch'): Endpoint {
  return {
    path: '/:id/receipts',
    method: 'get',
    handler: async (req) => {
      if (!(await canReadReceipts(req))) throw new Forbidden(req.t)
      const id = z.coerce.number().int().positive().safeParse(req.routeParams?.id)
      const params = query.safeParse(Object.fromEntries(req.searchParams ?? []))
      if (!id.success || !params.success) {
        return Response.json(
          { errors: [{ message: 'id: number; deadline: YYYY-MM-DD; format: json|csv' }] },
          { status: 400 },
        )
      }
      const rows = await receiptStatus(req, scope === 'document' ? { document: id.data } : { batch: id.data })
      if (params.data.format === 'csv') {
        return new Response(notOpenedCsv(rows, params.data.deadline ?? null), {
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': `attachment; filename="nicht-geoeffnet-${scope}-${id.data}.csv"`,
          },
        })
      }
      return Response.json({ rows })
    },
  }
}
