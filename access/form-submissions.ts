import type { Access } from 'payload'

import { P } from '@/constants/permissions'

import { hasPermission } from './permissions'
import { isPortalUser } from './portal'
import { isStaff } from './staff'

/**
 * Submitting a form (SPEC F-54): a signed-in portal user (not staff looking through "see as",
 * which is read-only), or staff who handle requests. The form builder's collections are not
 * wrapped by `withPortalView`, so the portal's part of the allow-list is stated here.
 */
export const canSubmitForm: Access = async ({ req }) => {
  if (isPortalUser(req.user)) return !req.user.seeAs
  return isStaff(req.user) && hasPermission(req, P.requestsWrite)
}
