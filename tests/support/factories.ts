import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { Release, User } from '../../payload-types'

export const unique = (label: string) => `${label}-${randomBytes(4).toString('hex')}`

/** Every test account's password. */
export const TEST_PASSWORD = 'test-password-123'

/** A session token for a test account, as Payload's own login gives one. */
export const tokenFor = async (payload: Payload, user: Pick<User, 'email'>) =>
  (await payload.login({ collection: 'users', data: { email: user.email, password: TEST_PASSWORD } })).token!

/** Headers for a REST call signed in as `user`; none for an anonymous caller. */
export const signedInAs = async (payload: Payload, user?: Pick<User, 'email'>): Promise<Record<string, string>> =>
  user ? { Authorization: `JWT ${await tokenFor(payload, user)}` } : {}

export async function makeUser(payload: Payload, role: User['role']): Promise<User> {
  return payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: `${unique(role)}@example.com`, password: TEST_PASSWORD, name: `Test ${role}`, role },
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
