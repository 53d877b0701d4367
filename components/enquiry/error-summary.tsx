'use client'

import { useEffect, useRef } from 'react'
import type { EnquiryErrors } from '@/lib/enquiries/fields'

// The deadline's error belongs to its date and time together; the summary links to the first of the two.
const anchor = (field: string) => (field === 'deadline' ? 'deadlineDate' : field)

/**
 * Lists every problem at the top of the form and takes focus, so keyboard and screen reader users start there: here
 * when the framework runs the page, through data-focus-on-load (public/assets/enhance.js) when it does not.
 */
export function ErrorSummary({ errors, formError }: { errors: EnquiryErrors; formError?: string }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  const entries = Object.entries(errors)
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title" data-focus-on-load>
      <h2 id="error-summary-title">There is a problem</h2>
      {formError ? <p>{formError}</p> : null}
      {entries.length ? (
        <ul>
          {entries.map(([field, message]) => (
            <li key={field}>
              <a href={`#${anchor(field)}`}>{message}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
