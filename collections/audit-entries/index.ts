import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/roles'
import { AUDIT_ACTION_OPTIONS } from '../../lib/audit/actions'
import { UK_DATE_TIME } from '../fields/uk-date'
import { exportAuditCsv } from './export-endpoint'

const never = () => false

/**
 * The audit trail: who changed what the public sees or who may do what, when, from where. Entries are written only
 * by the server (lib/audit/record.ts, lib/db/audit.ts) and are append-only: no route may create, edit or delete one
 * (access below), and the database itself refuses to update one or to delete one outside the retention job
 * (migration 20261208_030000). Admins read, filter and export it.
 */
export const AuditEntries: CollectionConfig = {
  slug: 'audit-entries',
  labels: { singular: 'Audit entry', plural: 'Audit trail' },
  admin: {
    group: 'Settings',
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'action', 'actorLabel', 'subjectTitle', 'before', 'after', 'clientAddress'],
    listSearchableFields: ['summary', 'actorLabel', 'subjectTitle'],
    description:
      'Every publish, embargo, schedule, preview link, send, role change and sign-in. No one can change an entry.',
    components: { beforeListTable: ['/components/admin/audit-export-link#AuditExportLink'] },
  },
  defaultSort: '-createdAt',
  access: { read: isAdmin, create: never, update: never, delete: never, readVersions: never },
  endpoints: [{ path: '/export.csv', method: 'get', handler: exportAuditCsv }],
  fields: [
    {
      name: 'createdAt',
      type: 'date',
      label: 'When',
      index: true,
      admin: { date: { ...UK_DATE_TIME, displayFormat: 'dd/MM/yyyy HH:mm:ss' } },
    },
    { name: 'action', type: 'select', required: true, index: true, options: AUDIT_ACTION_OPTIONS },
    { name: 'summary', type: 'text', required: true },
    // The account's id, and who it was then (its email, or the job or command): text, so an entry outlives the
    // account, and deleting an account never has to touch the trail.
    { name: 'actorId', type: 'number', index: true, admin: { hidden: true } },
    { name: 'actorLabel', type: 'text', label: 'Who', index: true },
    { name: 'subjectCollection', type: 'text', label: 'Kind' },
    { name: 'subjectId', type: 'text', label: 'Document id', index: true },
    { name: 'subjectTitle', type: 'text', label: 'Document' },
    { name: 'field', type: 'text' },
    { name: 'before', type: 'text' },
    { name: 'after', type: 'text' },
    { name: 'clientAddress', type: 'text', label: 'Client address' },
  ],
}
