// The public pages (no login): certificate verification. Kept apart from the admin's layout.
import React from 'react'

export const metadata = { title: 'Doorstart', robots: { index: false } }

export default function PublicLayout({ children }: { children: React.ReactNode }): React.ReactElement {
  return (
    <html lang="nl">
      <body style={{ margin: 0, fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', background: '#f5f6f8', color: '#1b1f24' }}>
        {children}
      </body>
    </html>
  )
}
