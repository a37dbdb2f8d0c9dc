import { data, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node'
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react'
import type { ReactNode } from 'react'

import { portalSections, type PortalSections } from '@/portal/models/sections.server'

import { csrfToken } from './csrf.server'
import { dictionaries, type Language } from './i18n'
import { languageOf } from './language.server'
import { useNonce } from './nonce'
import { portalPayload } from './payload.server'
import { roleScopeOf } from './scope.server'
import { getSession } from './session.server'
import stylesheet from './styles.css?url'

export const links: LinksFunction = () => [
  // No favicon request (it would be a 404 on every page).
  { rel: 'icon', href: 'data:,' },
  { rel: 'stylesheet', href: stylesheet },
]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const language = languageOf(request)
  const [session, csrf] = await Promise.all([getSession(request, context), csrfToken(request, context)])
  const sections = session ? await portalSections(await portalPayload(), session.user, roleScopeOf(request)) : null
  return data(
    {
      language,
      csrf: csrf.token,
      // Signed in (a see-as user of an uninvited person has no e-mail, and is still "in").
      email: session ? session.user.email || '' : null,
      seeAs: session?.seeAs ? { name: sections?.name ?? '' } : null,
      sections,
    },
    { headers: csrf.setCookie ? { 'Set-Cookie': csrf.setCookie } : undefined },
  )
}

export type RootData = {
  language: Language
  csrf: string
  email: string | null
  seeAs: { name: string } | null
  sections: PortalSections | null
}

export function useRootData(): RootData {
  return (
    (useRouteLoaderData('root') as RootData | undefined) ?? {
      language: 'de',
      csrf: '',
      email: null,
      seeAs: null,
      sections: null,
    }
  )
}

export function useT() {
  return dictionaries[useRootData().language]
}

/** The hidden CSRF field every POST form carries (ADR 0050). */
export function CsrfField() {
  return <input type="hidden" name="csrf" value={useRootData().csrf} />
}

function LanguageSwitch() {
  const { language } = useRootData()
  const t = dictionaries[language]
  const location = useLocation()
  return (
    <Form method="post" action="/language" className="inline-form">
      <CsrfField />
      <input type="hidden" name="language" value={language === 'de' ? 'en' : 'de'} />
      <input type="hidden" name="back" value={location.pathname + location.search} />
      <button
        type="submit"
        className="link-button"
        lang={language === 'de' ? 'en' : 'de'}
        aria-label={t.switchLanguage}
      >
        {t.switchTo}
      </button>
    </Form>
  )
}

function Header() {
  const { email, language, seeAs, sections } = useRootData()
  const t = dictionaries[language]
  const signedIn = email !== null
  return (
    <header className="site-header">
      <div className="bar">
        <Link to="/" className="brand">
          {t.appName} <span className="brand-sub">{t.portal}</span>
        </Link>
        <div className="header-actions">
          {seeAs ? null : <LanguageSwitch />}
          {signedIn ? (
            <Form method="post" action="/logout" className="inline-form">
              <CsrfField />
              <button type="submit" className="link-button">
                {seeAs ? t.seeAsEnd : t.signOut}
              </button>
            </Form>
          ) : null}
        </div>
      </div>
      {seeAs ? (
        <p className="see-as-banner" role="status">
          {t.seeAsBanner(seeAs.name)}
        </p>
      ) : null}
      {signedIn ? (
        <nav aria-label={t.navigation} className="main-nav">
          <ul>
            <li>
              <NavLink to="/" end>
                {t.navDashboard}
              </NavLink>
            </li>
            <li>
              <NavLink to="/documents">{t.navDocuments}</NavLink>
            </li>
            {sections?.contract ? (
              <li>
                <NavLink to="/contract">{t.navContract}</NavLink>
              </li>
            ) : null}
            {sections?.statement ? (
              <li>
                <NavLink to="/statement">{t.navStatement}</NavLink>
              </li>
            ) : null}
            {sections?.owner ? (
              <li>
                <NavLink to="/owner">{t.navOwner}</NavLink>
              </li>
            ) : null}
            {sections?.allocation ? (
              <li>
                <NavLink to="/allocation">{t.navAllocation}</NavLink>
              </li>
            ) : null}
            {sections?.orders ? (
              <li>
                <NavLink to="/orders">{t.navOrders}</NavLink>
              </li>
            ) : null}
            <li>
              <NavLink to="/contacts">{t.navContacts}</NavLink>
            </li>
            {/* Requests and account (F-54, F-50) */}
            <li>
              <NavLink to="/requests">{t.navRequests}</NavLink>
            </li>
            <li>
              <NavLink to="/privacy">{t.navPrivacy}</NavLink>
            </li>
            <li>
              <NavLink to="/account">{t.navAccount}</NavLink>
            </li>
          </ul>
        </nav>
      ) : null}
    </header>
  )
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce()
  const { language } = useRootData()
  const t = dictionaries[language]
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a href="#main" className="skip-link">
          {t.skipToContent}
        </a>
        <Header />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

/** 404 for anything not theirs (exactly like a missing id), 403, the CSRF page, and 500. */
export function ErrorBoundary() {
  const error = useRouteError()
  const t = useT()
  let title = t.errorTitle
  let text = t.error
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) [title, text] = [t.notFoundTitle, t.notFound]
    else if (error.status === 403 && error.data === 'csrf') [title, text] = [t.csrfTitle, t.csrf]
    else if (error.status === 403 && error.data === 'see-as') [title, text] = [t.forbiddenTitle, t.seeAsRefused]
    else if (error.status === 403) [title, text] = [t.forbiddenTitle, t.forbidden]
  }
  return (
    <section className="panel">
      <title>{`${title} – ${t.appName}`}</title>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <Link to="/">{t.backToStart}</Link>
      </p>
    </section>
  )
}
