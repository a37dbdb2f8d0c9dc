import type { FieldHook, RelationshipField } from 'payload'

import { isStaff } from '@/access/staff'
import { slugs } from '@/constants/slugs'

import { relation } from './relationship'

/** On create, the signed-in staff member; never what the request says (field access drops that). */
const stampStaffUser: FieldHook = ({ operation, req, value }) =>
  operation === 'create' ? (isStaff(req.user) ? req.user.id : undefined) : value

/**
 * Who created a record (uploaded a document, released, wrote a note): recorded by the system, so
 * that no API write can name someone else. Read access and admin options as the caller gives them.
 */
export function stampedBy(
  name: string,
  label: RelationshipField['label'],
  options: { access?: RelationshipField['access']; admin?: RelationshipField['admin'] } = {},
): RelationshipField {
  return relation(name, slugs.users, label, {
    access: { ...options.access, create: () => false, update: () => false },
    hooks: { beforeChange: [stampStaffUser] },
    admin: { readOnly: true, ...options.admin },
  })
}
