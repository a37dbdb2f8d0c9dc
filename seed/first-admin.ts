import type { Payload } from 'payload'

/**
 * The first administrator, from HAUSWERK_ADMIN_EMAIL / HAUSWERK_ADMIN_PASSWORD, created once with
 * the role that carries every permission. System work: nobody is signed in yet.
 */
export async function ensureFirstAdministrator(payload: Payload, email: string, password: string): Promise<boolean> {
  const existing = await payload.count({ collection: 'users', where: { email: { equals: email } } })
  if (existing.totalDocs > 0) return false
  const role = await payload.find({
    collection: 'roles',
    where: { name: { equals: 'Administrator' } },
    limit: 1,
    depth: 0,
  })
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Administrator', roles: role.docs.map((doc) => doc.id) },
    depth: 0,
  })
  return true
}
