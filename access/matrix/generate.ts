import {
  createLocalReq,
  type Field,
  type FieldAccess,
  handleEndpoints,
  type Payload,
  type PayloadRequest,
  type TypedUser,
} from 'payload'
import { format, resolveConfig } from 'prettier'

import { type PortalPersona, portalPersonaDescriptions, portalPersonas, staffPersonas } from '@/seed/personas'
import { shippedRoles } from '@/seed/roles'

import { bySlug, customEndpoints, globalOperationsOf, operationsOf } from './config'

/**
 * The published access matrix (SPEC F-87, docs/access-matrix.md): the running config asked, for
 * every staff role and portal persona of the demo data and for anonymous requests, what each
 * collection, global, field and custom endpoint allows. `npm run access-matrix` writes it;
 * test/int/access-matrix.int.spec.ts fails when the committed file differs.
 */

type Persona = { name: string; user?: TypedUser; token?: string }

const yes = 'yes'
const no = '–'
const scoped = 'some rows'
const byData = 'by data'

/** An access answer as a cell: a `where` means "only some rows" (own, related, released). */
function cell(answer: unknown): string {
  if (answer === true) return yes
  if (answer && typeof answer === 'object') return scoped
  return no
}

/** A field's answer within its collection's: refused there is refused here, "some rows" and "by data" stay so. */
function effective(outer: string, field: string): string {
  if (outer === no || field === no) return no
  return outer === yes ? field : outer
}

async function signIn(payload: Payload, collection: 'users' | 'portal-users', email: string, password: string) {
  const { docs } = await payload.find({ collection, where: { email: { equals: email } }, depth: 1, limit: 1 })
  if (!docs[0]) throw new Error(`The demo persona ${email} is missing: generate on a database with the demo data`)
  const { token } = await payload.login({ collection, data: { email, password } })
  return { user: { ...docs[0], collection } as TypedUser, token }
}

async function personasOf(payload: Payload, password: string): Promise<Persona[]> {
  const personas: Persona[] = []
  // One after the other: sign-in is rate-limited per client.
  for (const [name, persona] of Object.entries(staffPersonas))
    personas.push({ name, ...(await signIn(payload, 'users', persona.email, password)) })
  for (const email of Object.values(portalPersonas))
    personas.push({ name: portalColumn(email), ...(await signIn(payload, 'portal-users', email, password)) })
  return [...personas, { name: 'anonymous' }]
}

/** A portal persona's column: its address before the @, as people sign in with it. */
const portalColumn = (email: string) => email.split('@')[0]

/** Who each column is: the staff personas with their role, the portal personas as the demo data has them. */
function legend(): string[] {
  const staff = Object.entries(staffPersonas).map(([key, persona]) => {
    const role = shippedRoles.find((candidate) => candidate.key === persona.role)
    const name = role ? `${role.name}${role.readOnly ? ', read-only' : ''}` : persona.role
    return `| \`${key}\` | staff | ${persona.name}, ${name} |`
  })
  const portal = (Object.entries(portalPersonas) as Array<[PortalPersona, string]>).map(
    ([persona, email]) => `| \`${portalColumn(email)}\` | portal | ${portalPersonaDescriptions[persona]} |`,
  )
  return [
    '| column | kind | who |',
    '| --- | --- | --- |',
    ...staff,
    ...portal,
    '| `anonymous` | – | a request without a session |',
  ]
}

type Row = { label: string[]; cells: string[] }

function table(headers: string[], rows: Row[]): string {
  const line = (values: string[]) => `| ${values.join(' | ')} |`
  return [line(headers), line(headers.map(() => '---')), ...rows.map((row) => line([...row.label, ...row.cells]))].join(
    '\n',
  )
}

/** Fields that carry their own access, with their path (`bankAccounts.iban`), depth first. */
function fieldsWithAccess(fields: Field[], prefix = ''): Array<{ path: string; access: Record<string, FieldAccess> }> {
  const found: Array<{ path: string; access: Record<string, FieldAccess> }> = []
  for (const field of fields) {
    const path = 'name' in field && field.name ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
    if ('access' in field && field.access) found.push({ path, access: field.access as Record<string, FieldAccess> })
    const inner = 'name' in field && field.name ? `${path}.` : prefix
    if ('fields' in field && Array.isArray(field.fields)) found.push(...fieldsWithAccess(field.fields, inner))
    if ('tabs' in field)
      for (const tab of field.tabs)
        found.push(...fieldsWithAccess(tab.fields, 'name' in tab && tab.name ? `${inner}${tab.name}.` : inner))
    if ('blocks' in field)
      for (const block of field.blocks)
        if (typeof block === 'object') found.push(...fieldsWithAccess(block.fields, `${inner}${block.slug}.`))
  }
  return found
}

const fieldOperations = ['read', 'create', 'update'] as const

/** Status of a request with an empty body through Payload's HTTP handler, as the persona. */
async function probe(payload: Payload, persona: Persona, method: string, path: string): Promise<number> {
  const headers: Record<string, string> = { 'Accept-Language': 'en' }
  if (persona.token) headers.Authorization = `JWT ${persona.token}`
  const hasBody = method !== 'get'
  if (hasBody) headers['Content-Type'] = 'application/json'
  const url = `http://localhost:3000/api${path.replace(/:(\w+)\??/g, '1')}`
  const request = new Request(url, { method: method.toUpperCase(), headers, body: hasBody ? '{}' : undefined })
  const answer = handleEndpoints({ config: payload.config, request }).then((response) => response.status)
  // An endpoint that never answers is shown as refusing nobody: it is a fault to fix, not a door.
  return Promise.race([answer, new Promise<number>((resolve) => setTimeout(() => resolve(0), 5000))])
}

export async function accessMatrix(payload: Payload, password: string): Promise<string> {
  const personas = await personasOf(payload, password)
  const requests = new Map<string, PayloadRequest>()
  for (const persona of personas)
    requests.set(persona.name, await createLocalReq({ user: persona.user as never }, payload))
  const reqOf = (persona: Persona) => requests.get(persona.name)!
  const names = personas.map((persona) => persona.name)
  const collections = [...payload.config.collections].sort(bySlug)
  const globals = [...payload.config.globals].sort(bySlug)

  /** The cells of each `slug operation`: a field rule only applies where its collection's lets the request in. */
  const answers = new Map<string, string[]>()
  const collectionRows: Row[] = []
  for (const collection of collections)
    for (const operation of operationsOf(collection)) {
      const access = collection.access[operation] as (args: { req: PayloadRequest; data?: object }) => unknown
      const cells = []
      for (const persona of personas) {
        const answer = cell(await access({ req: reqOf(persona) }))
        // A create rule that looks at the data allows the empty form, not any data: asked once more with empty data.
        const checksData =
          operation === 'create' && answer === yes && !(await access({ req: reqOf(persona), data: {} }))
        cells.push(checksData ? byData : answer)
      }
      collectionRows.push({ label: [collection.slug, operation], cells })
      answers.set(`${collection.slug} ${operation}`, cells)
    }

  const globalRows: Row[] = []
  for (const global of globals)
    for (const operation of globalOperationsOf(global)) {
      const access = global.access[operation] as (args: { req: PayloadRequest }) => unknown
      const cells = []
      for (const persona of personas) cells.push(cell(await access({ req: reqOf(persona) })))
      globalRows.push({ label: [global.slug, operation], cells })
      answers.set(`${global.slug} ${operation}`, cells)
    }

  const fieldRows: Row[] = []
  for (const owner of [...collections, ...globals])
    for (const { path, access } of fieldsWithAccess(owner.fields))
      for (const operation of fieldOperations) {
        const rule = access[operation]
        if (!rule) continue
        // A global has no create: its fields are created with its first update.
        const outer = (answers.get(`${owner.slug} ${operation}`) ?? answers.get(`${owner.slug} update`))!
        const cells = []
        for (const [index, persona] of personas.entries())
          cells.push(effective(outer[index], cell(await rule({ req: reqOf(persona) } as never))))
        fieldRows.push({ label: [`${owner.slug}.${path}`, operation], cells })
      }

  const endpointRows: Row[] = []
  for (const endpoint of customEndpoints(payload.config)) {
    const cells = []
    for (const persona of personas) {
      const status = await probe(payload, persona, endpoint.method, endpoint.path)
      cells.push(status === 401 || status === 403 ? no : yes)
    }
    endpointRows.push({ label: [`\`${endpoint.name}\``], cells })
  }

  const markdown = [
    '# Access matrix',
    '',
    '<!-- Generated by `npm run access-matrix` (access/matrix/generate.ts) from the running config: do not edit. -->',
    '',
    'What each staff role and portal persona of the demo data, and an anonymous request, may do with every',
    'collection, global, field rule and custom endpoint of the running config — Payload’s own and the',
    'plugins’ included (SPEC F-87). The access functions themselves answer: **yes**, **–** (no), or',
    '**some rows** (only some: their own, those related to the person, those released to them), or for',
    'a create **by data** (only with data the rule accepts: a request for their own person, unit and',
    'tenancy, a photo on their own request).',
    '`test/int/access-matrix.int.spec.ts` fails when this file is out of date; the access tests',
    '(`test/int/*.int.spec.ts`, `test/int/access-completeness.int.spec.ts`) prove the cells through',
    'the Local API and REST.',
    '',
    'The columns are the demo personas of `seed/personas.ts` (all sign in with the demo password):',
    '',
    ...legend(),
    '',
    '## Collections',
    '',
    table(['collection', 'operation', ...names], collectionRows),
    '',
    '## Globals',
    '',
    table(['global', 'operation', ...names], globalRows),
    '',
    '## Field rules',
    '',
    'Fields with their own access, within what the collection allows (a field of a collection a',
    'persona may not read shows **–** for read, and so on). Asked without a record: a rule that looks',
    'at the record answers here for none.',
    '',
    table(['field', 'operation', ...names], fieldRows),
    '',
    '## Custom endpoints',
    '',
    'Endpoints beyond Payload’s operations above, each probed with an empty request: **–** means',
    'refused (401/403) before anything is read; **yes** means the request passed the access check',
    '(what the endpoint then does for whom is in its own tests).',
    '',
    table(['endpoint', ...names], endpointRows),
    '',
  ].join('\n')
  return format(markdown, { ...(await resolveConfig('docs/access-matrix.md')), parser: 'markdown' })
}
