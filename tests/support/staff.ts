import type { Payload } from 'payload'
import type { User } from '../../payload-types'
import { makeUser } from './factories'
import { testPayload } from './payload'

export type Staff = { payload: Payload; contributor: User; otherContributor: User; editor: User }

/** The test database's Payload with one fresh account per role (the very first account is always an admin). */
export async function withStaff(): Promise<Staff> {
  const payload = await testPayload()
  await makeUser(payload, 'admin')
  return {
    payload,
    contributor: await makeUser(payload, 'contributor'),
    otherContributor: await makeUser(payload, 'contributor'),
    editor: await makeUser(payload, 'editor'),
  }
}
