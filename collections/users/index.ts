import type { CollectionConfig } from 'payload'
import { ROLES, isAdmin, isAdminField, isAdminOrSelf, isEditorOrSelf, nobody } from '../../access/roles'
import { env } from '../../lib/env'
import { checkPasswordSignIn } from '../../lib/second-factor/check'
import { isHttpsSite } from '../../lib/security/origins'
import { ssoStrategy } from '../../lib/sso/strategy'
import { auditSignIn, auditUserChange } from './hooks/audit-users'
import { firstUserIsAdmin } from './hooks/first-user-is-admin'
import { rememberBrowser, throttleLogins } from './hooks/login-throttle'
import { noDemoLoginsInProduction } from './hooks/no-demo-logins'
import { endSsoSession, refuseWithoutAccess } from './hooks/sso-session'
import { beginEndpoint, confirmEndpoint, resetEndpoint } from './second-factor-endpoints'
import { unlockSignIn } from './unlock-sign-in'

const hidden = { read: nobody, create: nobody, update: nobody }

export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: 'Settings' },
  auth: {
    // Payload's own lock-out stops the member of staff as surely as the guesser; ours (hooks/login-throttle) slows
    // guessing per address and per account and lets a browser that signed in before through.
    maxLoginAttempts: 0,
    // Over https the session cookie is never sent in clear; Lax keeps it off cross-site posts.
    cookies: { secure: isHttpsSite(env()), sameSite: 'Lax' },
    // Single sign-on's session (lib/sso), beside Payload's own: off unless OIDC_ISSUER is set.
    strategies: [ssoStrategy],
  },
  access: {
    // Payload's create-first-user screen bypasses this, so a fresh install can still get its first admin.
    create: isAdmin,
    read: isEditorOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin],
    beforeOperation: [throttleLogins],
    afterChange: [auditUserChange],
    afterLogin: [rememberBrowser, auditSignIn],
    beforeLogin: [noDemoLoginsInProduction, refuseWithoutAccess, checkPasswordSignIn],
    afterLogout: [endSsoSession],
  },
  endpoints: [
    { path: '/:id/unlock-sign-in', method: 'post', handler: unlockSignIn },
    { path: '/second-factor/begin', method: 'post', handler: beginEndpoint },
    { path: '/second-factor/confirm', method: 'post', handler: confirmEndpoint },
    { path: '/:id/second-factor/reset', method: 'post', handler: resetEndpoint },
  ],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'contributor',
      options: ROLES.map((value) => ({ value, label: value[0].toUpperCase() + value.slice(1) })),
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      // How the role is decided (lib/sso/sign-in.ts): by hand here, or from the sign-in provider's groups at every
      // single sign-on; "none" lets no one in, by any route (hooks/refuse-without-access.ts, lib/sso/strategy.ts).
      name: 'access',
      type: 'select',
      defaultValue: 'granted',
      options: [
        { value: 'granted', label: 'Granted here' },
        { value: 'groups', label: "From the sign-in provider's groups" },
        { value: 'none', label: 'No access' },
      ],
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        description: "Set to “Granted here” to give a role by hand; “From the provider's groups” follows the groups.",
      },
    },
    {
      name: 'secondFactorSince',
      type: 'date',
      label: 'Second factor since',
      access: { create: nobody, update: nobody },
      admin: {
        position: 'sidebar',
        readOnly: true,
        components: { Field: '/components/admin/second-factor#SecondFactor' },
      },
    },
    // The second factor itself: readable and writable by no route (lib/second-factor keeps them).
    { name: 'totpSecret', type: 'text', access: hidden, admin: { hidden: true } },
    { name: 'totpLastStep', type: 'number', defaultValue: 0, access: hidden, admin: { hidden: true } },
    { name: 'recoveryCodes', type: 'json', access: hidden, admin: { hidden: true } },
    {
      // Moved when the account signs out of a single sign-on session: every such session it had ends (lib/sso).
      name: 'ssoEpoch',
      type: 'number',
      defaultValue: 0,
      access: { read: isAdminField, create: nobody, update: nobody },
      admin: { hidden: true },
    },
    {
      // Moved by an admin's unlock (unlock-sign-in.ts): failures and known browsers count from the last unlock.
      name: 'signInEpoch',
      type: 'number',
      defaultValue: 0,
      access: { read: isAdminField, create: nobody, update: nobody },
      admin: { hidden: true },
    },
    {
      name: 'unlockSignIn',
      type: 'ui',
      admin: {
        position: 'sidebar',
        condition: (_data, _siblings, { user }) => user?.role === 'admin',
        components: { Field: '/components/admin/unlock-sign-in#UnlockSignIn' },
      },
    },
  ],
}
