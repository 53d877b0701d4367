'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'
import type { LoggedStory } from '@/lib/coverage/log-pasted'
import type { SkippedLine } from '@/lib/coverage/parse-addresses'
import { CoveragePasteOutcome } from './coverage-paste-outcome'
import { ReleasePicker } from './release-picker'

type Answer = { added?: LoggedStory[]; skipped?: SkippedLine[]; errors?: Array<{ message?: string }> }

/** A pasted list of story addresses, logged as coverage of a release: the given one, or one picked here. */
export function CoveragePaste({ release }: { release?: number }) {
  const { config } = useConfig()
  const router = useRouter()
  const id = useId()
  const [chosen, setChosen] = useState(release ? String(release) : '')
  const [text, setText] = useState('')
  const [outcome, setOutcome] = useState<{ added: LoggedStory[]; skipped: SkippedLine[] } | null>(null)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  async function submit() {
    setError('')
    if (!text.trim()) return setError('Paste at least one address.')
    if (!chosen) return setError('Choose the release this coverage is of.')
    setBusy(true)
    try {
      const res = await fetch(`${config.routes.api}/coverage/paste`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ release: Number(chosen), text }),
      })
      const answer = (await res.json().catch(() => ({}))) as Answer
      if (!res.ok) return setError(answer.errors?.[0]?.message ?? `Nothing was logged (${res.status}).`)
      setOutcome({ added: answer.added ?? [], skipped: answer.skipped ?? [] })
      setText('')
      // The tables around this box are drawn on the server: redraw them with the new rows.
      router.refresh()
    } catch {
      setError('The server could not be reached. Nothing was logged; please try again.')
    } finally {
      setBusy(false)
    }
  }

  return (
    // Not a <form>: on the release's Figures tab this sits inside the release's own form, which a nested form would
    // break (and Enter in it would save the release).
    <div className="coverage-paste" role="group" aria-label="Log coverage from addresses">
      {!release && <ReleasePicker value={chosen} onChange={setChosen} />}
      <div className="field-type textarea">
        <label className="field-label" htmlFor={`${id}-text`}>
          Paste addresses, one per line
        </label>
        <div className="textarea-outer">
          <textarea
            id={`${id}-text`}
            className="textarea-element"
            rows={5}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="https://www.bbc.co.uk/news/…"
          />
        </div>
      </div>
      <Button type="button" disabled={busy} onClick={() => void submit()}>
        {busy ? 'Logging…' : 'Log coverage'}
      </Button>
      {error && <p role="alert">{error}</p>}
      {outcome && <CoveragePasteOutcome {...outcome} admin={config.routes.admin} />}
    </div>
  )
}
