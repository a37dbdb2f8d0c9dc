import { z } from 'zod'

/** The overview's filters, from the URL: a GET form, so every state is a link staff can share. */
export const overviewQuery = z.object({
  tab: z.enum(['units', 'holders']).catch('units'),
  staircase: z.coerce.number().int().positive().optional().catch(undefined),
  costSector: z.coerce.number().int().positive().optional().catch(undefined),
  billingUnit: z.string().trim().min(1).optional().catch(undefined),
  inactive: z.literal('1').optional().catch(undefined),
  movedOut: z.literal('1').optional().catch(undefined),
  holderKind: z.enum(['owner', 'tenant']).optional().catch(undefined),
  holdingType: z.coerce.number().int().positive().optional().catch(undefined),
})

export type OverviewQuery = z.infer<typeof overviewQuery>

export function parseOverviewQuery(
  searchParams: Record<string, string | string[] | undefined> | undefined,
): OverviewQuery {
  const flat = Object.fromEntries(
    Object.entries(searchParams ?? {}).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  )
  const cleaned = Object.fromEntries(Object.entries(flat).filter(([, value]) => value !== undefined && value !== ''))
  return overviewQuery.parse(cleaned)
}
