import type { ReactNode } from 'react'

export const metadata = { title: 'Hauswerk' }

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: 0, background: '#f4f6f5', color: '#1d2b27' }}>
        {children}
      </body>
    </html>
  )
}
