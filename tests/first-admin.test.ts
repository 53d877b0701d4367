import { describe, expect, it } from 'vitest'
import { firstAdminPlan } from '../lib/boot/first-admin'

const you = { email: 'you@example.org', password: 'a-long-password' }

describe('the first admin', () => {
  it('is made from ADMIN_EMAIL on an empty database, and said', () => {
    expect(firstAdminPlan({ admins: [], existing: false, production: true, ...you })).toMatchObject({
      action: 'create',
      message: 'Created the first admin account (you@example.org) from ADMIN_EMAIL.',
    })
  })

  it('is made too when the only admin is the demo account a production server refuses, and the log says why', () => {
    const afterDev = { admins: ['admin@example.com'], existing: false, production: true }
    expect(firstAdminPlan({ ...afterDev, ...you })).toMatchObject({
      action: 'create',
      message: expect.stringMatching(/only admins here were the demo accounts/),
    })
    // Without ADMIN_EMAIL: nobody can sign in, and the log says so and what to set.
    expect(firstAdminPlan(afterDev)).toMatchObject({
      action: 'none',
      level: 'warn',
      message: expect.stringMatching(/Nobody can sign in.*Set ADMIN_EMAIL and ADMIN_PASSWORD/),
    })
    // ADMIN_EMAIL naming an existing account (made as a contributor in development): made admin.
    expect(firstAdminPlan({ ...afterDev, ...you, existing: true })).toMatchObject({ action: 'promote' })
  })

  it('is left alone when an admin can sign in, and an ADMIN_EMAIL that was not used is said to be unused', () => {
    const running = { admins: ['head@example.org'], existing: false, production: true }
    expect(firstAdminPlan({ ...running, ...you })).toMatchObject({
      action: 'keep',
      message: expect.stringMatching(/ADMIN_EMAIL \(you@example.org\) was not created.*head@example.org/),
    })
    expect(firstAdminPlan({ ...running, email: 'head@example.org', password: 'x'.repeat(12) })).toEqual({
      action: 'keep',
    })
    // In development the demo admin signs in: nothing to do.
    expect(firstAdminPlan({ admins: ['admin@example.com'], existing: false, production: false })).toEqual({
      action: 'keep',
    })
  })
})
