'use client'
import { Button } from '@payloadcms/ui'
import { useState } from 'react'
import type { ImportResult } from '@/lib/import/import-release'
import { ImportReportList } from './import-report-list'

const OUTCOME = { created: 'New draft', existing: 'Already imported: the draft made before' } as const

/** The files or pasted text to import, and each one's outcome with its report once imported. */
export function ImportForm({ api, admin }: { api: string; admin: string }) {
  const [results, setResults] = useState<ImportResult[]>([])
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setBusy(true)
    setError('')
    try {
      const res = await fetch(`${api}/releases/import`, {
        method: 'POST',
        body: new FormData(event.currentTarget),
        credentials: 'include',
      })
      const body = await res.json().catch(() => null)
      if (!res.ok) setError(body?.errors?.[0]?.message ?? `The import failed (${res.status}). Nothing was changed.`)
      else setResults(body.results)
    } catch {
      setError('The server could not be reached. Nothing was changed; please try again.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="import-releases">
      <form onSubmit={submit} className="import-releases__form">
        <div className="field-type">
          <label htmlFor="import-files">Files (.docx, .html, .txt; add a web page’s pictures with it)</label>
          <input id="import-files" name="files" type="file" multiple accept=".docx,.html,.htm,.txt,image/*" />
        </div>
        <div className="field-type">
          <label htmlFor="import-text">Or paste a release (text or HTML)</label>
          <textarea id="import-text" name="text" rows={10} />
        </div>
        <Button type="submit" disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
        </Button>
      </form>
      {error && <p role="alert">{error}</p>}
      {results.length > 0 && (
        <section aria-label="Import results">
          <h2>Results</h2>
          {results.map((result, i) => (
            <article key={i} className="import-releases__result" aria-label={result.name}>
              <h3>{result.name}</h3>
              {result.status === 'failed' ? (
                <p role="alert">Not imported: {result.error}</p>
              ) : (
                <>
                  <p>
                    {OUTCOME[result.status]}: <a href={`${admin}/collections/releases/${result.id}`}>{result.title}</a>
                  </p>
                  <ImportReportList report={result.report} headingLevel={4} />
                </>
              )}
            </article>
          ))}
        </section>
      )}
    </div>
  )
}
