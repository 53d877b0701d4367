// What the audit trail records: every act that changes who sees what, or who may do what. The labels are what the
// admin's list and the CSV export show.
export const AUDIT_ACTIONS = {
  'release.published': 'Release published',
  'release.unpublished': 'Release unpublished',
  'release.slug-changed': 'Release address changed',
  'embargo.set': 'Embargo set',
  'embargo.changed': 'Embargo changed',
  'embargo.lifted': 'Embargo lifted',
  'schedule.set': 'Publishing scheduled',
  'schedule.cancelled': 'Scheduled publishing cancelled',
  'correction.added': 'Correction added',
  'preview-link.created': 'Preview link created',
  'preview-link.revoked': 'Preview link revoked',
  'distribution.sent': 'Distribution sent',
  'media.replaced': 'Media file replaced',
  'user.created': 'User created',
  'user.role-changed': 'Role changed',
  'user.access-changed': 'Access changed',
  'sign-in.succeeded': 'Signed in',
  'sign-in.failed': 'Sign-in refused',
  'second-factor.enrolled': 'Second factor set up',
  'second-factor.reset': 'Second factor reset',
  'import.done': 'Release imported',
  'backup.made': 'Backup made',
  'backup.restored': 'Backup restored',
} as const

export type AuditAction = keyof typeof AUDIT_ACTIONS

export const AUDIT_ACTION_OPTIONS = Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label }))
