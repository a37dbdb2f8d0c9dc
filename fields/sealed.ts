import type { FieldHook, TextField, Validate } from 'payload'

import { fingerprint, isSealed, open, openIfSealed, seal, SealedValueError } from '@/db/sealed'

import { l } from './label'

/**
 * The names of every encrypted field, as path segments (a contact's value is `contacts.value`).
 * The query guard (access/bank-data-queries.ts) finds encrypted paths by them; `sealed` refuses
 * any other name, so a new encrypted field cannot slip past the guard.
 */
export const sealedFieldPaths = [['iban'], ['bic'], ['birthDate'], ['contacts', 'value']] as const

/** The hidden keyed-hash column beside a field with `fingerprint` (`ibanHash`). */
export const fingerprintName = (name: string) => `${name}Hash`

type SealOptions = {
  /**
   * Adds `<name>Hash`, the keyed hash of the (normalised) value: exact search (IBAN) and the
   * import's "did it change" comparison work on it without decrypting.
   */
  fingerprint?: boolean
  /** An exact search on the hash is offered (IBAN): the list filter stays, with "equals" only. */
  searchable?: boolean
  /** Values for which this says no stay plain: contact details marked public (F-30). */
  sealWhen?: (siblingData: Record<string, unknown>) => boolean
  /** The last path segment before the name when the name alone is ambiguous (`contacts`). */
  parent?: string
}

const dropFromAnswer: FieldHook = ({ siblingData, field }) => {
  if (siblingData) delete (siblingData as Record<string, unknown>)[field.name as string]
  return undefined
}

/** Unsortable and unfilterable, and the form says why. */
const sealedDescription = l(
  'Verschlüsselt gespeichert: in Listen weder sortier- noch filterbar.',
  'Stored encrypted: lists cannot sort or filter by it.',
)
const searchableDescription = l(
  'Verschlüsselt gespeichert: nur nach dem ganzen Wert suchbar („ist gleich“), nicht sortierbar.',
  'Stored encrypted: found only by its full value ("equals"), not sortable.',
)

/**
 * Stores a text field encrypted (AES-256-GCM, db/sealed.ts). The value is sealed as the last
 * step before the database (after every other hook) and validated in plain; reads open it before
 * any other `afterRead` hook, so masks and formats see the real value. The database only ever
 * holds the sealed form.
 */
export function sealed(field: TextField, options: SealOptions = {}): TextField[] {
  const path = options.parent ? [options.parent, field.name] : [field.name]
  if (!sealedFieldPaths.some((known) => known.join('.') === path.join('.')))
    throw new Error(`fields/sealed.ts: "${path.join('.')}" is not in sealedFieldPaths, which the query guard reads`)
  const hashName = fingerprintName(field.name)

  const sealBeforeChange: FieldHook = ({ value, siblingData }) => {
    if (value === undefined) return undefined
    if (value === null || value === '' || isSealed(value) || typeof value !== 'string') {
      if (options.fingerprint && !isSealed(value)) siblingData[hashName] = null
      return value
    }
    if (options.fingerprint) siblingData[hashName] = fingerprint(value)
    if (options.sealWhen && !options.sealWhen(siblingData)) return value
    return seal(value)
  }
  // Throws SealedValueError on a value that cannot be opened: the whole read fails, clearly.
  const openAfterRead: FieldHook = ({ value }) => openIfSealed(value)

  const inner = field.validate as Validate | undefined
  const validate: Validate = (value, args) => {
    let plain = value
    if (isSealed(value)) {
      try {
        plain = open(value)
      } catch (error) {
        if (error instanceof SealedValueError) return error.message
        throw error
      }
    }
    return inner ? inner(plain, args) : true
  }

  const stored: TextField = {
    ...field,
    index: false,
    custom: { ...field.custom, sealed: true },
    admin: {
      ...field.admin,
      disableListFilter: !options.searchable,
      description: field.admin?.description ?? (options.searchable ? searchableDescription : sealedDescription),
    },
    hooks: {
      ...field.hooks,
      beforeChange: [...(field.hooks?.beforeChange ?? []), sealBeforeChange],
      afterRead: [openAfterRead, ...(field.hooks?.afterRead ?? [])],
    },
    // Without a validate of its own Payload's default (required, length) applies, to either form alike.
    ...(inner ? { validate } : {}),
  } as TextField
  if (!options.fingerprint) return [stored]
  return [
    stored,
    {
      name: hashName,
      type: 'text',
      index: Boolean(options.searchable),
      // Not `hidden`: Payload refuses queries on hidden fields, and the IBAN search is one. It is
      // dropped from every answer instead; nobody needs to see it.
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
      hooks: { afterRead: [dropFromAnswer] },
    } as TextField,
  ]
}
