import type { Access } from 'payload'

import { isStaff } from './staff'

/**
 * Report runs belong to the staff member who asked for them: the file holds what that person
 * was allowed to read, so nobody else downloads it (their own permission code is checked again
 * on download). Nobody writes runs through the API; the pipeline writes them as the system.
 */
export const ownReportRuns: Access = ({ req }) => (isStaff(req.user) ? { requestedBy: { equals: req.user.id } } : false)

export const nobodyWritesRuns: Access = () => false
