import type { ArrayField, CollectionBeforeReadHook, Validate } from 'payload'

import { type Audience, portalScope } from '@/access/portal-scope'
import { slugs } from '@/constants/slugs'
import { publicContactsOf } from '@/collections/persons'
import { l } from '@/fields/label'
import { idOf } from '@/fields/relationship'
import { message } from '@/i18n/messages'

const audienceOptions = [
  { label: l('Mieter:innen', 'Tenants'), value: 'tenants' },
  { label: l('Eigentümer:innen', 'Owners'), value: 'owners' },
  { label: l('Dienstleister', 'Service providers'), value: 'providers' },
] satisfies Array<{ value: Audience; label: { de: string; en: string } }>

const nameOrPerson: Validate = (value, { siblingData, req }) =>
  value || idOf((siblingData as { person?: unknown }).person) ? true : message(req, 'personOrName')

/**
 * F-31: an object's contacts for the portal — a free name ("Hotline", "Technik") and/or a person
 * from the address book, for one or more audiences. Staff edit this list; portal users never read
 * it directly (it names entries of other audiences; the objects' portal view leaves it out) but get
 * `publishedContacts` below.
 */
export const portalContacts: ArrayField = {
  name: 'portalContacts',
  type: 'array',
  label: l('Kontakte im Portal', 'Portal contacts'),
  labels: { singular: l('Kontakt', 'Contact'), plural: l('Kontakte', 'Contacts') },
  admin: {
    description: l(
      'Gezeigt werden nur Kontaktangaben der Person mit dem Label „öffentlich“.',
      'Only the person’s contact details labelled "public" are shown.',
    ),
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          label: l('Bezeichnung', 'Name'),
          validate: nameOrPerson,
          admin: { width: '30%' },
        },
        {
          name: 'person',
          type: 'relationship',
          relationTo: slugs.persons,
          label: l('Person', 'Person'),
          admin: { width: '35%' },
        },
        {
          name: 'audiences',
          type: 'select',
          hasMany: true,
          required: true,
          label: l('Sichtbar für', 'Shown to'),
          options: audienceOptions,
          admin: { width: '35%' },
        },
      ],
    },
  ],
}

/** What the portal shows: the entries for the reader's audience, with public details only. */
export const publishedContacts: ArrayField = {
  name: 'publishedContacts',
  type: 'array',
  virtual: true,
  label: l('Kontakte (wie im Portal)', 'Contacts (as in the portal)'),
  admin: { readOnly: true, condition: () => false },
  fields: [
    { name: 'name', type: 'text' },
    { name: 'personName', type: 'text' },
    { name: 'audiences', type: 'select', hasMany: true, options: audienceOptions },
    {
      name: 'details',
      type: 'array',
      fields: [
        { name: 'kind', type: 'text' },
        { name: 'value', type: 'text' },
      ],
    },
  ],
}

type ContactRow = { name?: string | null; person?: unknown; audiences?: Audience[] | null }

/**
 * Fills `publishedContacts` for a portal user before field access runs: only the entries whose
 * audiences include the reader's audience at this object today, and of each person only the
 * details with the public label (rule 2). Built here, from the stored rows, so no depth or query
 * of the reader can reach anything else.
 */
export const publishContactsForPortal: CollectionBeforeReadHook = async ({ doc, req }) => {
  const scope = await portalScope(req)
  if (!scope) return doc
  const mine = scope.objects.get(Number(doc.id)) ?? new Set<Audience>()
  // A `select` without the stored list still gets the published one (-- trusted: the object itself
  // was read as the user; the portal user cannot read the stored list).
  const stored =
    doc.portalContacts ??
    (
      await req.payload.findByID({
        collection: 'objects',
        id: doc.id,
        depth: 0,
        req,
        overrideAccess: true,
        select: { portalContacts: true },
      })
    ).portalContacts
  const rows = ((stored ?? []) as ContactRow[]).filter((row) =>
    (row.audiences ?? []).some((audience) => mine.has(audience)),
  )
  const personIds = [
    ...new Set(rows.map((row) => idOf(row.person)).filter((id): id is number => typeof id === 'number')),
  ]
  // -- trusted: a system read of exactly what is published, names and labelled details of the chosen persons.
  const persons = personIds.length
    ? (
        await req.payload.find({
          collection: 'persons',
          where: { id: { in: personIds } },
          select: { displayName: true, contacts: true },
          depth: 0,
          pagination: false,
          req,
          overrideAccess: true,
        })
      ).docs
    : []
  const byId = new Map(persons.map((person) => [person.id, person]))
  doc.publishedContacts = rows.map((row) => {
    const person = byId.get(idOf(row.person) as number)
    return {
      name: row.name ?? person?.displayName ?? '',
      personName: person?.displayName ?? null,
      audiences: (row.audiences ?? []).filter((audience) => mine.has(audience)),
      details: publicContactsOf(person?.contacts),
    }
  })
  return doc
}
