'use client'
import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

type Begun = { token: string; uri: string; secret: string; qrSvg: string }
const post = async (url: string, body?: unknown) => {
  const res = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown> & { errors?: { message: string }[] }
  return { ok: res.ok, json, error: json.errors?.[0]?.message ?? `Failed (${res.status}).` }
}

/**
 * On a user's page: on your own, set up a second factor (scan the QR code, type a code, keep the recovery codes);
 * on someone else's, for admins, reset theirs when they lost their phone.
 */
export function SecondFactor() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const since = useFormFields(([fields]) => fields.secondFactorSince?.value) as string | undefined
  const [begun, setBegun] = useState<Begun | null>(null)
  const [code, setCode] = useState('')
  const [codes, setCodes] = useState<string[] | null>(null)
  const [said, say] = useState('')
  if (!id || !user) return null
  const own = String(user.id) === String(id)
  const isAdmin = (user as { role?: string }).role === 'admin'
  if (!own && !isAdmin) return null

  const confirm = async () => {
    if (!begun) return
    const answer = await post('/api/users/second-factor/confirm', { token: begun.token, code })
    if (answer.ok) setCodes((answer.json as { recoveryCodes: string[] }).recoveryCodes)
    else say(answer.error)
  }
  const status = since
    ? `Second factor: an authenticator app, since ${new Date(since).toLocaleDateString('en-GB')}.`
    : 'Second factor: none.'
  if (!own)
    return (
      <div className="second-factor">
        <p className="field-description">{status}</p>
        {since ? (
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            onClick={async () => {
              const answer = await post(`/api/users/${id}/second-factor/reset`)
              say(answer.ok ? 'Reset: they set one up again before their next password sign-in.' : answer.error)
            }}
          >
            Reset second factor
          </button>
        ) : null}
        {said ? <p role="status">{said}</p> : null}
      </div>
    )

  if (codes)
    return (
      <div className="second-factor" role="status">
        <p>Set up. Keep these recovery codes somewhere safe: each one signs you in once if you lose your phone.</p>
        <ul>
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
      </div>
    )
  return (
    <div className="second-factor">
      <p className="field-description">{status}</p>
      {!begun ? (
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={async () => {
            const answer = await post('/api/users/second-factor/begin')
            if (answer.ok) setBegun(answer.json as unknown as Begun)
            else say(answer.error)
          }}
        >
          {since ? 'Set up a new authenticator app' : 'Set up a second factor'}
        </button>
      ) : (
        // Not a <form>: this sits inside the user's edit form, which a nested form's submit would save.
        <div className="second-factor__enrol">
          <p>Scan this with your authenticator app, or type in the key {begun.secret}.</p>
          {/* The QR code is SVG made on this server from the otpauth address; nothing from outside goes in it. */}
          <div
            className="second-factor__qr"
            role="img"
            aria-label="QR code for your authenticator app"
            dangerouslySetInnerHTML={{ __html: begun.qrSvg }}
          />
          <label htmlFor="second-factor-code">The 6-digit code it shows</label>
          <input
            id="second-factor-code"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return
              e.preventDefault()
              void confirm()
            }}
          />
          <button type="button" className="btn btn--style-primary btn--size-small" onClick={() => void confirm()}>
            Confirm
          </button>
        </div>
      )}
      {said ? <p role="status">{said}</p> : null}
    </div>
  )
}
