'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import type { ImportResult } from '@/lib/contacts-book/apply-import'
import type { ImportPlan } from '@/lib/contacts-book/import-plan'
import { ContactImportPreview } from './contact-import-preview'
import { ContactImportResult } from './contact-import-result'

type Answer = Partial<ImportPlan> & { result?: ImportResult; errors?: Array<{ message?: string }> }
const isPlan = (answer: Answer | null): answer is ImportPlan => Boolean(answer?.rows && answer.counts)

const COLUMNS =
  'name, email, outlet, role, beats (topic names separated by ; or |), phone, notes, source, ' +
  'lawful basis (legitimate interest or consent) and basis date (dd/mm/yyyy)'

/**
 * Above the contacts list: import a CSV in two steps (check the file and see what would happen row by row, then
 * import exactly that), and export the whole book. Nothing is saved at the check.
 */
export function ContactImport() {
  const { config } = useConfig()
  const api = config.routes.api
  const router = useRouter()
  const [file, setFile] = useState<File | null>(null)
  const [plan, setPlan] = useState<ImportPlan>()
  const [result, setResult] = useState<ImportResult>()
  const [error, setError] = useState('')
  const [busy, setBusy] = useState<'' | 'preview' | 'apply'>('')

  async function send(mode: 'preview' | 'apply') {
    if (!file) return
    setBusy(mode)
    setError('')
    const form = new FormData()
    form.append('file', file)
    form.append('mode', mode)
    if (mode === 'apply' && plan) form.append('expect', plan.fingerprint)
    try {
      const res = await fetch(`${api}/media-contacts/import`, { method: 'POST', body: form, credentials: 'include' })
      const answer = (await res.json().catch(() => null)) as Answer | null
      setPlan(isPlan(answer) ? answer : undefined)
      if (!res.ok)
        setError(answer?.errors?.[0]?.message ?? `The file could not be read (${res.status}). Nothing changed.`)
      else if (mode === 'apply' && answer?.result) {
        setResult(answer.result)
        router.refresh()
      }
    } catch {
      setError('The server could not be reached. Nothing was imported; please try again.')
    } finally {
      setBusy('')
    }
  }

  const choose = (event: React.ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null)
    setPlan(undefined)
    setResult(undefined)
    setError('')
  }
  const toImport = plan ? plan.counts.add + plan.counts.update : 0

  return (
    <section className="contact-import" aria-labelledby="contact-import-heading">
      <h2 id="contact-import-heading">Import and export</h2>
      <p>
        <a href={`${api}/media-contacts/export.csv`} download>
          Export all contacts as CSV
        </a>
      </p>
      <details>
        <summary>Import contacts from a CSV file</summary>
        <p>{`The first row names the columns: ${COLUMNS}. Every row needs an email; a new contact needs a name.`}</p>
        <p>
          A contact already in the book (the same address) gets the file’s non-blank cells; beats are added, never taken
          away. Anyone who unsubscribed or whose address bounced is never added back by an import.
        </p>
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void send('preview')
          }}
        >
          <label htmlFor="contact-import-file">CSV file</label>{' '}
          <input id="contact-import-file" type="file" accept=".csv,text/csv" onChange={choose} />
          <Button type="submit" buttonStyle="secondary" disabled={!file || Boolean(busy)}>
            {busy === 'preview' ? 'Checking…' : 'Check file'}
          </Button>
        </form>
        {error && <p role="alert">{error}</p>}
        {plan && !result && (
          <>
            <ContactImportPreview plan={plan} />
            <Button onClick={() => send('apply')} disabled={!toImport || Boolean(busy)}>
              {busy === 'apply' ? 'Importing…' : `Import ${toImport} contact${toImport === 1 ? '' : 's'}`}
            </Button>
          </>
        )}
        {result && <ContactImportResult result={result} />}
      </details>
    </section>
  )
}
