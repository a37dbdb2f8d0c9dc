import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'

import {
  checkAnswers,
  type FormAnswers,
  portalForm,
  type PortalFormField,
  requestTargets,
  submitForm,
} from '@/portal/models/requests.server'

import { requireCsrf } from '../csrf.server'
import { type Dictionary, dictionaries } from '../i18n'
import { languageOf } from '../language.server'
import { FieldError } from '../password-form'
import { portalPayload } from '../payload.server'
import { CsrfField, useT } from '../root'
import { requireActingSession, requireSession } from '../session.server'

const formId = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1)

async function load(params: LoaderFunctionArgs['params']) {
  const id = formId.safeParse(params.id)
  const form = id.success ? await portalForm(await portalPayload(), id.data) : null
  if (!form) throw new Response('not-found', { status: 404 })
  return form
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user } = await requireSession(request, context)
  const form = await load(params)
  return { form, targets: await requestTargets(await portalPayload(), user) }
}

const tenancyField = z.union([z.literal('').transform(() => null), z.coerce.number().int().positive()])

/** F-54: a form staff defined; the submission and its request are written together, as the user. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user } = await requireActingSession(request, context)
  const body = await request.formData()
  await requireCsrf(request, context, body)
  const form = await load(params)
  const language = languageOf(request)
  const answers: FormAnswers = {}
  for (const field of form.fields) {
    if (field.blockType === 'message') continue
    const value = body.get(field.name)
    answers[field.name] =
      field.blockType === 'checkbox' ? (value ? 'true' : '') : typeof value === 'string' ? value.slice(0, 5000) : ''
  }
  const tenancy = tenancyField.safeParse(body.get('tenancy') ?? '')
  if (!tenancy.success) throw new Response('not-found', { status: 404 })
  const problems = checkAnswers(form, answers)
  if (Object.keys(problems).length) return data({ problems, answers }, { status: 400 })
  const result = await submitForm(await portalPayload(), user, form, answers, tenancy.data, language)
  if (!result.ok) throw new Response('not-found', { status: 404 })
  return redirect('/requests?sent=1')
}

const problemText = (t: Dictionary, problem: string | undefined) =>
  problem === 'required'
    ? t.fieldRequired
    : problem === 'email'
      ? t.fieldEmail
      : problem === 'number'
        ? t.fieldNumber
        : problem === 'option'
          ? t.fieldOption
          : undefined

function FormField({
  field,
  value,
  problem,
  t,
}: {
  field: PortalFormField
  value: string | undefined
  problem: string | undefined
  t: Dictionary
}) {
  const id = `field-${field.name}`
  if (field.blockType === 'message') return field.helpText ? <p className="answer-text">{field.helpText}</p> : null
  const error = problemText(t, problem)
  const describedBy =
    [field.helpText ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  const common = {
    id,
    name: field.name,
    required: field.required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  }
  const label = (
    <>
      {field.label}
      {field.required ? '' : ` (${t.optional})`}
    </>
  )
  const help = field.helpText ? (
    <p className="hint" id={`${id}-help`}>
      {field.helpText}
    </p>
  ) : null
  const initial = value ?? field.defaultValue
  if (field.blockType === 'checkbox')
    return (
      <>
        <div className="checkbox">
          <input type="checkbox" {...common} defaultChecked={initial === 'true'} value="true" />
          <label htmlFor={id}>{label}</label>
        </div>
        {help}
        <FieldError id={`${id}-error`} text={error} />
      </>
    )
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {help}
      {field.blockType === 'textarea' ? (
        <textarea {...common} defaultValue={initial} maxLength={5000} />
      ) : field.blockType === 'select' ? (
        <select {...common} defaultValue={initial}>
          <option value="">{t.choose}</option>
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={field.blockType === 'email' ? 'email' : field.blockType === 'number' ? 'number' : 'text'}
          step={field.blockType === 'number' ? 'any' : undefined}
          defaultValue={initial}
          maxLength={field.blockType === 'number' ? undefined : 5000}
        />
      )}
      <FieldError id={`${id}-error`} text={error} />
    </>
  )
}

export default function StaffForm() {
  const t = useT()
  const { form, targets } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const problems: Record<string, string> = result?.problems ?? {}
  return (
    <section className="panel">
      <title>{`${form.title} – ${t.appName}`}</title>
      <h1>{form.title}</h1>
      {Object.keys(problems).length ? (
        <p className="error" role="alert">
          {t.fixErrors}
        </p>
      ) : null}
      <Form method="post" className="stack">
        <CsrfField />
        {targets.length ? (
          <>
            <label htmlFor="tenancy">{t.concerns}</label>
            <select id="tenancy" name="tenancy" defaultValue={String(targets[0].tenancyId)}>
              <option value="">{t.noParticularUnit}</option>
              {targets.map((target) => (
                <option key={target.tenancyId} value={target.tenancyId}>
                  {target.label}
                </option>
              ))}
            </select>
          </>
        ) : null}
        {form.fields.map((field, index) => (
          <FormField
            key={`${field.name}-${index}`}
            field={field}
            value={result?.answers?.[field.name]}
            problem={problems[field.name]}
            t={t}
          />
        ))}
        <button type="submit" className="button">
          {form.submitLabel || t.send}
        </button>
      </Form>
    </section>
  )
}
