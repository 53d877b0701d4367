import type { CollectionConfig } from 'payload'
import { ROLES, isAdmin, isAdminField, isAdminOrSelf, isEditorOrSelf } from '../../access/roles'
import { env } from '../../lib/env'
import { isHttpsSite } from '../../lib/security/origins'
import { firstUserIsAdmin } from './hooks/first-user-is-admin'
import { throttleLogins } from './hooks/login-throttle'
import { noDemoLoginsInProduction } from './hooks/no-demo-logins'

export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: 'Settings' },
  auth: {
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    // Over https the session cookie is never sent in clear; Lax keeps it off cross-site posts.
    cookies: { secure: isHttpsSite(env()), sameSite: 'Lax' },
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
    beforeLogin: [noDemoLoginsInProduction],
  },
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
  ],
}
