import { auth, expect, test } from './support/fixtures'

test.describe('a contributor cannot manage users', () => {
  test('through the REST API', async ({ request, makeUser }) => {
    const contributor = await makeUser('contributor')
    const other = await makeUser('editor')

    const create = await request.post('/api/users', {
      headers: auth(contributor.token),
      data: { email: 'sneaky@example.com', password: 'whatever-password', name: 'Sneaky', role: 'admin' },
    })
    expect(create.status()).toBe(403)

    const list = await request.get('/api/users', { headers: auth(contributor.token) })
    const { docs } = await list.json()
    expect(docs.map((u: { email: string }) => u.email)).toEqual([contributor.email])

    const editOther = await request.patch(`/api/users/${other.id}`, {
      headers: auth(contributor.token),
      data: { name: 'Renamed' },
    })
    expect(editOther.status()).toBe(403)

    const remove = await request.delete(`/api/users/${other.id}`, { headers: auth(contributor.token) })
    expect(remove.status()).toBe(403)

    const unlock = await request.post('/api/users/unlock', {
      headers: auth(contributor.token),
      data: { email: other.email },
    })
    expect(unlock.status()).toBe(403)

    // Changing one's own role is silently refused by field access: the role stays as it was.
    await request.patch(`/api/users/${contributor.id}`, { headers: auth(contributor.token), data: { role: 'admin' } })
    const me = await request.get(`/api/users/${contributor.id}`, { headers: auth(contributor.token) })
    expect((await me.json()).role).toBe('contributor')
  })

  test('and the public cannot list users at all', async ({ request }) => {
    const res = await request.get('/api/users')
    expect(res.status()).toBe(403)
  })
})
