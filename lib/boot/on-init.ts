import type { Payload } from 'payload'
import { env, isBuilding } from '../env'
import { ensureSearchIndex } from '../search/ensure-index'
import { ensureFirstAdmin } from './first-admin'
import { migrateWithLock } from './migrate'
import { seedIfEmpty } from './seed-if-empty'

/**
 * Runs whenever Payload starts in a process (server, jobs worker, scripts, tests): bring the schema up to date,
 * then make sure there is a way in (first admin) and, where asked, something to look at (demo content).
 */
export async function onInit(payload: Payload): Promise<void> {
  if (isBuilding()) return
  await migrateWithLock(payload)
  if (!env().SMTP_HOST) {
    payload.logger.warn(
      'EMAIL IS NOT BEING SENT: SMTP_HOST is not set, so every email ' +
        '(enquiry acknowledgements, alerts, confirmation links) is only written to this log.',
    )
  }
  if (env().PRESS_OFFICE_SKIP_BOOT_TASKS) return
  await ensureFirstAdmin(payload)
  await seedIfEmpty(payload)
  // `npm run dev` only: the demo logins, whose password is public, never exist outside development.
  if (env().NODE_ENV === 'development') await (await import('../../seed/demo-users')).ensureDemoUsers(payload)
  await ensureSearchIndex(payload)
}
