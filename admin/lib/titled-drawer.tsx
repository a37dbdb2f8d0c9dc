'use client'

import { Drawer } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'

/** Names the open drawer's <dialog> after its visible title (Payload names it after its slug). */
function NameAfterTitle({ slug }: { slug: string }) {
  useEffect(() => {
    const dialog = document.getElementById(slug)
    const heading = dialog?.querySelector('.drawer__header__title')
    if (!dialog || !heading) return
    heading.id = `${slug}-title`
    dialog.removeAttribute('aria-label')
    dialog.setAttribute('aria-labelledby', heading.id)
  }, [slug])
  return null
}

/** Payload's drawer, announced by its title to screen readers. */
export function TitledDrawer({
  slug,
  title,
  className,
  children,
}: {
  slug: string
  title: string
  className?: string
  children: ReactNode
}) {
  return (
    <Drawer slug={slug} title={title} className={className}>
      <NameAfterTitle slug={slug} />
      {children}
    </Drawer>
  )
}
