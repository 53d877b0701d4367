import { randomBytes } from 'node:crypto'
import { test as base, expect, type APIRequestContext } from '@playwright/test'
import { ADMIN } from './credentials'

export type Role = 'admin' | 'editor' | 'contributor'
export type TestUser = { id: number; email: string; password: string; role: Role; token: string }

async function login(request: APIRequestContext, email: string, password: string): Promise<string> {
  const res = await request.post('/api/users/login', { data: { email, password } })
  expect(res.ok(), `login as ${email}`).toBeTruthy()
  return (await res.json()).token as string
}

export const auth = (token: string) => ({ Authorization: `JWT ${token}` })

type Fixtures = {
  adminToken: string
  makeUser: (role: Role) => Promise<TestUser>
  track: (collection: string, id: number | string) => void
}

// Each test makes the users and documents it needs and removes them afterwards, so tests never depend on
// one another or on the demo content's details.
export const test = base.extend<Fixtures>({
  adminToken: async ({ request }, use) => {
    await use(await login(request, ADMIN.email, ADMIN.password))
  },
  track: async ({ request, adminToken }, use) => {
    const created: Array<[string, number | string]> = []
    await use((collection, id) => created.push([collection, id]))
    for (const [collection, id] of created.reverse()) {
      await request.delete(`/api/${collection}/${id}`, { headers: auth(adminToken) })
    }
  },
  makeUser: async ({ request, adminToken, track }, use) => {
    await use(async (role) => {
      const email = `${role}-${randomBytes(4).toString('hex')}@example.com`
      const password = `pw-${randomBytes(8).toString('hex')}`
      const res = await request.post('/api/users', {
        headers: auth(adminToken),
        data: { email, password, role, name: `Test ${role}` },
      })
      expect(res.ok(), await res.text()).toBeTruthy()
      const id = (await res.json()).doc.id as number
      track('users', id)
      return { id, email, password, role, token: await login(request, email, password) }
    })
  },
})

export { expect }
