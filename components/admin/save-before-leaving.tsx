'use client'
import { useConfig, useDocumentInfo, useForm, useFormModified, useFormProcessing } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useRef } from 'react'

/**
 * Autosave waits a moment after the last keystroke, so words typed just before leaving the page were lost. Here a
 * link followed inside the admin first saves the draft at once, then goes; closing or reloading the tab while a
 * change is unsaved asks the browser to warn. A line beside the buttons says a save is pending.
 */
export function SaveBeforeLeaving() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { submit } = useForm()
  const modified = useFormModified()
  const processing = useFormProcessing()
  const router = useRouter()
  const pending = useRef(false)
  useEffect(() => {
    pending.current = modified || processing
  }, [modified, processing])

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!pending.current) return
      event.preventDefault()
      event.returnValue = ''
    }
    const flushThenGo = (event: MouseEvent) => {
      if (
        !pending.current ||
        !id ||
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return
      const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null
      if (!link || link.target === '_blank' || link.hasAttribute('download')) return
      const url = new URL(link.href, window.location.href)
      if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return
      event.preventDefault()
      event.stopPropagation()
      const action = formatAdminURL({
        apiRoute: config.routes.api,
        path: `/${collectionSlug}/${id}?depth=0&draft=true&autosave=true`,
      })
      void submit({
        action,
        method: 'PATCH',
        overrides: { _status: 'draft' },
        skipValidation: true,
        disableSuccessStatus: true,
      })
        .catch(() => undefined)
        .finally(() => router.push(`${url.pathname}${url.search}${url.hash}`))
    }
    window.addEventListener('beforeunload', warn)
    document.addEventListener('click', flushThenGo, true)
    return () => {
      window.removeEventListener('beforeunload', warn)
      document.removeEventListener('click', flushThenGo, true)
    }
  }, [id, collectionSlug, config.routes.api, submit, router])

  if (!id || !(modified || processing)) return null
  return (
    <span className="save-pending" role="status">
      {processing ? 'Saving…' : 'Unsaved changes: saving shortly'}
    </span>
  )
}
