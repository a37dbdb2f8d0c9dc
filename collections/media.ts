import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { can } from '@/access/permissions'
import { staff } from '@/access/staff'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'
import { env } from '@/server/env'

import { adminGroups } from './configuration/groups'

/** Images of the company itself (logo, letterhead); documents of objects and tenants live in the document store. */
export const Media: CollectionConfig = {
  slug: slugs.media,
  labels: { singular: l('Firmenbild', 'Company image'), plural: l('Firmenbilder', 'Company images') },
  admin: { group: adminGroups.administration, useAsTitle: 'alt' },
  access: {
    read: staff,
    create: can(P.settingsEdit),
    update: can(P.settingsEdit),
    delete: can(P.settingsEdit),
  },
  upload: {
    staticDir: path.join(env().dataDir, 'media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/svg+xml', 'image/webp'],
  },
  fields: [{ name: 'alt', type: 'text', label: l('Beschreibung', 'Description'), required: true }],
}
