'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

/** On a user's page, for admins: lets them sign in again after a guesser paused sign-ins to their account. */
export function UnlockSignIn() {
  const { id } = useDocumentInfo()
  const [said, say] = useState('')
  if (!id) return null
  const unlock = async () => {
    const res = await fetch(`/api/users/${id}/unlock-sign-in`, { method: 'POST', credentials: 'include' })
    say(((await res.json().catch(() => ({}))) as { message?: string }).message ?? `Not unlocked (${res.status}).`)
  }
  return (
    <div className="unlock-sign-in">
      <p className="field-description">
        After ten failed sign-ins in fifteen minutes, an account can only be signed in to from a browser that used it
        before. Unlock it if they need another browser now.
      </p>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={unlock}>
        Unlock sign-in
      </button>
      {said ? <p role="status">{said}</p> : null}
    </div>
  )
}
