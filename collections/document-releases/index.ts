import type { CollectionConfig } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { calendarDate, notBefore } from '@/fields/calendar-date'
import { l } from '@/fields/label'
import { relation } from '@/fields/relationship'
import { stampedBy } from '@/fields/stamped-by'

import { adminGroups } from '../configuration/groups'
import { releaseEndpoint, releasePreviewEndpoint } from './release-endpoint'
import { mustExist, tenancyOfPerson } from './validate'

/**
 * Freigabe (F-21, F-80): one document made visible to one person, optionally within a window
 * (valid from / until, calendar dates, both days included) and optionally bound to a tenancy, whose
 * move-out ends the release at once (checked on every read, nothing cached). Who released it and
 * when are recorded. Removing the row revokes the release. Portal users never read this
 * collection: they see the documents it opens to them.
 */
export const DocumentReleases: CollectionConfig = {
  slug: slugs.releases,
  labels: { singular: l('Freigabe', 'Release'), plural: l('Freigaben', 'Releases') },
  defaultSort: '-createdAt',
  admin: {
    group: adminGroups.documents,
    useAsTitle: 'id',
    defaultColumns: ['document', 'person', 'validFrom', 'validUntil', 'tenancy', 'releasedBy', 'createdAt'],
  },
  access: {
    read: can(P.documentsRead),
    create: can(P.documentsRelease),
    update: can(P.documentsRelease),
    delete: can(P.documentsRelease),
  },
  // The portal's hot path: a person's releases, then their documents (see access/portal-scope.ts).
  indexes: [{ fields: ['person', 'document'] }],
  endpoints: [releasePreviewEndpoint, releaseEndpoint],
  fields: [
    relation('document', slugs.documents, l('Dokument', 'Document'), {
      required: true,
      validate: mustExist('documents', 'Dokument / document'),
    }),
    relation('person', slugs.persons, l('Person', 'Person'), {
      required: true,
      validate: mustExist('persons', 'Person'),
    }),
    {
      type: 'row',
      fields: [
        calendarDate('validFrom', l('sichtbar ab', 'valid from'), { admin: { width: '50%' } }),
        calendarDate('validUntil', l('sichtbar bis', 'valid until'), {
          validate: notBefore('validFrom'),
          admin: {
            width: '50%',
            description: l(
              'z. B. Ende der Einwendungs- und Aufbewahrungsfrist',
              'e.g. the end of the objection and retention period',
            ),
          },
        }),
      ],
    },
    relation('tenancy', slugs.tenancies, l('gebunden an Bestandsverhältnis', 'bound to tenancy'), {
      validate: tenancyOfPerson,
      admin: {
        description: l(
          'Endet mit dem Auszug aus diesem Bestandsverhältnis.',
          'Ends with the move-out from this tenancy.',
        ),
      },
    }),
    relation('batch', slugs.releaseBatches, l('Freigabe-Stapel', 'Release batch'), { admin: { readOnly: true } }),
    stampedBy('releasedBy', l('Freigegeben von', 'Released by')),
  ],
}
