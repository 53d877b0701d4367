import type { Payload, Where } from 'payload'
import { DEMO_USERS } from '../../seed/demo-users'
import { env } from '../env'

const DEMO_EMAILS: string[] = DEMO_USERS.map((u) => u.email)

type Situation = { admins: string[]; existing: boolean; production: boolean; email?: string; password?: string }
export type FirstAdminPlan = {
  action: 'create' | 'promote' | 'keep' | 'none'
  message?: string
  level?: 'info' | 'warn'
}

/**
 * What to do about the first admin, and what to say. A production server must be one somebody can sign in to: the
 * admin comes from ADMIN_EMAIL/ADMIN_PASSWORD whenever no admin can sign in yet, on an empty database and also on
 * one a development server filled (its only admin is the demo account, whose public password a production server
 * refuses). Every outcome that leaves someone wondering is said, with what to do.
 */
export function firstAdminPlan({ admins, existing, production, email, password }: Situation): FirstAdminPlan {
  const usable = admins.filter((a) => !production || !DEMO_EMAILS.includes(a.toLowerCase()))
  if (usable.length) {
    if (email && !usable.some((a) => a.toLowerCase() === email.toLowerCase()))
      return {
        action: 'keep',
        level: 'info',
        message:
          `ADMIN_EMAIL (${email}) was not created: this database already has an admin who can sign in ` +
          `(${usable[0]}${usable.length > 1 ? ` and ${usable.length - 1} more` : ''}). ` +
          'Sign in as them, or add accounts in the admin under Users.',
      }
    return { action: 'keep' }
  }
  if (!email || !password) {
    if (!production) return { action: 'none' }
    return {
      action: 'none',
      level: 'warn',
      message: admins.length
        ? 'Nobody can sign in: the only admin accounts here are the demo ones (from `npm run dev`), which a ' +
          'production server refuses. Set ADMIN_EMAIL and ADMIN_PASSWORD (12+ characters) and start again to ' +
          'add an admin.'
        : 'No admin account yet: set ADMIN_EMAIL and ADMIN_PASSWORD and start again, or create the first admin ' +
          'at /admin.',
    }
  }
  if (existing)
    return {
      action: 'promote',
      level: 'info',
      message: `Made ${email} an admin, with ADMIN_PASSWORD, from ADMIN_EMAIL: no admin could sign in.`,
    }
  return {
    action: 'create',
    level: 'info',
    message: admins.length
      ? `Created the admin account ${email} from ADMIN_EMAIL: the only admins here were the demo accounts, ` +
        'which a production server refuses.'
      : `Created the first admin account (${email}) from ADMIN_EMAIL.`,
  }
}

export async function ensureFirstAdmin(payload: Payload): Promise<FirstAdminPlan> {
  const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password, NODE_ENV } = env()
  const find = (where: Where) =>
    payload.find({ collection: 'users', overrideAccess: true, where, limit: 50, depth: 0, select: { email: true } })
  const admins = (await find({ role: { equals: 'admin' } })).docs.map((u) => u.email)
  const existing = email ? (await find({ email: { equals: email.toLowerCase() } })).docs[0] : undefined
  const plan = firstAdminPlan({
    admins,
    existing: Boolean(existing),
    production: NODE_ENV === 'production',
    email,
    password,
  })
  const context = { disableRevalidate: true }
  if (plan.action === 'create')
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: email!, password: password!, name: 'Administrator', role: 'admin' },
      context,
    })
  if (plan.action === 'promote')
    await payload.update({
      collection: 'users',
      id: existing!.id,
      overrideAccess: true,
      data: { role: 'admin', password: password! },
      context,
    })
  if (plan.message) payload.logger[plan.level ?? 'info'](plan.message)
  return plan
}
