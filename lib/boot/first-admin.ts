import type { Payload } from 'payload'
import { env } from '../env'

/**
 * In production no demo account exists: the first admin comes from ADMIN_EMAIL/ADMIN_PASSWORD when they are set,
 * or from Payload's create-first-user screen when they are not.
 */
export async function ensureFirstAdmin(payload: Payload): Promise<void> {
  const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = env()
  if (!email || !password) return
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email, password, name: 'Administrator', role: 'admin' },
    context: { disableRevalidate: true },
  })
  payload.logger.info(`Created the first admin account (${email}) from ADMIN_EMAIL.`)
}
