import { createLocalReq, Forbidden, getLocalI18n, type Payload, type PayloadRequest, ValidationError } from 'payload'

import { personOf, type PortalUser } from '@/access/portal'
import { maxPhotosPerRequest, photoMaxSizeMb } from '@/access/requests'
import { idOf } from '@/fields/relationship'
import { inTransaction } from '@/db/transaction'
import { portalFormFieldTypes } from '@/plugins/form-builder'

import { personRoles } from './roles.server'

/**
 * The person's requests (SPEC F-54): their own list with status and answers, a damage report with
 * photos, and the forms staff define. Every write runs as the user (`overrideAccess: false`), so
 * the portal view (access/requests.ts) refuses persons, units and tenancies not theirs.
 */

export type Language = 'de' | 'en'

/** All photos of one report together (each at most `photoMaxSizeMb`). */
export const maxPhotosTotalMb = 25
export { maxPhotosPerRequest, photoMaxSizeMb }

export type RequestSummary = {
  id: number
  subject: string
  kind: string
  status: string
  createdAt: string
  description: string
  answers: string[]
  photos: number
}

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

/** The plain text of a staff answer (rich text): paragraphs joined by blank lines. */
export function plainText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null)?.root
  if (!root) return ''
  const textOf = (node: LexicalNode): string =>
    node.text ?? (node.type === 'linebreak' ? '\n' : (node.children ?? []).map(textOf).join(''))
  return (root.children ?? []).map(textOf).join('\n\n').trim()
}

/** Their own requests, newest first. */
export async function listRequests(payload: Payload, user: PortalUser): Promise<RequestSummary[]> {
  const { docs } = await payload.find({
    collection: 'requests',
    user,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort: '-createdAt',
    select: {
      subject: true,
      kind: true,
      status: true,
      description: true,
      answers: true,
      photos: true,
      createdAt: true,
    },
  })
  return docs.map((doc) => ({
    id: doc.id,
    subject: doc.subject,
    kind: doc.kind,
    status: doc.status,
    createdAt: doc.createdAt,
    description: doc.description ?? '',
    answers: (doc.answers ?? []).map((answer) => plainText(answer.text)).filter(Boolean),
    photos: doc.photos?.docs?.length ?? 0,
  }))
}

export type RequestTarget = { tenancyId: number; label: string }

/** The tenancies and ownerships a request may concern: the person's current ones. */
export async function requestTargets(payload: Payload, user: PortalUser): Promise<RequestTarget[]> {
  const { roles } = await personRoles(payload, user)
  return roles
    .filter((role) => role.active)
    .map((role) => ({
      tenancyId: role.tenancyId,
      label: [role.objectName, role.unitNumber].filter(Boolean).join(', '),
    }))
}

type Target = { tenancy: number; unit: number | null; object: number | null }

/** The unit and object of one of their tenancies, read as the user: null when it is not theirs. */
async function targetOf(req: PayloadRequest, user: PortalUser, tenancyId: number): Promise<Target | null> {
  const asUser = { req, user, overrideAccess: false, depth: 0 } as const
  const tenancy = await req.payload
    .findByID({ collection: 'tenancies', id: tenancyId, ...asUser, select: { unit: true } })
    .catch(() => null)
  if (!tenancy) return null
  const unitId = idOf(tenancy.unit)
  const unit =
    typeof unitId === 'number'
      ? await req.payload
          .findByID({ collection: 'units', id: unitId, ...asUser, select: { object: true } })
          .catch(() => null)
      : null
  const object = idOf(unit?.object)
  return { tenancy: tenancy.id, unit: unit?.id ?? null, object: typeof object === 'number' ? object : null }
}

async function userReq(payload: Payload, user: PortalUser, language: Language): Promise<PayloadRequest> {
  // Messages of the collections' checks (photo type, size, count) in the person's language.
  const i18n = await getLocalI18n({ config: payload.config, language })
  return createLocalReq({ user, req: { i18n } }, payload)
}

export type Photo = { name: string; mimetype: string; data: Buffer }

export type RequestFailure =
  { ok: false; reason: 'not-found' } | { ok: false; reason: 'invalid'; field: string; message: string }

/** The first field message of a collection's refusal (ValidationError), for the form. */
function fieldFailure(error: ValidationError, fallbackField: string): RequestFailure {
  const first = (error.data?.errors ?? [])[0] as { path?: string; message?: string } | undefined
  return { ok: false, reason: 'invalid', field: first?.path ?? fallbackField, message: first?.message ?? error.message }
}

/**
 * Files a damage report with its photos as one write: the request and every photo land, or
 * nothing does. `tenancy` must be one of theirs (else 'not-found', nothing written); the photos
 * are checked by the request-photos collection (type by content, size, at most five).
 */
export async function fileDamageReport(
  payload: Payload,
  user: PortalUser,
  input: { subject: string; description: string; tenancy: number },
  photos: Photo[],
  language: Language,
): Promise<{ ok: true; id: number } | RequestFailure> {
  const req = await userReq(payload, user, language)
  try {
    return await inTransaction(req, async () => {
      const target = await targetOf(req, user, input.tenancy)
      if (!target) return { ok: false, reason: 'not-found' } as const
      const request = await payload.create({
        collection: 'requests',
        data: {
          subject: input.subject,
          description: input.description,
          kind: 'damage',
          // Staff's field: the portal cannot set it, the collection's default is this.
          status: 'new',
          person: personOf(user),
          ...target,
        },
        req,
        user,
        overrideAccess: false,
        depth: 0,
      })
      for (const photo of photos) {
        await payload.create({
          collection: 'request-photos',
          data: { request: request.id },
          file: { name: photo.name, mimetype: photo.mimetype, data: photo.data, size: photo.data.length },
          req,
          user,
          overrideAccess: false,
          depth: 0,
        })
      }
      return { ok: true, id: request.id } as const
    })
  } catch (error) {
    if (error instanceof ValidationError) return fieldFailure(error, 'photos')
    // The portal view refused (not their person, unit or tenancy): like an id that does not exist.
    if (error instanceof Forbidden) return { ok: false, reason: 'not-found' }
    throw error
  }
}

export type PortalFormField = {
  blockType: (typeof portalFormFieldTypes)[number] | 'message'
  name: string
  label: string
  required: boolean
  helpText: string
  defaultValue: string
  options: Array<{ label: string; value: string }>
}

export type PortalForm = {
  id: number
  title: string
  submitLabel: string
  confirmation: string
  fields: PortalFormField[]
}

/**
 * A form staff defined (F-54), as the portal renders it: its fields of the kinds the portal knows
 * and its texts. Forms hold questions, never personal data; the form builder's collection is
 * staff-only (its admin), so this is a system read of the form's public shape.
 */
export async function portalForm(payload: Payload, id: number): Promise<PortalForm | null> {
  const form = await payload
    .findByID({
      collection: 'forms',
      id,
      depth: 0,
      // -- trusted: a form's questions and texts, no personal data; the forms collection stays staff-only.
      overrideAccess: true, // -- trusted: a form's public questions, no personal data
      select: { title: true, fields: true, submitButtonLabel: true, confirmationMessage: true },
    })
    .catch(() => null)
  if (!form) return null
  const fields: PortalFormField[] = []
  for (const block of (form.fields ?? []) as Array<Record<string, unknown>>) {
    const blockType = block.blockType as PortalFormField['blockType']
    if (blockType !== 'message' && !portalFormFieldTypes.includes(blockType as never)) continue
    fields.push({
      blockType,
      name: String(block.name ?? ''),
      label: String(block.label ?? block.name ?? ''),
      required: Boolean(block.required),
      helpText: blockType === 'message' ? plainText(block.message) : String(block.helpText ?? ''),
      defaultValue: block.defaultValue == null ? '' : String(block.defaultValue),
      options: ((block.options ?? []) as Array<{ label?: string; value?: string }>).map((option) => ({
        label: String(option.label ?? option.value ?? ''),
        value: String(option.value ?? ''),
      })),
    })
  }
  return {
    id: form.id,
    title: form.title,
    submitLabel: form.submitButtonLabel ?? '',
    confirmation: plainText(form.confirmationMessage),
    fields,
  }
}

/** The forms staff defined, by title (a system read of titles only, as in `portalForm`). */
export async function availableForms(payload: Payload): Promise<Array<{ id: number; title: string }>> {
  const { docs } = await payload.find({
    collection: 'forms',
    depth: 0,
    pagination: false,
    sort: 'title',
    // -- trusted: form titles only, as in portalForm.
    overrideAccess: true, // -- trusted: form titles only
    select: { title: true },
  })
  return docs.map((form) => ({ id: form.id, title: form.title }))
}

export type FormAnswers = Record<string, string>

/** Which fields are missing or malformed (name → reason); empty when the answers fit the form. */
export function checkAnswers(
  form: PortalForm,
  answers: FormAnswers,
): Record<string, 'required' | 'email' | 'number' | 'option'> {
  const problems: Record<string, 'required' | 'email' | 'number' | 'option'> = {}
  for (const field of form.fields) {
    if (field.blockType === 'message') continue
    const value = (answers[field.name] ?? '').trim()
    if (!value) {
      if (field.required) problems[field.name] = 'required'
      continue
    }
    if (field.blockType === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) problems[field.name] = 'email'
    if (field.blockType === 'number' && !Number.isFinite(Number(value))) problems[field.name] = 'number'
    if (field.blockType === 'select' && !field.options.some((option) => option.value === value))
      problems[field.name] = 'option'
  }
  return problems
}

/**
 * Submits a form: the form submission and a request (linked to the person, and to the unit and
 * object of the chosen tenancy) in one transaction, both as the user. Answers must fit the form
 * (`checkAnswers`) — the caller shows problems at the fields first.
 */
export async function submitForm(
  payload: Payload,
  user: PortalUser,
  form: PortalForm,
  answers: FormAnswers,
  tenancy: number | null,
  language: Language,
): Promise<{ ok: true; id: number } | RequestFailure> {
  const req = await userReq(payload, user, language)
  const inputs = form.fields.filter((field) => field.blockType !== 'message')
  try {
    return await submitAsUser(req, user, form, inputs, answers, tenancy)
  } catch (error) {
    if (error instanceof Forbidden) return { ok: false, reason: 'not-found' }
    throw error
  }
}

function submitAsUser(
  req: PayloadRequest,
  user: PortalUser,
  form: PortalForm,
  inputs: PortalFormField[],
  answers: FormAnswers,
  tenancy: number | null,
): Promise<{ ok: true; id: number } | RequestFailure> {
  const { payload } = req
  return inTransaction(req, async () => {
    const target = tenancy === null ? null : await targetOf(req, user, tenancy)
    if (tenancy !== null && !target) return { ok: false, reason: 'not-found' } as const
    const submission = await payload.create({
      collection: 'form-submissions',
      data: {
        form: form.id,
        submissionData: inputs.map((field) => ({ field: field.name, value: answers[field.name] ?? '' })),
      },
      req,
      user,
      overrideAccess: false,
      depth: 0,
    })
    const description = inputs.map((field) => `${field.label}: ${(answers[field.name] ?? '').trim() || '–'}`).join('\n')
    const request = await payload.create({
      collection: 'requests',
      data: {
        subject: form.title,
        kind: 'other',
        status: 'new',
        description,
        person: personOf(user),
        formSubmission: submission.id,
        ...(target ?? {}),
      },
      req,
      user,
      overrideAccess: false,
      depth: 0,
    })
    return { ok: true, id: request.id } as const
  })
}
