import type { Payload } from 'payload'
import { env } from '../env'

/**
 * Demo content loads by itself on an empty database in development, and in production only when SEED_DEMO=true.
 * "Empty" means no releases and no users, so a real newsroom is never touched.
 */
export async function seedIfEmpty(payload: Payload): Promise<void> {
  const wanted = env().NODE_ENV === 'development' || env().SEED_DEMO
  if (!wanted) return
  const [releases, users] = await Promise.all([
    payload.count({ collection: 'releases', overrideAccess: true }),
    payload.count({ collection: 'users', overrideAccess: true }),
  ])
  const onlyBootAdmin = users.totalDocs <= 1 && Boolean(env().ADMIN_EMAIL)
  if (releases.totalDocs > 0 || (users.totalDocs > 0 && !onlyBootAdmin)) return
  const { seed } = await import('../../seed')
  await seed(payload)
}
