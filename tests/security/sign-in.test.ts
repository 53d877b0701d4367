import { pbkdf2Sync } from 'node:crypto'
import { createLocalReq, loginOperation, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  ACCOUNT_FAILURE_LIMIT,
  countFailedLogins,
  FAILED_LOGIN_LIMIT,
} from '../../collections/users/hooks/login-throttle'
import { unlockSignIn } from '../../collections/users/unlock-sign-in'
import { pool } from '../../lib/db/pool'
import { CLIENT_HEADER } from '../../lib/enquiries/client-ip'
import { PASSWORD_HASH, passwordWorkDone } from '../../lib/sign-in/password-work'
import type { User } from '../../payload-types'
import { makeUser, unique } from '../support/factories'
import { testPayload } from '../support/payload'

let payload: Payload
let admin: User
beforeAll(async () => {
  payload = await testPayload()
  admin = await makeUser(payload, 'admin')
})

const PASSWORD = 'test-password-123'
let addresses = 0
const newAddress = () => `198.51.${Math.floor(addresses / 250)}.${(addresses++ % 250) + 1}`

// As Payload's REST handler does it: the operation, then on error the config's afterError hooks. Answers the
// token, or the error's message, and the cookies the response would set.
async function attempt(email: string, password: string, ip: string, cookie = '') {
  const req = await createLocalReq({}, payload)
  req.payloadAPI = 'REST'
  req.headers = new Headers({ [CLIENT_HEADER]: ip, ...(cookie ? { cookie } : {}) })
  try {
    const result = await loginOperation({ collection: payload.collections.users, data: { email, password }, req })
    const cookies = (req.responseHeaders?.getSetCookie() ?? []).map((c) => c.split(';')[0])
    return { token: result.token, cookies }
  } catch (error) {
    await countFailedLogins({ error, req } as Parameters<typeof countFailedLogins>[0])
    return { error: (error as Error).message, cookies: [] }
  }
}

describe('signing in', () => {
  it("hashes passwords with Payload's own parameters, so an unknown address costs what a wrong password costs", async () => {
    const user = await makeUser(payload, 'contributor')
    const { rows } = await pool(payload).query<{ hash: string; salt: string }>(
      'SELECT hash, salt FROM users WHERE id = $1',
      [user.id],
    )
    expect(rows[0].hash.startsWith(PASSWORD_HASH.prefix)).toBe(true)
    const ours = pbkdf2Sync(PASSWORD, rows[0].salt, PASSWORD_HASH.iterations, PASSWORD_HASH.keyLength, 'sha256')
    expect(`${PASSWORD_HASH.prefix}${ours.toString('hex')}`).toBe(rows[0].hash)
    // The work is done for an address with no account, and not twice for one with an account.
    const before = passwordWorkDone()
    expect((await attempt(`${unique('nobody')}@example.com`, 'a-guess', newAddress())).error).toMatch(/incorrect/)
    expect(passwordWorkDone()).toBe(before + 1)
    expect((await attempt(user.email, 'a-guess', newAddress())).error).toMatch(/incorrect/)
    expect(passwordWorkDone()).toBe(before + 1)
  })

  it('stops a client address after too many failures, whoever they try, before checking any password', async () => {
    const user = await makeUser(payload, 'editor')
    const ip = newAddress()
    for (let i = 0; i < FAILED_LOGIN_LIMIT.limit; i++) {
      expect((await attempt(user.email, `wrong-${i}`, ip)).error).toMatch(/incorrect/)
      if (i % ACCOUNT_FAILURE_LIMIT.limit === ACCOUNT_FAILURE_LIMIT.limit - 1) await unlock(user)
    }
    expect((await attempt(user.email, PASSWORD, ip)).error).toMatch(/Too many attempts from your network/)
    // Another address signs in as usual.
    expect((await attempt(user.email, PASSWORD, newAddress())).token).toBeTruthy()
  })

  it('pauses an account guessed at from many addresses for unknown browsers only, until an admin unlocks it', async () => {
    const user = await makeUser(payload, 'editor')
    // They signed in on their own browser last week: it carries the note of it.
    const own = await attempt(user.email, PASSWORD, newAddress())
    const known = own.cookies.find((c) => c.startsWith('press-office-known='))!
    expect(known).toBeTruthy()
    // A guesser spreads over addresses, each under the per-address limit.
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT.limit; i++)
      expect((await attempt(user.email, `guess-${i}`, newAddress())).error).toMatch(/incorrect/)
    // Now even the right password from a new browser is refused, before it is checked...
    expect((await attempt(user.email, PASSWORD, newAddress())).error).toMatch(/Too many failed sign-ins to this/)
    expect((await attempt(user.email, `guess-more`, newAddress())).error).toMatch(/Too many failed sign-ins to this/)
    // ...but they get in from their own browser, and nobody is locked out by Payload.
    expect((await attempt(user.email, PASSWORD, newAddress(), known)).token).toBeTruthy()
    // A forged or other account's note does not help.
    const other = (await attempt(admin.email, PASSWORD, newAddress())).cookies[0]
    expect((await attempt(user.email, PASSWORD, newAddress(), other)).error).toMatch(/Too many failed/)
    expect((await attempt(user.email, PASSWORD, newAddress(), `${known}x`)).error).toMatch(/Too many failed/)
    // A made-up address guessed at as often is answered the same: the pause says nothing about who is staff.
    const nobody = `${unique('nobody')}@example.com`
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT.limit; i++) await attempt(nobody, `guess-${i}`, newAddress())
    expect((await attempt(nobody, 'guess', newAddress())).error).toBe(
      (await attempt(user.email, PASSWORD, newAddress())).error,
    )
    // An admin unlocks the account: any browser again (and the old notes are forgotten).
    await unlock(user)
    expect((await attempt(user.email, PASSWORD, newAddress())).token).toBeTruthy()
  })

  it('is unlocked by admins only', async () => {
    const user = await makeUser(payload, 'editor')
    const call = async (as: User) => {
      const req = await createLocalReq({ user: as }, payload)
      req.routeParams = { id: String(user.id) }
      return unlockSignIn(req)
    }
    expect((await call(user)).status).toBe(403)
    expect((await call(await makeUser(payload, 'editor'))).status).toBe(403)
    expect((await call(admin)).status).toBe(200)
  })
})

async function unlock(user: User) {
  const req = await createLocalReq({ user: admin }, payload)
  req.routeParams = { id: String(user.id) }
  expect((await unlockSignIn(req)).status).toBe(200)
}
