'use client'
import { useDocumentInfo, useModal, useServerFunctions } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { ScheduledPublish } from '@/lib/publication/scheduled-publish'
import { formatEmbargo } from '@/lib/time/dates'

/**
 * "Scheduled to publish 00:01 GMT, Tuesday 3 November" beside the release's status, read again whenever a drawer
 * (Payload's Schedule drawer among them) opens or closes, so a new or cancelled schedule shows at once.
 */
export function ScheduleNotice() {
  const { id, hasPublishedDoc } = useDocumentInfo()
  const { serverFunction } = useServerFunctions()
  const { modalState } = useModal()
  const [next, setNext] = useState<ScheduledPublish | undefined>()
  const openDrawers = Object.values(modalState ?? {}).filter((m) => m?.isOpen).length

  useEffect(() => {
    if (!id) return
    let current = true
    ;(serverFunction({ name: 'release-schedule', args: { id } }) as Promise<ScheduledPublish[]>)
      .then((list) => current && setNext(list[0]))
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [id, serverFunction, openDrawers])

  useEffect(() => {
    if (hasPublishedDoc || !openDrawers) return
    // Payload's Schedule drawer picks Unpublish first on a release that was never published, which would schedule
    // nothing: such a release can only be scheduled to go out, so Publish is chosen for the editor.
    const timer = setTimeout(() => {
      const publish = document.querySelector<HTMLInputElement>(
        '.schedule-publish__type li:first-child input[type="radio"]',
      )
      if (publish && !publish.checked) publish.click()
    }, 0)
    return () => clearTimeout(timer)
  }, [openDrawers, hasPublishedDoc])

  if (!next) return null
  return (
    <span className="schedule-notice" role="status">
      Scheduled to {next.action} <time dateTime={next.at}>{formatEmbargo(next.at)}</time>
    </span>
  )
}
