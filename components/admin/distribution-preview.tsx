'use client'
import { Button, toast, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Preview = { subject: string; text: string; html: string; sampleOf: string | null }
type Answer = Partial<Preview> & { message?: string; errors?: Array<{ message?: string }> }

/** The email as a journalist will get it, both parts, and a test send to oneself, before anyone presses Send. */
export function DistributionPreview() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const [preview, setPreview] = useState<Preview>()
  const [problem, setProblem] = useState<string>()
  const [busy, setBusy] = useState(false)
  const api = `${config.routes.api}/distributions/${id}`

  useEffect(() => {
    if (!id || modified) return
    const controller = new AbortController()
    const load = async () => {
      const res = await fetch(`${api}/preview`, { credentials: 'include', signal: controller.signal }).catch(() => null)
      if (controller.signal.aborted) return
      const answer = ((await res?.json().catch(() => ({}))) ?? {}) as Answer
      if (res?.ok) {
        setPreview(answer as Preview)
        setProblem(undefined)
      } else setProblem(answer.errors?.[0]?.message ?? 'The preview could not be made.')
    }
    void load()
    return () => controller.abort()
  }, [id, modified, api])

  const testSend = async () => {
    setBusy(true)
    const res = await fetch(`${api}/test`, { method: 'POST', credentials: 'include' }).catch(() => null)
    const answer = ((await res?.json().catch(() => ({}))) ?? {}) as Answer
    const message = answer.message ?? answer.errors?.[0]?.message ?? 'Not sent: check your connection.'
    if (res?.ok) toast.success(message)
    else toast.error(message)
    setBusy(false)
  }
  if (!id) return null
  return (
    <section className="distribution-preview" aria-labelledby="distribution-preview-heading">
      <h3 id="distribution-preview-heading">The email</h3>
      {modified ? <p className="field-description">Save to see the email with your changes.</p> : null}
      {problem ? <p role="alert">{problem}</p> : null}
      {preview ? (
        <>
          <p>
            <strong>Subject:</strong> {preview.subject}
            {preview.sampleOf ? <> (as {preview.sampleOf} will get it)</> : null}
          </p>
          <iframe title="The email as HTML" className="distribution-preview__html" sandbox="" srcDoc={preview.html} />
          <details>
            <summary>Plain-text part</summary>
            <pre className="distribution-preview__text">{preview.text}</pre>
          </details>
        </>
      ) : null}
      <Button buttonStyle="secondary" size="small" margin={false} disabled={busy || modified} onClick={testSend}>
        {busy ? 'Sending…' : 'Send me a test'}
      </Button>
    </section>
  )
}
