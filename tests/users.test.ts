import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeUser, unique } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
  // Asked for as a contributor; as the database's first account it must become an admin (firstUserIsAdmin).
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs === 0) await makeUser(payload, 'contributor')
})

describe('users and roles', () => {
  it('makes the very first account an admin, whatever role was asked for', async () => {
    const { docs } = await payload.find({ collection: 'users', sort: 'createdAt', limit: 1, overrideAccess: true })
    expect(docs[0].role).toBe('admin')
  })

  it('lets only admins create users', async () => {
    for (const role of ['contributor', 'editor'] as const) {
      const user = await makeUser(payload, role)
      await expect(
        payload.create({
          collection: 'users',
          overrideAccess: false,
          user,
          data: { email: `${unique('x')}@example.com`, password: 'password-123456', name: 'X', role: 'admin' },
        }),
      ).rejects.toThrow(/not allowed/i)
    }
    const admin = await makeUser(payload, 'admin')
    const created = await payload.create({
      collection: 'users',
      overrideAccess: false,
      user: admin,
      data: { email: `${unique('y')}@example.com`, password: 'password-123456', name: 'Y', role: 'editor' },
    })
    expect(created.role).toBe('editor')
  })

  it('does not let a user promote themselves', async () => {
    const user = await makeUser(payload, 'contributor')
    const updated = await payload.update({
      collection: 'users',
      id: user.id,
      overrideAccess: false,
      user,
      data: { role: 'admin' },
    })
    expect(updated.role).toBe('contributor')
  })

  it('shows a contributor only their own account, and an editor their colleagues (to see who wrote what)', async () => {
    const contributor = await makeUser(payload, 'contributor')
    const editor = await makeUser(payload, 'editor')
    const own = await payload.find({ collection: 'users', overrideAccess: false, user: contributor })
    expect(own.docs.map((d) => d.id)).toEqual([contributor.id])
    const colleagues = await payload.find({
      collection: 'users',
      overrideAccess: false,
      user: editor,
      limit: 0,
      pagination: false,
    })
    expect(colleagues.docs.map((d) => d.id)).toEqual(expect.arrayContaining([contributor.id, editor.id]))
    // Seeing is not changing: an editor still edits only their own account.
    await expect(
      payload.update({
        collection: 'users',
        id: contributor.id,
        overrideAccess: false,
        user: editor,
        data: { name: 'Renamed' },
      }),
    ).rejects.toThrow(/not allowed/i)
  })

  it('lets only admins unlock accounts', async () => {
    const editor = await makeUser(payload, 'editor')
    const locked = await makeUser(payload, 'contributor')
    await expect(
      payload.unlock({
        collection: 'users',
        overrideAccess: false,
        req: { user: editor } as never,
        data: { email: locked.email, password: '' },
      }),
    ).rejects.toThrow(/not allowed/i)
  })
})
