import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Seite nicht gefunden – Hauswerk' }

/** Any address Next does not know (outside the admin, which has its own): in German, with a way back. */
export default function GlobalNotFound() {
  return (
    <html lang="de">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: 0, background: '#f4f6f5', color: '#1d2b27' }}>
        <main style={{ maxWidth: 640, margin: '15vh auto', padding: '0 1.5rem', lineHeight: 1.5 }}>
          <h1 style={{ fontSize: '2rem', marginBottom: '0.25rem' }}>Seite nicht gefunden</h1>
          <p>Diese Adresse gibt es in Hauswerk nicht.</p>
          <p>
            <a href="/" style={{ color: '#2f6f5e', fontWeight: 600 }}>
              Zur Startseite →
            </a>
          </p>
        </main>
      </body>
    </html>
  )
}
