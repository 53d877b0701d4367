import type { CollectionAfterChangeHook, CollectionAfterLoginHook, PayloadRequest } from 'payload'
import { recordAudit } from '../../../lib/audit/record'

type Account = { id: number; email?: string | null; role?: string | null; access?: string | null }
const subject = (user: Account) => ({ collection: 'users', id: user.id, title: user.email })

/** An account made, and every change of role or of how access is decided: who may do what. */
export const auditUserChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const user = doc as Account
  const was = previousDoc as Account | undefined
  if (operation === 'create')
    await recordAudit(req, { action: 'user.created', subject: subject(user), field: 'role', after: user.role })
  else if (was && was.role !== user.role)
    await recordAudit(req, {
      action: 'user.role-changed',
      subject: subject(user),
      field: 'role',
      before: was.role,
      after: user.role,
    })
  if (operation === 'update' && was && (was.access ?? 'granted') !== (user.access ?? 'granted'))
    await recordAudit(req, {
      action: 'user.access-changed',
      subject: subject(user),
      field: 'access',
      before: was.access ?? 'granted',
      after: user.access ?? 'granted',
    })
  return doc
}

/** A sign-in that worked: the account is the actor. */
export const auditSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  const account = user as unknown as Account
  await recordAudit(
    req,
    {
      action: 'sign-in.succeeded',
      subject: subject(account),
      field: 'method',
      after: req.context.secondFactor ? `password + ${req.context.secondFactor}` : 'password',
    },
    { actor: { id: account.id, label: account.email ?? `user ${account.id}` } },
  )
  return user
}

/**
 * A sign-in refused: the actor is the address typed (an account or not), recorded in a transaction of its own,
 * since the request's was rolled back with the refusal.
 */
export async function auditFailedSignIn(
  req: PayloadRequest,
  email: string,
  account?: { id: number } | null,
  reason?: string,
) {
  await recordAudit(
    req,
    {
      action: 'sign-in.failed',
      subject: account ? { collection: 'users', id: account.id, title: email } : undefined,
      field: 'method',
      after: reason ? `password: ${reason}` : 'password',
    },
    { actor: { label: email || '(no email given)' }, ownTransaction: true },
  )
}
