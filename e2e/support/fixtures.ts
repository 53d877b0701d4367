import { randomBytes } from 'node:crypto'
import { test as base, expect, request as playwrightRequest } from '@playwright/test'
import { ADMIN } from './credentials'

export type Role = 'admin' | 'editor' | 'contributor'
export type TestUser = { id: number; email: string; password: string; role: Role; token: string }

// Logs in from a throwaway context: Payload's login also sets a cookie, and the shared `request` fixture must stay
// anonymous so tests of public surfaces really are anonymous.
async function login(baseURL: string | undefined, email: string, password: string): Promise<string> {
  const context = await playwrightRequest.newContext({ baseURL })
  const res = await context.post('/api/users/login', { data: { email, password } })
  expect(res.ok(), `login as ${email}`).toBeTruthy()
  const token = (await res.json()).token as string
  await context.dispose()
  return token
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
  adminToken: async ({ baseURL }, use) => {
    await use(await login(baseURL, ADMIN.email, ADMIN.password))
  },
  track: async ({ request, adminToken }, use) => {
    const created: Array<[string, number | string]> = []
    await use((collection, id) => created.push([collection, id]))
    for (const [collection, id] of created.reverse()) {
      await request.delete(`/api/${collection}/${id}`, { headers: auth(adminToken) })
    }
  },
  makeUser: async ({ request, adminToken, track, baseURL }, use) => {
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
      return { id, email, password, role, token: await login(baseURL, email, password) }
    })
  },
})

export { expect }
