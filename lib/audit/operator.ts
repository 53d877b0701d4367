import { userInfo } from 'node:os'
import path from 'node:path'
import { insertAuditRow } from '../db/audit'
import type { AuditAction } from './actions'
import { auditRow } from './row'

type Client = Parameters<typeof insertAuditRow>[0]

const operator = () => {
  try {
    return `command line (${userInfo().username})`
  } catch {
    return 'command line'
  }
}

/** A backup made or restored from the command line, on the trail of the database it was made from or into. */
export async function auditOperatorAction(client: Client, action: AuditAction, archive: string, detail: string) {
  await insertAuditRow(
    client,
    auditRow(
      { action, subject: { collection: 'backups', id: path.basename(archive) }, field: 'archive', after: detail },
      {
        label: operator(),
      },
    ),
  )
}
