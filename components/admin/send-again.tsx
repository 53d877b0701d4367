'use client'
import { Button, toast, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'
import { isEditorUser } from '@/access/roles'

type Answer = { message?: string; errors?: Array<{ message?: string }>; delivery?: string }
// Sent, queued or held back on purpose are not for sending by hand (the server refuses them too).
const RESENDABLE = ['failed', 'logged']

/** Under an enquiry email's delivery record, for editors: sends it again when it failed or only reached the log. */
export function SendAgain({ kind }: { kind: 'notification' | 'acknowledgement' }) {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const saved = useFormFields(([fields]) => fields[`${kind}.status`]?.value)
  // The record on screen is as the page loaded; after a send, what the server answered is newer.
  const [latest, setLatest] = useState<string>()
  const [busy, setBusy] = useState(false)
  const status = latest ?? (typeof saved === 'string' ? saved : '')
  if (latest === 'sent') return <p className="field-description">Sent again just now.</p>
  if (!id || !isEditorUser(user) || !RESENDABLE.includes(status)) return null

  const send = async () => {
    setBusy(true)
    try {
      const res = await fetch(`${config.routes.api}/enquiries/${id}/resend/${kind}`, {
        method: 'POST',
        credentials: 'include',
      })
      const answer = (await res.json().catch(() => ({}))) as Answer
      const message = answer.message ?? answer.errors?.[0]?.message ?? `Not sent (${res.status}).`
      if (answer.delivery) setLatest(answer.delivery)
      if (res.ok) toast.success(message)
      else toast.error(message)
    } catch {
      toast.error('Not sent: check your connection and try again.')
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={send}>
      {busy ? 'Sending…' : 'Send again'}
    </Button>
  )
}
