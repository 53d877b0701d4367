'use client'
import { useFormFields } from '@payloadcms/ui'
import { EmbargoBadge } from './embargo-badge'
import { ScheduleNotice } from './schedule-notice'

/**
 * The top of the sidebar says when the release goes out: the embargo badge, which reads the form rather than the
 * saved release so setting or clearing the embargo shows at once, and the next scheduled publish or unpublish.
 */
export function EmbargoField() {
  const until = useFormFields(([fields]) => fields.embargoUntil?.value)
  const embargoed = typeof until === 'string' && until !== ''
  return (
    <div className="embargo-field">
      {embargoed ? <EmbargoBadge until={until} /> : null}
      <ScheduleNotice />
    </div>
  )
}
