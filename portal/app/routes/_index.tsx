import type { LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'

import { personRoles } from '@/portal/models/roles.server'

import { formatDate } from '../i18n'
import { portalPayload } from '../payload.server'
import { CsrfField, useRootData, useT } from '../root'
import { roleScopeOf } from '../scope.server'
import { requireSession } from '../session.server'

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireSession(request, context)
  const scope = roleScopeOf(request)
  const { name, roles, functions, offices } = await personRoles(await portalPayload(), user)
  const kinds = new Set(roles.map((role) => role.kind))
  return {
    name,
    functions,
    offices,
    scope,
    // The switch only when the person really has more than one role (F-82).
    canSwitch: kinds.size > 1,
    roles: roles.filter((role) => scope === 'all' || role.kind === scope),
  }
}

export default function Dashboard() {
  const t = useT()
  const { language, seeAs, sections } = useRootData()
  const { name, roles, scope, canSwitch, functions, offices } = useLoaderData<typeof loader>()
  const scopeLabel = { all: t.scopeAll, tenant: t.scopeTenant, owner: t.scopeOwner }
  return (
    <>
      <title>{`${t.dashboardTitle} – ${t.appName}`}</title>
      <h1>{t.welcome(name)}</h1>
      <section className="panel" aria-labelledby="roles-heading">
        <h2 id="roles-heading">{t.yourRoles}</h2>
        {/* "See as" is read only: no switch (F-23). */}
        {canSwitch && !seeAs ? (
          <Form method="post" action="/scope" className="inline-fields">
            <CsrfField />
            <label htmlFor="scope">{t.scope}</label>
            <select id="scope" name="scope" defaultValue={scope}>
              <option value="all">{t.scopeAll}</option>
              <option value="tenant">{t.scopeTenant}</option>
              <option value="owner">{t.scopeOwner}</option>
            </select>
            <button type="submit" className="button secondary">
              {t.applyScope}
            </button>
          </Form>
        ) : null}
        {canSwitch && scope !== 'all' ? <p className="muted">{t.scopeActive(scopeLabel[scope])}</p> : null}
        {roles.length === 0 && !functions.length && !offices.length ? (
          <p>{t.noRoles}</p>
        ) : (
          <ul className="cards">
            {roles.map((role) => (
              <li key={role.tenancyId} className="card">
                <strong>
                  {role.kind === 'owner'
                    ? role.active
                      ? t.roleOwner
                      : t.roleFormerOwner
                    : role.active
                      ? t.roleTenant
                      : t.roleFormerTenant}
                </strong>
                <span>{t.unitOf(role.unitNumber, role.objectName)}</span>
                <span className="muted">
                  {[
                    role.moveIn ? t.since(formatDate(language, role.moveIn)) : '',
                    role.moveOut ? t.until(formatDate(language, role.moveOut)) : '',
                  ]
                    .filter(Boolean)
                    .join(', ')}
                </span>
              </li>
            ))}
          </ul>
        )}
        {functions.length || offices.length ? (
          <ul className="cards">
            {functions.map((held) => (
              <li key={`function-${held.functionId}`} className="card">
                <strong>{held.name[language]}</strong>
                <span>
                  {t.functionAt(
                    held.unitNumber
                      ? t.unitOf(held.unitNumber, held.objectName ?? '')
                      : (held.objectName ?? held.officeName ?? ''),
                  )}
                </span>
                <span className="muted">{t.since(formatDate(language, held.from))}</span>
                {held.provider ? <Link to="/orders">{t.navOrders}</Link> : null}
              </li>
            ))}
            {offices.map((office) => (
              <li key={`office-${office.officeId}`} className="card">
                <strong>{t.roleOffice}</strong>
                <span>{office.name}</span>
                <Link to="/allocation">{t.allocationTitle}</Link>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="sections-heading">
        <h2 id="sections-heading">{t.sections}</h2>
        <ul className="cards">
          <li className="card">
            <Link to="/documents">{t.navDocuments}</Link>
            <span>{t.documentsLead}</span>
          </li>
          {sections?.contract ? (
            <li className="card">
              <Link to="/contract">{t.navContract}</Link>
              <span>{t.contractLead}</span>
            </li>
          ) : null}
          {sections?.statement ? (
            <li className="card">
              <Link to="/statement">{t.navStatement}</Link>
              <span>{t.statementLead}</span>
            </li>
          ) : null}
          {sections?.owner ? (
            <li className="card">
              <Link to="/owner">{t.navOwner}</Link>
              <span>{t.ownerLead}</span>
            </li>
          ) : null}
          <li className="card">
            <Link to="/contacts">{t.navContacts}</Link>
            <span>{t.contactsLead}</span>
          </li>
        </ul>
      </section>
    </>
  )
}
