'use client'
import { Button, toast, useAuth, useConfig, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { isEditorUser } from '@/access/roles'

const LABEL: Record<string, string> = {
  draft: 'Being prepared: not sent',
  scheduled: 'Waiting to send',
  sending: 'Sending',
  sent: 'Sent',
  cancelled: 'Cancelled: nothing more will be sent',
}
type Answer = { message?: string; errors?: Array<{ message?: string }> }

/**
 * In place of the status field: what state the distribution is in and, for editors, Send (or Cancel while it waits).
 * Contributors see why they cannot send. Unsaved changes must be saved first, so what is sent is what is on screen.
 */
export function DistributionActions() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const router = useRouter()
  const modified = useFormModified()
  const saved = String(useFormFields(([fields]) => fields.status?.value) ?? 'draft')
  // The form is as the page loaded; after Send or Cancel, what the server answered is newer.
  const [latest, setLatest] = useState<string>()
  const [note, setNote] = useState<string>()
  const status = latest ?? saved
  const [busy, setBusy] = useState(false)
  const editor = isEditorUser(user)

  const act = async (action: 'send' | 'cancel') => {
    setBusy(true)
    try {
      const res = await fetch(`${config.routes.api}/distributions/${id}/${action}`, {
        method: 'POST',
        credentials: 'include',
      })
      const answer = (await res.json().catch(() => ({}))) as Answer
      const message = answer.message ?? answer.errors?.[0]?.message ?? `Not done (${res.status}).`
      if (res.ok) {
        toast.success(message)
        setNote(message)
        setLatest(action === 'send' ? 'scheduled' : 'cancelled')
        router.refresh()
      } else toast.error(message)
    } catch {
      toast.error('Not sent: check your connection and try again.')
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="distribution-actions field-type">
      <p className="distribution-actions__status" role="status">
        <strong>{LABEL[status] ?? status}</strong>
        {note ? <span className="field-description"> {note}</span> : null}
      </p>
      {!id ? <p className="field-description">Save the distribution to preview and send it.</p> : null}
      {id && status === 'draft' && !editor ? (
        <p className="field-description">An editor sends it: ask one to check it and press Send.</p>
      ) : null}
      {id && status === 'draft' && editor ? (
        modified ? (
          <p className="field-description">Save your changes before sending.</p>
        ) : (
          <Button buttonStyle="primary" size="medium" margin={false} disabled={busy} onClick={() => act('send')}>
            {busy ? 'Sending…' : 'Send to journalists'}
          </Button>
        )
      ) : null}
      {id && status === 'scheduled' && editor ? (
        <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => act('cancel')}>
          Cancel sending
        </Button>
      ) : null}
    </div>
  )
}
