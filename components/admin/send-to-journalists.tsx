'use client'
import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Answer = { doc?: { id: number }; errors?: Array<{ message?: string }> }

/**
 * From a saved release: starts a distribution of it and opens it, to choose lists, a note and when. Anyone on the
 * staff may prepare one; only an editor sends it (the distribution says so).
 */
export function SendToJournalists() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  if (!id || collectionSlug !== 'releases') return null

  const start = async () => {
    setBusy(true)
    const res = await fetch(`${config.routes.api}/distributions`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ release: id }),
    }).catch(() => null)
    const answer = ((await res?.json().catch(() => ({}))) ?? {}) as Answer
    if (res?.ok && answer.doc) router.push(`${config.routes.admin}/collections/distributions/${answer.doc.id}`)
    else {
      toast.error(answer.errors?.[0]?.message ?? 'Could not start a distribution: check your connection.')
      setBusy(false)
    }
  }
  return (
    <div className="send-to-journalists field-type">
      <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={start}>
        Send to journalists…
      </Button>
    </div>
  )
}
