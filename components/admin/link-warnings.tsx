'use client'
import { Button, useConfig, useDocumentInfo, useField } from '@payloadcms/ui'
import { useState } from 'react'
import type { LinkWarning } from '@/lib/links/release-links'

const WHERE = { body: 'Body', notesToEditors: 'Notes to editors' } as const

/**
 * Beside the release's text: its links that are malformed or lead to something the public cannot see, as last
 * saved, with the address meant where it is clear and one button that puts those right (saved as a draft).
 */
export function LinkWarningsField({ path }: { path: string }) {
  const { value } = useField<LinkWarning[] | null>({ path })
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [state, setState] = useState<'idle' | 'fixing' | 'failed'>('idle')
  if (!value?.length) return null
  const fixable = value.filter((w) => w.fix).length

  async function fix() {
    setState('fixing')
    const res = await fetch(`${config.routes.api}/releases/${id}/fix-links`, {
      method: 'POST',
      credentials: 'include',
    }).catch(() => null)
    if (res?.ok) window.location.reload()
    else setState('failed')
  }

  return (
    <section className="link-warnings" role="region" aria-label="Links to check">
      <h3>Links to check ({value.length})</h3>
      <ul>
        {value.map((w, i) => (
          <li key={i}>
            <strong>{WHERE[w.field]}</strong>, “{w.text || w.url}”: <code>{w.url}</code>. {w.problem}
            {w.fix && (
              <>
                {' '}
                Meant: <code>{w.fix}</code>
              </>
            )}
          </li>
        ))}
      </ul>
      {fixable > 0 && id && (
        <Button buttonStyle="secondary" onClick={fix} disabled={state === 'fixing'}>
          {state === 'fixing' ? 'Fixing…' : `Fix ${fixable === 1 ? 'this link' : `these ${fixable} links`}`}
        </Button>
      )}
      {state === 'failed' && <p role="alert">The links could not be fixed. Save the release and try again.</p>}
    </section>
  )
}
