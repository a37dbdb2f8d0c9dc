import { renderToStaticMarkup } from 'react-dom/server'

import { dictionaries } from './i18n'
import { languageOf } from './language.server'
import stylesheet from './styles.css?url'

/**
 * The "not found" page of resource routes (downloads): a plain page in the user's language,
 * without scripts, the same for an id that does not exist and one that is not the person's.
 */
export function notFoundPage(request: Request): Response {
  const language = languageOf(request)
  const t = dictionaries[language]
  const html = renderToStaticMarkup(
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${t.notFoundTitle} – ${t.appName}`}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={stylesheet} />
      </head>
      <body>
        <header className="site-header">
          <div className="bar">
            <a href="/" className="brand">
              {t.appName} <span className="brand-sub">{t.portal}</span>
            </a>
          </div>
        </header>
        <main id="main">
          <section className="panel">
            <h1>{t.notFoundTitle}</h1>
            <p>{t.notFound}</p>
            <p>
              <a href="/">{t.backToStart}</a>
            </p>
          </section>
        </main>
      </body>
    </html>,
  )
  return new Response(`<!DOCTYPE html>${html}`, {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}
