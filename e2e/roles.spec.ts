import { loginToAdmin } from './support/admin'
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

test.describe('a contributor cannot publish', () => {
  const gql = (request: import('@playwright/test').APIRequestContext, token: string, query: string) =>
    request.post('/api/graphql', { headers: auth(token), data: { query } }).then((r) => r.json())

  test('through REST or GraphQL, on create or update, and their editorial fields are ignored', async ({
    request,
    makeUser,
    adminToken,
    track,
  }) => {
    const contributor = await makeUser('contributor')
    const other = await makeUser('contributor')
    const title = `Contributor attempt ${Date.now()}`

    const publishOnCreate = await request.post('/api/releases', {
      headers: auth(contributor.token),
      data: { title, summary: 'S.', _status: 'published' },
    })
    expect(publishOnCreate.status()).toBe(403)
    const viaGraphql = await gql(
      request,
      contributor.token,
      `mutation { createRelease(data: { title: "${title} gql", summary: "S.", _status: published }) { id } }`,
    )
    expect(viaGraphql.errors?.[0]?.message).toMatch(/not allowed/i)

    const draft = await request.post('/api/releases?draft=true', {
      headers: auth(contributor.token),
      data: { title, summary: 'S.', _status: 'draft' },
    })
    expect(draft.ok(), await draft.text()).toBeTruthy()
    const { id, slug } = (await draft.json()).doc as { id: number; slug: string }
    track('releases', id)

    expect(
      (
        await request.patch(`/api/releases/${id}`, { headers: auth(contributor.token), data: { _status: 'published' } })
      ).status(),
    ).toBe(403)
    const publishViaGraphql = await gql(
      request,
      contributor.token,
      `mutation { updateRelease(id: ${id}, data: { _status: published }) { id } }`,
    )
    expect(publishViaGraphql.errors?.[0]?.message).toMatch(/not allowed/i)

    // Embargo and featuring are editors' calls: accepted silently as a draft save, but not stored.
    const sneaky = await gql(
      request,
      contributor.token,
      `mutation { updateRelease(id: ${id}, draft: true, ` +
        'data: { featured: true, embargoUntil: "2030-01-01T00:00:00.000Z" }) { id } }',
    )
    expect(sneaky.errors, JSON.stringify(sneaky)).toBeUndefined()
    const stored = await (await request.get(`/api/releases/${id}?draft=true`, { headers: auth(adminToken) })).json()
    expect(stored.featured).toBe(false)
    expect(stored.embargoUntil ?? null).toBeNull()

    // Someone else's draft is not theirs to touch at all.
    const othersEdit = await request.patch(`/api/releases/${id}?draft=true`, {
      headers: auth(other.token),
      data: { title: 'Taken over' },
    })
    expect(othersEdit.status()).toBe(403)
    const othersGraphql = await gql(
      request,
      other.token,
      `mutation { updateRelease(id: ${id}, draft: true, data: { title: "Taken over" }) { id } }`,
    )
    expect(othersGraphql.errors?.[0]?.message).toMatch(/not allowed/i)

    expect((await request.get(`/news/${slug}`)).status()).toBe(404)

    // An editor may publish through GraphQL, and like REST it needs no time zones (London is the default).
    const editor = await makeUser('editor')
    const published = await gql(
      request,
      editor.token,
      `mutation { createRelease(data: { title: "${title} by an editor", summary: "S.", _status: published }) ` +
        '{ id releaseDate_tz } }',
    )
    expect(published.errors, JSON.stringify(published)).toBeUndefined()
    track('releases', published.data.createRelease.id)
    expect(published.data.createRelease.releaseDate_tz).toBe('Europe_London')
  })

  test('and the admin offers them no Publish or Schedule', async ({ page, request, makeUser, track }) => {
    const contributor = await makeUser('contributor')
    const draft = await request.post('/api/releases?draft=true', {
      headers: auth(contributor.token),
      data: { title: `Contributor admin ${Date.now()}`, summary: 'S.', _status: 'draft' },
    })
    const { id } = (await draft.json()).doc as { id: number }
    track('releases', id)
    await loginToAdmin(page, contributor.email, contributor.password)
    await page.goto(`/admin/collections/releases/${id}`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Contributor admin')
    await expect(page.getByRole('button', { name: /^Publish/ })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Schedule Publish' })).toHaveCount(0)
  })
})
