import { type CollectionBeforeOperationHook, executeAccess } from 'payload'

/**
 * Payload runs beforeOperation hooks before a create's access check. Hooks that read the input
 * (a photo's file, an export's target) or write something (the export plugin's file) come after
 * this one, so a request the access refuses is a 403 whatever it sends, and nothing runs for it.
 */
export const createAccessFirst: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation === 'create' && !args.overrideAccess)
    await executeAccess({ data: args.data, req }, collection.access.create)
  return args
}
