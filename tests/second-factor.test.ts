import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_HEADER } from '../lib/enquiries/client-ip'
import { parseEnv } from '../lib/env'
import { currentCode } from '../lib/second-factor/totp'
import type { User } from '../payload-types'
import { makeUser, signedInAs, TEST_PASSWORD } from './support/factories'
import { testPayload } from './support/payload'
import { apiRoutes, type Method } from './support/rest'

let payload: Payload
let admin: User
let api: Awaited<ReturnType<typeof apiRoutes>>
let addresses = 0
const run = promisify(execFile)

beforeAll(async () => {
  payload = await testPayload()
  admin = await makeUser(payload, 'admin')
  api = await apiRoutes(payload)
})
afterEach(() => {
  delete process.env.LOCAL_SIGN_IN
  delete process.env.BREAK_GLASS_ADMINS
})

async function rest(method: Method, path: string, headers: Record<string, string>, body?: unknown) {
  const res = await api.rest(method, path, headers, body)
  return { status: res.status, body: await res.json().catch(() => ({})) }
}

/** A sign-in through Payload's REST login, from an address of its own so the throttle never mixes tests. */
const signIn = (email: string, password: string, code?: string) =>
  rest(
    'POST',
    'users/login',
    { [CLIENT_HEADER]: `198.51.100.${++addresses}` },
    { email, password, ...(code ? { code } : {}) },
  )
const message = (answer: { body: { errors?: { message: string }[] } }) => answer.body.errors?.[0]?.message ?? ''

/** Sets up `user`'s authenticator as they would from their own page; answers the secret and recovery codes. */
async function enrol(user: User) {
  const headers = await signedInAs(payload, user)
  const begun = await rest('POST', 'users/second-factor/begin', headers)
  expect(begun.status).toBe(200)
  expect(begun.body.qrSvg).toMatch(/^<svg/)
  expect(begun.body.uri).toMatch(/^otpauth:\/\/totp\/Press%20Office:/)
  const wrong = await rest('POST', 'users/second-factor/confirm', headers, { token: begun.body.token, code: '000000' })
  expect(wrong.status).toBe(400)
  const secret = begun.body.secret as string
  // The code of the previous step: the sign-in tests then use the current one, which is later.
  const done = await rest('POST', 'users/second-factor/confirm', headers, {
    token: begun.body.token,
    code: currentCode(secret, Date.now() - 30_000),
  })
  expect(done.status).toBe(200)
  return { secret, recoveryCodes: done.body.recoveryCodes as string[] }
}

const trail = async (user: User) =>
  (
    await payload.find({
      collection: 'audit-entries',
      sort: 'id',
      pagination: false,
      where: { subjectCollection: { equals: 'users' }, subjectId: { equals: String(user.id) } },
    })
  ).docs.map((e) => [e.action, e.after ?? e.before])

describe('a second factor', () => {
  it('is set up with a QR code and a code, and then every password sign-in needs a code, each good once', async () => {
    const editor = await makeUser(payload, 'editor')
    const { secret, recoveryCodes } = await enrol(editor)
    expect(recoveryCodes).toHaveLength(10)

    expect(message(await signIn(editor.email, TEST_PASSWORD))).toMatch(/needs the code from its authenticator app/)
    expect((await signIn(editor.email, TEST_PASSWORD, '123456')).status).toBe(401)
    const code = currentCode(secret)
    expect((await signIn(editor.email, 'wrong-password', code)).status).toBe(401)
    expect((await signIn(editor.email, TEST_PASSWORD, code)).status).toBe(200)
    expect(message(await signIn(editor.email, TEST_PASSWORD, code))).toMatch(/wrong or was already used/)
    // A recovery code, typed as people type them, once.
    const recovery = recoveryCodes[0].toUpperCase().replace('-', ' ')
    expect((await signIn(editor.email, TEST_PASSWORD, recovery)).status).toBe(200)
    expect((await signIn(editor.email, TEST_PASSWORD, recovery)).status).toBe(401)

    const entries = await trail(editor)
    expect(entries.filter(([a]) => a === 'second-factor.enrolled')).toHaveLength(1)
    expect(entries.filter(([a]) => a === 'sign-in.succeeded').map(([, after]) => after)).toEqual([
      'password',
      'password + authenticator code',
      'password + recovery code (9 left)',
    ])
    expect(entries.filter(([a]) => a === 'sign-in.failed')).toHaveLength(5)
  })

  it('is kept out of every route: not readable, not writable, and reset only by an admin', async () => {
    const contributor = await makeUser(payload, 'contributor')
    await enrol(contributor)
    const asAdmin = await signedInAs(payload, admin)
    const read = await rest('GET', `users/${contributor.id}`, asAdmin)
    expect(read.body.secondFactorSince).toBeTruthy()
    for (const hidden of ['totpSecret', 'recoveryCodes', 'totpLastStep']) expect(read.body).not.toHaveProperty(hidden)
    await rest('PATCH', `users/${contributor.id}`, asAdmin, {
      secondFactorSince: null,
      totpSecret: 'x',
      recoveryCodes: [],
    })
    const row = await payload.db.findOne<{ id: number; totpSecret: string; recoveryCodes: string[] }>({
      collection: 'users',
      where: { id: { equals: contributor.id } },
    })
    expect(row?.totpSecret).not.toBe('x')
    expect(row?.recoveryCodes).toHaveLength(10)

    const editor = await makeUser(payload, 'editor')
    const refused = await rest('POST', `users/${contributor.id}/second-factor/reset`, await signedInAs(payload, editor))
    expect(refused.status).toBe(403)
    expect((await rest('POST', `users/${contributor.id}/second-factor/reset`, asAdmin)).status).toBe(200)
    expect((await signIn(contributor.email, TEST_PASSWORD)).status).toBe(200)
    expect((await trail(contributor)).filter(([a]) => String(a).startsWith('second-factor'))).toEqual([
      ['second-factor.enrolled', 'authenticator app'],
      ['second-factor.reset', 'authenticator app'],
    ])
  })
})

describe('passwords switched off', () => {
  it('lets only the named break-glass admins sign in with a password, and only with a second factor', async () => {
    const breakGlass = await makeUser(payload, 'admin')
    const editor = await makeUser(payload, 'editor')
    const namedEditor = await makeUser(payload, 'editor')
    process.env.LOCAL_SIGN_IN = 'break-glass'
    process.env.BREAK_GLASS_ADMINS = `${breakGlass.email.toUpperCase()}, ${namedEditor.email}`

    expect(message(await signIn(editor.email, TEST_PASSWORD))).toMatch(/Passwords are switched off here/)
    // Named, but not an admin: no better than anyone else.
    expect(message(await signIn(namedEditor.email, TEST_PASSWORD))).toMatch(/Passwords are switched off here/)
    // A wrong password says nothing about the policy.
    expect(message(await signIn(editor.email, 'wrong-password'))).not.toMatch(/switched off/)
    expect(message(await signIn(breakGlass.email, TEST_PASSWORD))).toMatch(/has none set up/)
    // They cannot sign in to set one up: it is set up from the server's command line, as the refusal says.
    const { stdout } = await run('npx', ['tsx', 'scripts/second-factor.ts', 'enrol', breakGlass.email], {
      env: { ...process.env, NODE_ENV: 'production' },
    })
    expect(stdout).toMatch(/Recovery codes for/)
    const secret = stdout.match(/type in the key: ([A-Z2-7]+)/)![1]
    expect((await signIn(breakGlass.email, TEST_PASSWORD)).status).toBe(401)
    expect((await signIn(breakGlass.email, TEST_PASSWORD, currentCode(secret))).status).toBe(200)
  })

  it('needs the break-glass admins named', () => {
    expect(() => parseEnv({ LOCAL_SIGN_IN: 'break-glass' })).toThrow(/BREAK_GLASS_ADMINS is required/)
    expect(
      parseEnv({ LOCAL_SIGN_IN: 'break-glass', BREAK_GLASS_ADMINS: 'A@x.org, b@x.org' }).BREAK_GLASS_ADMINS,
    ).toEqual(['a@x.org', 'b@x.org'])
  })
})
