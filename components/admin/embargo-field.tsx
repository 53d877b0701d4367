'use client'
import { useFormFields } from '@payloadcms/ui'
import { EmbargoBadge } from './embargo-badge'

/**
 * The edit view's badge reads the form, not the saved release, so setting or clearing the embargo shows at once,
 * before anyone saves.
 */
export function EmbargoField() {
  const until = useFormFields(([fields]) => fields.embargoUntil?.value)
  if (typeof until !== 'string' || !until) return null
  return (
    <div className="embargo-field">
      <EmbargoBadge until={until} />
    </div>
  )
}
