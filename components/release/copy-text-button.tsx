'use client'

import { useState, useSyncExternalStore } from 'react'

const nothingToWatch = () => () => {}

/**
 * Copies the release as a journalist reads it (headline to contacts, without the download list) to paste into a
 * story. Without scripts the button is not shown; the plain-text link beside it does the same job.
 */
export function CopyTextButton({ source }: { source: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  // Drawn only in the browser with scripts running, so a reader without them never meets a button that does nothing.
  const ready = useSyncExternalStore(
    nothingToWatch,
    () => true,
    () => false,
  )
  const copy = async () => {
    const element = document.getElementById(source)
    if (!element) return setStatus('failed')
    const clone = element.cloneNode(true) as HTMLElement
    clone.querySelectorAll('[data-copy="skip"]').forEach((n) => n.remove())
    // innerText needs the clone in the page to know its line breaks; it is never seen.
    clone.style.cssText = 'position:absolute;left:-9999px;white-space:pre-wrap'
    document.body.append(clone)
    const text = clone.innerText.replace(/\n{3,}/g, '\n\n').trim()
    clone.remove()
    try {
      await navigator.clipboard.writeText(text)
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
  }
  if (!ready) return null
  return (
    <>
      <button type="button" className="link-button" onClick={copy}>
        Copy text
      </button>
      <span role="status" className="copy-status">
        {status === 'copied'
          ? 'Text copied'
          : status === 'failed'
            ? 'Copying did not work here: use the plain text link.'
            : ''}
      </span>
    </>
  )
}
