import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, DEMO_USERS } from '../../seed/demo-users'
import { makeUser } from '../support/factories'
import { testPayload } from '../support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
  await makeUser(payload, 'admin')
})

const token = async (email: string, password = 'test-password-123') =>
  (await payload.login({ collection: 'users', data: { email, password } })).token!

describe('a staff session cookie', () => {
  it('works from the site itself, and counts for nothing in a request from another site', async () => {
    const editor = await makeUser(payload, 'editor')
    const jwt = await token(editor.email)
    const withCookie = (extra: Record<string, string>) => new Headers({ Cookie: `payload-token=${jwt}`, ...extra })
    expect((await payload.auth({ headers: withCookie({ 'Sec-Fetch-Site': 'same-origin' }) })).user?.id).toBe(editor.id)
    expect((await payload.auth({ headers: withCookie({ Origin: 'http://localhost:3000' }) })).user?.id).toBe(editor.id)
    // A form on another site posting to the admin API with the editor's cookie: anonymous.
    const crossSite: Array<Record<string, string>> = [
      { Origin: 'https://evil.example' },
      { 'Sec-Fetch-Site': 'cross-site' },
      {},
    ]
    for (const extra of crossSite) {
      expect((await payload.auth({ headers: withCookie(extra) })).user, JSON.stringify(extra)).toBeNull()
    }
  })
})

describe('the demo accounts', () => {
  const env = process.env.NODE_ENV
  afterEach(() => {
    ;(process.env as Record<string, string | undefined>).NODE_ENV = env
  })

  it('cannot sign in to a production server, with the answer a wrong password gets', async () => {
    const demo = DEMO_USERS[1]
    await payload
      .create({ collection: 'users', overrideAccess: true, data: { ...demo, password: DEMO_PASSWORD } })
      .catch(() => undefined)
    expect(await token(demo.email, DEMO_PASSWORD)).toBeTruthy()
    ;(process.env as Record<string, string>).NODE_ENV = 'production'
    await expect(token(demo.email, DEMO_PASSWORD)).rejects.toThrow(/email or password provided is incorrect/)
  })
})
