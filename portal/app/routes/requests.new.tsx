import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'

import {
  fileDamageReport,
  maxPhotosPerRequest,
  maxPhotosTotalMb,
  photoMaxSizeMb,
  requestTargets,
} from '@/portal/models/requests.server'

import { requireCsrf } from '../csrf.server'
import { dictionaries } from '../i18n'
import { languageOf } from '../language.server'
import { FieldError } from '../password-form'
import { portalPayload } from '../payload.server'
import { CsrfField, useT } from '../root'
import { requireActingSession, requireSession } from '../session.server'
import { parsePhotoForm, UploadRefused } from '../uploads.server'

const mb = 1024 * 1024

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireSession(request, context)
  return {
    targets: await requestTargets(await portalPayload(), user),
    limits: { photos: maxPhotosPerRequest, eachMb: photoMaxSizeMb, totalMb: maxPhotosTotalMb },
  }
}

const report = z.object({
  subject: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000),
  tenancy: z.coerce.number().int().positive(),
})

type Errors = Partial<Record<'subject' | 'description' | 'tenancy' | 'photos', string>>

/** F-54: a damage report with up to five photos, for one of their own units. */
export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireActingSession(request, context)
  const language = languageOf(request)
  const t = dictionaries[language]
  let parsedForm: Awaited<ReturnType<typeof parsePhotoForm>>
  try {
    parsedForm = await parsePhotoForm(request, {
      fileField: 'photos',
      maxFiles: maxPhotosPerRequest,
      maxFileBytes: photoMaxSizeMb * mb,
      maxTotalBytes: maxPhotosTotalMb * mb,
    })
  } catch (error) {
    if (!(error instanceof UploadRefused)) throw error
    const text =
      error.reason === 'too-many'
        ? t.tooManyPhotos(maxPhotosPerRequest)
        : error.reason === 'file-too-large'
          ? t.photoTooLarge(photoMaxSizeMb)
          : t.photosTooLarge(maxPhotosTotalMb)
    return data({ errors: { photos: text } as Errors, values: null }, { status: 413 })
  }
  const { form, photos } = parsedForm
  await requireCsrf(request, context, form)
  const values = {
    subject: String(form.get('subject') ?? ''),
    description: String(form.get('description') ?? ''),
    tenancy: String(form.get('tenancy') ?? ''),
  }
  const parsed = report.safeParse(values)
  if (!parsed.success) {
    const errors: Errors = {}
    for (const issue of parsed.error.issues) errors[issue.path[0] as keyof Errors] = t.fieldRequired
    return data({ errors, values }, { status: 400 })
  }
  const result = await fileDamageReport(await portalPayload(), user, parsed.data, photos, language)
  if (result.ok) return redirect('/requests?sent=1')
  // A tenancy that is not theirs: like an id that does not exist; nothing was written.
  if (result.reason === 'not-found') throw new Response('not-found', { status: 404 })
  return data({ errors: { photos: result.message } as Errors, values }, { status: 400 })
}

export default function NewRequest() {
  const t = useT()
  const { targets, limits } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const errors: Errors = result?.errors ?? {}
  const values = result?.values
  const invalid = (field: keyof Errors) => (errors[field] ? true : undefined)
  const described = (field: keyof Errors, hint?: string) =>
    [hint, errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <section className="panel">
      <title>{`${t.reportDamage} – ${t.appName}`}</title>
      <h1>{t.reportDamage}</h1>
      {Object.keys(errors).length ? (
        <p className="error" role="alert">
          {t.fixErrors}
        </p>
      ) : null}
      {targets.length === 0 ? (
        <p>{t.noTargets}</p>
      ) : (
        <Form method="post" encType="multipart/form-data" className="stack">
          <CsrfField />
          <label htmlFor="tenancy">{t.concerns}</label>
          <select
            id="tenancy"
            name="tenancy"
            required
            defaultValue={values?.tenancy ?? String(targets[0].tenancyId)}
            aria-invalid={invalid('tenancy')}
            aria-describedby={described('tenancy')}
          >
            {targets.map((target) => (
              <option key={target.tenancyId} value={target.tenancyId}>
                {target.label}
              </option>
            ))}
          </select>
          <FieldError id="tenancy-error" text={errors.tenancy} />
          <label htmlFor="subject">{t.subject}</label>
          <input
            id="subject"
            name="subject"
            required
            maxLength={200}
            defaultValue={values?.subject}
            aria-invalid={invalid('subject')}
            aria-describedby={described('subject')}
          />
          <FieldError id="subject-error" text={errors.subject} />
          <label htmlFor="description">{t.description}</label>
          <textarea
            id="description"
            name="description"
            maxLength={5000}
            defaultValue={values?.description}
            aria-invalid={invalid('description')}
            aria-describedby={described('description')}
          />
          <FieldError id="description-error" text={errors.description} />
          <label htmlFor="photos">
            {t.photos} ({t.optional})
          </label>
          <p className="hint" id="photos-hint">
            {t.photosHint(limits.photos, limits.eachMb, limits.totalMb)}
          </p>
          <input
            id="photos"
            name="photos"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            multiple
            aria-invalid={invalid('photos')}
            aria-describedby={described('photos', 'photos-hint')}
          />
          <FieldError id="photos-error" text={errors.photos} />
          <button type="submit" className="button">
            {t.send}
          </button>
        </Form>
      )}
    </section>
  )
}
