'use client'
import { Button, FieldLabel, useField } from '@payloadcms/ui'
import { useState } from 'react'

/** The address to send, in full, with a Copy button: the one thing an editor does with a preview link. */
export function PreviewLinkUrl({ path }: { path: string }) {
  const { value } = useField<string>({ path })
  const [copied, setCopied] = useState(false)
  if (!value) return <p className="preview-link-url__hint">The link appears here once the preview link is saved.</p>
  return (
    <div className="preview-link-url">
      <FieldLabel label="Link to send" path={path} />
      <div className="preview-link-url__row">
        <input readOnly value={value} aria-label="Link to send" onFocus={(e) => e.currentTarget.select()} />
        <Button
          buttonStyle="secondary"
          size="medium"
          margin={false}
          onClick={async () => {
            await navigator.clipboard.writeText(value)
            setCopied(true)
          }}
        >
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
    </div>
  )
}

/** The list's Link column: the address is long, so the cell offers the Copy button alone. */
export function PreviewLinkUrlCell({ cellData }: { cellData?: unknown }) {
  const [copied, setCopied] = useState(false)
  if (typeof cellData !== 'string') return null
  return (
    <button
      type="button"
      className="preview-link-url__copy"
      onClick={async (event) => {
        event.preventDefault()
        event.stopPropagation()
        await navigator.clipboard.writeText(cellData)
        setCopied(true)
      }}
    >
      {copied ? 'Copied' : 'Copy link'}
    </button>
  )
}
