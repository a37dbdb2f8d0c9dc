import type { LoaderFunctionArgs } from '@remix-run/node'

import { accountStatement, statementCsv, statementQueryFrom } from '@/portal/models/statement.server'

import { dictionaries } from '../i18n'
import { languageOf } from '../language.server'
import { portalPayload } from '../payload.server'
import { roleScopeOf } from '../scope.server'
import { requireSession } from '../session.server'

/** F-58 as a download: the same statement as the page (guard → parse → load), as CSV. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireSession(request, context)
  const { query } = statementQueryFrom(new URL(request.url).searchParams)
  const { statements } = await accountStatement(await portalPayload(), user, query, roleScopeOf(request))
  const t = dictionaries[languageOf(request)]
  const csv = statementCsv(statements, {
    headers: [t.unit, t.date, t.paymentKind, t.category, t.postingText, t.charge, t.payment, t.balance],
    kinds: { charge: t.charge, payment: t.payment },
    categories: t.paymentKinds,
    opening: t.openingBalance,
  })
  const name = `${t.statementTitle.toLowerCase().replace(/\s+/g, '-')}.csv`
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
