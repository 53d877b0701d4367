'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'

type Option = { id: number; title: string }

/** The release to log coverage against: the twenty most recently changed, or those whose title matches. */
export function ReleasePicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { config } = useConfig()
  const id = useId()
  const [query, setQuery] = useState('')
  const [options, setOptions] = useState<Option[]>([])
  const [picked, setPicked] = useState<Option | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    const controller = new AbortController()
    const load = async () => {
      const params = new URLSearchParams({ depth: '0', limit: '20', sort: '-updatedAt', 'select[title]': 'true' })
      if (query.trim()) params.set('where[title][like]', query.trim())
      try {
        const res = await fetch(`${config.routes.api}/releases?${params}`, {
          credentials: 'include',
          signal: controller.signal,
        })
        if (!res.ok) throw new Error(`${res.status}`)
        setOptions(((await res.json()) as { docs?: Option[] }).docs ?? [])
        setFailed(false)
      } catch {
        if (!controller.signal.aborted) setFailed(true)
      }
    }
    // A pause after typing, so a title typed quickly asks the server once.
    const timer = setTimeout(load, 250)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query, config.routes.api])

  // The chosen release stays in the list while another search shows others.
  const shown = picked && !options.some((o) => o.id === picked.id) ? [picked, ...options] : options
  const choose = (chosen: string) => {
    setPicked(shown.find((o) => String(o.id) === chosen) ?? null)
    onChange(chosen)
  }
  return (
    <div className="field-type">
      <label className="field-label" htmlFor={`${id}-search`}>
        Release
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Type part of its title"
      />
      <select aria-label="Release to log coverage of" value={value} onChange={(e) => choose(e.target.value)} required>
        <option value="">{shown.length ? 'Choose a release…' : 'No release matches'}</option>
        {shown.map((o) => (
          <option key={o.id} value={o.id}>
            {o.title}
          </option>
        ))}
      </select>
      {failed && <p role="alert">Releases could not be loaded; reload the page to try again.</p>}
    </div>
  )
}
