'use client'

import { useState } from 'react'

export function CopyLinkButton({ url }: { url: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
  }
  return (
    <>
      <button type="button" className="link-button" onClick={copy}>
        Copy link
      </button>
      <span role="status" className="copy-status">
        {status === 'copied' ? 'Link copied' : status === 'failed' ? `Copy this address: ${url}` : ''}
      </span>
    </>
  )
}
