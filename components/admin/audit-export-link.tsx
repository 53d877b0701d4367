'use client'
import { useConfig } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'

/** Above the audit trail's list: the entries the list's filters and search show, as CSV. */
export function AuditExportLink() {
  const { config } = useConfig()
  const params = useSearchParams()
  const kept = new URLSearchParams()
  for (const [key, value] of params) if (key.startsWith('where') || key === 'search') kept.append(key, value)
  const query = kept.toString()
  return (
    <p className="audit-export">
      <a href={`${config.routes.api}/audit-entries/export.csv${query ? `?${query}` : ''}`} download>
        Export these entries as CSV
      </a>
    </p>
  )
}
