import type { CollectionConfig } from 'payload'
import { ROLES, isAdmin, isAdminField, isAdminOrSelf } from '../../access/roles'
import { firstUserIsAdmin } from './hooks/first-user-is-admin'

export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: 'Settings' },
  auth: { maxLoginAttempts: 10, lockTime: 10 * 60 * 1000 },
  access: {
    // Payload's create-first-user screen bypasses this, so a fresh install can still get its first admin.
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
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
