import type { PayloadRequest } from 'payload'
import { CLIENT_HEADER } from '../enquiries/client-ip'
import { auditRow, type AuditActor, type AuditEntry } from './row'

/** Who acts in this request: the signed-in account, else the job or command that said so, else the system. */
export function actorOf(req: PayloadRequest): AuditActor {
  const user = req.user as { id?: number; email?: string } | null | undefined
  if (user?.id !== undefined) return { id: Number(user.id), label: user.email ?? `user ${user.id}` }
  return { label: req.context?.auditActor ?? 'system' }
}

/** The client's address as the server in front of Next decided it (server/client-address.mjs), if any. */
const addressOf = (req: PayloadRequest) => req.headers?.get?.(CLIENT_HEADER)?.trim() || null

/**
 * Appends one entry to the audit trail, inside the request's transaction: if the change it records is rolled back,
 * so is the entry. `ownTransaction` is for what is recorded after the request's work failed (a refused sign-in).
 */
export async function recordAudit(
  req: PayloadRequest,
  entry: AuditEntry,
  options: { actor?: AuditActor; ownTransaction?: boolean } = {},
): Promise<void> {
  const data = auditRow(entry, options.actor ?? actorOf(req), addressOf(req))
  await req.payload.create({
    collection: 'audit-entries',
    data,
    overrideAccess: true,
    depth: 0,
    select: { action: true },
    ...(options.ownTransaction ? {} : { req }),
  })
}
