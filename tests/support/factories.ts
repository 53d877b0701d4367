import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { Release, User } from '../../payload-types'

export const unique = (label: string) => `${label}-${randomBytes(4).toString('hex')}`

export async function makeUser(payload: Payload, role: User['role']): Promise<User> {
  return payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: `${unique(role)}@example.com`, password: 'test-password-123', name: `Test ${role}`, role },
  })
}

export async function makeRelease(payload: Payload, data: Partial<Release> = {}, draft = false): Promise<Release> {
  return payload.create({
    collection: 'releases',
    overrideAccess: true,
    draft,
    context: { disableRevalidate: true },
    data: {
      title: unique('Release'),
      summary: 'A summary for a test release.',
      _status: draft ? 'draft' : 'published',
      ...data,
    } as Release,
  })
}
