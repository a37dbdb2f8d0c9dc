import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

type Undo = () => Promise<void>
const undos = new WeakMap<PayloadRequest, Undo[]>()
const outer = new WeakSet<PayloadRequest>()

/**
 * Registers what to undo outside the database when the request's transaction rolls back: a
 * stored file has no transaction of its own (SPEC rule 6: no file without its record).
 */
export function onRollback(req: PayloadRequest, undo: Undo): void {
  undos.set(req, [...(undos.get(req) ?? []), undo])
}

/** Whether `inTransaction` owns the request's transaction (then it, not the operation, commits). */
export function inOuterTransaction(req: PayloadRequest): boolean {
  return outer.has(req)
}

/** Forgets the undo steps once the writes they belong to are committed. */
export function committed(req: PayloadRequest): void {
  undos.delete(req)
}

/** Runs the registered undo steps (each at most once); failures are logged, never thrown over the original error. */
export async function undoOutsideDatabase(req: PayloadRequest): Promise<void> {
  const steps = undos.get(req) ?? []
  undos.delete(req)
  for (const step of steps.reverse()) {
    await step().catch((error) => req.payload.logger.error({ err: error, msg: 'Undo after rollback failed' }))
  }
}

/**
 * Runs several Local API writes as one: all of them land, or none (SPEC rule 6). Nested calls
 * must pass `req` to share the transaction.
 */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const started = await initTransaction(req)
  if (started) outer.add(req)
  try {
    const result = await work()
    if (started) {
      await commitTransaction(req)
      committed(req)
    }
    return result
  } catch (error) {
    if (started) {
      await killTransaction(req)
      await undoOutsideDatabase(req)
    }
    throw error
  } finally {
    if (started) outer.delete(req)
  }
}
